import type { ApplyResult, PlaceDecision } from '../../app/assessments/apply-import.ts';
import type { ImportView } from '../../app/assessments/assessment-imports.ts';
import type { ThresholdView } from '../../app/assessments/assessment-thresholds.ts';
import type { ColumnMapping } from '../../domain/assessment/column-mapping.ts';
import { apiRequest } from './api-request.ts';
import { uploadFile } from './upload-file.ts';

export type { ApplyResult, ImportView, PlaceDecision, ThresholdView };
export type ImportListItem = Omit<ImportView, 'preview' | 'report'>;

type One = { import: ImportView };

/** Uploads a results file, showing its progress while it goes up. */
function uploadWithProgress(file: File, territoryId: number | null, onProgress: (share: number) => void): Promise<ImportView> {
  const url = `/api/assessments/imports${territoryId ? `?territoryId=${territoryId}` : ''}`;
  return uploadFile<One>(url, file, onProgress).then((body) => body.import);
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
