import { apiRequest, apiUpload } from './api-request.ts';
import type { CatalogueDetail, CatalogueImportResult, CatalogueSummary, DataElement, ItemsResponse } from './types.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const cataloguesApi = {
  async list(signal?: AbortSignal): Promise<CatalogueSummary[]> {
    const res = await apiRequest<ItemsResponse<CatalogueSummary>>('/api/catalogues', { signal });
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
  importWorkbook(file: File): Promise<CatalogueImportResult> {
    return apiUpload<CatalogueImportResult>('/api/catalogues/import', file, {
      contentType: XLSX_CONTENT_TYPE,
      headers: { 'X-File-Name': encodeURIComponent(file.name) },
    });
  },
  async dataElements(signal?: AbortSignal): Promise<DataElement[]> {
    const res = await apiRequest<ItemsResponse<DataElement>>('/api/data-elements', { signal });
    return res.items;
  },
};
