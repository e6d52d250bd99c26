import { apiRequest, apiUpload } from './api-request.ts';
import type { CatalogueDetail, CatalogueImported, CatalogueList, CatalogueSummary, DataElementList } from '../../api/catalogues.ts';
import type { DataElement } from './types.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const cataloguesApi = {
  async list(signal?: AbortSignal): Promise<CatalogueSummary[]> {
    const res = await apiRequest<CatalogueList>('/api/catalogues', { signal });
    return res.items;
  },
  get(id: number, signal?: AbortSignal): Promise<CatalogueDetail> {
    return apiRequest<CatalogueDetail>(`/api/catalogues/${id}`, { signal });
  },
  /** Download link of the catalogue as an XLSX workbook. */
  exportUrl(id: number): string {
    return `/api/catalogues/${id}/export`;
  },
  /** Uploads an edited workbook as a new catalogue version (admin and regional operator only). */
  importWorkbook(file: File): Promise<CatalogueImported> {
    return apiUpload<CatalogueImported>('/api/catalogues/import', file, {
      contentType: XLSX_CONTENT_TYPE,
      headers: { 'X-File-Name': encodeURIComponent(file.name) },
    });
  },
  async dataElements(signal?: AbortSignal): Promise<DataElement[]> {
    const res = await apiRequest<DataElementList>('/api/data-elements', { signal });
    return res.items;
  },
};
