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
import { apiRequest } from './api-request.ts';
import { uploadFile } from './upload-file.ts';

export type { ApplyResult, ImportListItem, ImportView, PlaceDecision, ThresholdView };

/** Uploads a results file, showing its progress while it goes up. */
function uploadWithProgress(file: File, territoryId: number | null, onProgress: (share: number) => void): Promise<ImportView> {
  const url = `/api/assessments/imports${territoryId ? `?territoryId=${territoryId}` : ''}`;
  return uploadFile<ImportOne>(url, file, onProgress).then((body) => body.import);
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
