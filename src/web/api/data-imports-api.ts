import type { DataImportApplyRequest, DataImportPreview, DataImportRequest, DataImportResult } from '../../api/data-imports.ts';
import { apiRequest } from './api-request.ts';

export type { DataImportApplyRequest, DataImportPreview, DataImportRequest, DataImportResult };

/** Reads a chosen file as base64 for the JSON body. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const dataImportsApi = {
  preview(body: DataImportRequest): Promise<DataImportPreview> {
    return apiRequest<DataImportPreview>('/api/data-imports/preview', { method: 'POST', body });
  },
  apply(body: DataImportApplyRequest): Promise<DataImportResult> {
    return apiRequest<DataImportResult>('/api/data-imports/apply', { method: 'POST', body });
  },
};
