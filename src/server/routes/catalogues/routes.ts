import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../../../app/app-error.ts';
import { exportCatalogueWorkbook } from '../../../app/catalogues/catalogue-workbook.ts';
import { getCatalogue, listCatalogues } from '../../../app/catalogues/catalogue-queries.ts';
import { importCatalogue } from '../../../app/catalogues/import-catalogue.ts';
import { loadDataElements } from '../../../app/catalogues/sync-catalogues.ts';
import type { Database } from '../../../db/schema.ts';
import { ANY_USER, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import {
  exportCatalogueSchema,
  getCatalogueSchema,
  importCatalogueSchema,
  listCataloguesSchema,
  listDataElementsSchema,
} from './schema.ts';
import { fileNameHeader } from '../../file-name-header.ts';
import type { IdParams } from '../../../api/common.ts';
import type { CatalogueDetail, CatalogueList, DataElementList } from '../../../api/catalogues.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

export async function catalogueRoutes(app: FastifyInstance, db: Kysely<Database>): Promise<void> {
  app.get<{ Reply: CatalogueList }>('/api/catalogues', { config: { policy: ANY_USER }, schema: listCataloguesSchema }, async (request) => ({
    items: await listCatalogues(contextOf(request, db)),
  }));

  app.get<{ Params: IdParams; Reply: CatalogueDetail }>(
    '/api/catalogues/:id',
    { config: { policy: ANY_USER }, schema: getCatalogueSchema },
    async (request) => getCatalogue(contextOf(request, db), request.params.id),
  );

  app.get<{ Params: IdParams }>(
    '/api/catalogues/:id/export',
    { config: { policy: ANY_USER }, schema: exportCatalogueSchema },
    async (request, reply) => {
      const { catalogue, dataElements } = await getCatalogue(contextOf(request, db), request.params.id);
      const file = await exportCatalogueWorkbook(catalogue, dataElements);
      return reply
        .type(XLSX_TYPE)
        .header('Content-Disposition', `attachment; filename="${catalogue.code}.v${catalogue.version}.xlsx"`)
        .send(file);
    },
  );

  // The upload route gets its own body parser (raw .xlsx bytes) and a larger size limit.
  await app.register(async (scoped) => {
    scoped.addContentTypeParser(
      [XLSX_TYPE, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES },
      (_req, body, done) => done(null, body),
    );
    scoped.post(
      '/api/catalogues/import',
      { config: { policy: writeRoles('admin', 'regional_operator') }, schema: importCatalogueSchema, bodyLimit: UPLOAD_LIMIT_BYTES },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
          throw new AppError(
            'import_invalid',
            'Пришёл пустой запрос: отправьте файл .xlsx в теле запроса (Content-Type: ' + XLSX_TYPE + ').',
          );
        }
        const fileName = fileNameHeader(request.headers);
        const created = await importCatalogue(contextOf(request, db), request.body, fileName);
        return reply.status(201).send(created);
      },
    );
  });

  app.get<{ Reply: DataElementList }>('/api/data-elements', { config: { policy: ANY_USER }, schema: listDataElementsSchema }, async () => ({
    items: [...(await loadDataElements(db)).values()],
  }));
}
