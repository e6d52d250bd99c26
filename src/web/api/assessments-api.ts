import type {
  ApplyImportBody,
  ApplyResult,
  ImportList,
  ImportListItem,
  ImportOne,
  ImportView,
  ReadSettingsBody,
  ThresholdInput,
  ThresholdList,
  ThresholdView,
} from '../../api/assessment-imports.ts';
import type { PlaceDecision } from '../../api/place-match.ts';
import { ApiError } from './api-error.ts';
import { apiRequest } from './api-request.ts';

export type { ApplyResult, ImportListItem, ImportView, PlaceDecision, ThresholdView };

/**
 * Uploads a results file with XHR, which reports the bytes sent (fetch does not), so a big
 * file shows its progress while it goes up.
 */
function uploadWithProgress(file: File, territoryId: number | null, onProgress: (share: number) => void): Promise<ImportView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/assessments/imports${territoryId ? `?territoryId=${territoryId}` : ''}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: { import?: ImportView; code?: string; message?: string; details?: unknown } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON */
      }
      if (xhr.status === 201 && body.import) resolve(body.import);
      else reject(new ApiError(xhr.status, body.code ?? 'error', body.message ?? `Файл не загружен (код ${xhr.status}).`, body.details));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Нет связи с сервером: проверьте сеть и загрузите файл снова.'));
    xhr.send(file);
  });
}

export const assessmentsApi = {
  async list(signal?: AbortSignal): Promise<ImportListItem[]> {
    return (await apiRequest<ImportList>('/api/assessments/imports', { signal })).imports;
  },
  upload: uploadWithProgress,
  async get(id: number, signal?: AbortSignal): Promise<ImportView> {
    return (await apiRequest<ImportOne>(`/api/assessments/imports/${id}`, { signal })).import;
  },
  async read(id: number, body: ReadSettingsBody): Promise<ImportView> {
    return (await apiRequest<ImportOne>(`/api/assessments/imports/${id}/read`, { method: 'POST', body })).import;
  },
  async apply(id: number, body: ApplyImportBody): Promise<ImportView> {
    return (await apiRequest<ImportOne>(`/api/assessments/imports/${id}/apply`, { method: 'POST', body })).import;
  },
  async cancel(id: number): Promise<ImportView> {
    return (await apiRequest<ImportOne>(`/api/assessments/imports/${id}/cancel`, { method: 'POST' })).import;
  },
  async thresholds(signal?: AbortSignal): Promise<ThresholdView[]> {
    return (await apiRequest<ThresholdList>('/api/assessments/thresholds', { signal })).thresholds;
  },
  async saveThresholds(thresholds: ThresholdInput[]): Promise<ThresholdView[]> {
    return (await apiRequest<ThresholdList>('/api/assessments/thresholds', { method: 'PUT', body: { thresholds } })).thresholds;
  },
};
