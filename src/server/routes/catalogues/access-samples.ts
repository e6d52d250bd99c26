import { exportCatalogueWorkbook } from '../../../app/catalogues/catalogue-workbook.ts';
import type { Catalogue } from '../../../domain/catalogue/catalogue.ts';
import { firstCatalogue, readable, type AccessSamples } from '../../../../test/helpers/route-access.ts';
import { XLSX_TYPE } from './routes.ts';

/** Route × role samples of the catalogue routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/catalogues', '/api/data-elements']),
  ...readable(['/api/catalogues/:id'], () => firstCatalogue().then((c) => ({ url: `/api/catalogues/${c.id}` }))),
  ...readable(['/api/catalogues/:id/export'], () => firstCatalogue().then((c) => ({ url: `/api/catalogues/${c.id}/export` }))),
  // Each call imports a changed workbook, so an allowed caller always creates a new version.
  'POST /api/catalogues/import': ({ n }) =>
    firstCatalogue().then(async (c) => ({
      payload: await exportCatalogueWorkbook({ ...(c.content as Catalogue), name: `Изменённая методика ${n}` }, []),
      headers: { 'content-type': XLSX_TYPE },
    })),
};
