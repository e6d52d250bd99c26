import type { ApplyResult, PlaceDecision } from '../../app/assessments/apply-import.ts';
import type { ImportView } from '../../app/assessments/assessment-imports.ts';
import type { ThresholdView } from '../../app/assessments/assessment-thresholds.ts';
import type { ColumnMapping } from '../../domain/assessment/column-mapping.ts';
import { ApiError } from './api-error.ts';
import { apiRequest } from './api-request.ts';

export type { ApplyResult, ImportView, PlaceDecision, ThresholdView };
export type ImportListItem = Omit<ImportView, 'preview' | 'report'>;

type One = { import: ImportView };

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
    return (await apiRequest<{ imports: ImportListItem[] }>('/api/assessments/imports', { signal })).imports;
  },
  upload: uploadWithProgress,
  async get(id: number, signal?: AbortSignal): Promise<ImportView> {
    return (await apiRequest<One>(`/api/assessments/imports/${id}`, { signal })).import;
  },
  async read(
    id: number,
    body: { kind: string; year: number | null; stage: string | null; mapping: ColumnMapping; saveMappingAs: string | null },
  ): Promise<ImportView> {
    return (await apiRequest<One>(`/api/assessments/imports/${id}/read`, { method: 'POST', body })).import;
  },
  async apply(
    id: number,
    body: { decisions: Record<string, PlaceDecision>; acceptProposals: boolean; skipErrors: boolean },
  ): Promise<ImportView> {
    return (await apiRequest<One>(`/api/assessments/imports/${id}/apply`, { method: 'POST', body })).import;
  },
  async cancel(id: number): Promise<ImportView> {
    return (await apiRequest<One>(`/api/assessments/imports/${id}/cancel`, { method: 'POST' })).import;
  },
  async thresholds(signal?: AbortSignal): Promise<ThresholdView[]> {
    return (await apiRequest<{ thresholds: ThresholdView[] }>('/api/assessments/thresholds', { signal })).thresholds;
  },
  async saveThresholds(
    thresholds: { kind: string; subject: string; year: number; minScore: number; note?: string | null }[],
  ): Promise<ThresholdView[]> {
    return (await apiRequest<{ thresholds: ThresholdView[] }>('/api/assessments/thresholds', { method: 'PUT', body: { thresholds } }))
      .thresholds;
  },
};
