import type { RegisterApplyResult, RegisterImportSettings, RegisterImportView } from '../../api/org-register.ts';
import { apiRequest } from './api-request.ts';
import { uploadFile } from './upload-file.ts';

export type { RegisterApplyResult, RegisterImportSettings, RegisterImportView };

/** Uploads a register file, showing its progress while it goes up. */
function upload(
  file: File,
  query: { territoryId?: number | null; region?: string | null; sheet?: number },
  onProgress: (share: number) => void,
): Promise<RegisterImportView> {
  const params = new URLSearchParams();
  if (query.territoryId) params.set('territoryId', String(query.territoryId));
  if (query.region) params.set('region', query.region);
  if (query.sheet) params.set('sheet', String(query.sheet));
  return uploadFile<RegisterImportView>(`/api/orgs/register/imports${params.size ? `?${params.toString()}` : ''}`, file, onProgress);
}

export const orgRegisterApi = {
  upload,
  preview(id: number, settings: RegisterImportSettings): Promise<RegisterImportView> {
    return apiRequest<RegisterImportView>(`/api/orgs/register/imports/${id}/preview`, { method: 'POST', body: settings });
  },
  apply(id: number): Promise<RegisterApplyResult> {
    return apiRequest<RegisterApplyResult>(`/api/orgs/register/imports/${id}/apply`, { method: 'POST' });
  },
  exportUrl(territoryId: number | null): string {
    return `/api/orgs/register/export${territoryId ? `?territoryId=${territoryId}` : ''}`;
  },
};
