import type { RegisterImportView } from '../../app/org-register/register-import-view.ts';
import type { RegisterApplyResult, RegisterImportSettings } from '../../app/org-register/register-imports.ts';
import { ApiError } from './api-error.ts';
import { apiRequest } from './api-request.ts';

export type { RegisterApplyResult, RegisterImportSettings, RegisterImportView };

/** Uploads a register file with XHR, which reports the bytes sent, so a big file shows its progress. */
function upload(
  file: File,
  query: { territoryId?: number | null; region?: string | null; sheet?: number },
  onProgress: (share: number) => void,
): Promise<RegisterImportView> {
  const params = new URLSearchParams();
  if (query.territoryId) params.set('territoryId', String(query.territoryId));
  if (query.region) params.set('region', query.region);
  if (query.sheet) params.set('sheet', String(query.sheet));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/orgs/register/imports${params.size ? `?${params.toString()}` : ''}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body = null as (RegisterImportView & { code?: string; message?: string; details?: unknown }) | null;
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON */
      }
      if (xhr.status === 201 && body) resolve(body);
      else reject(new ApiError(xhr.status, body?.code ?? 'error', body?.message ?? `Файл не загружен (код ${xhr.status}).`, body?.details));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Нет связи с сервером: проверьте сеть и загрузите файл снова.'));
    xhr.send(file);
  });
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
