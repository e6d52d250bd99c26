import { apiRequest } from './api-request.ts';
import type { CyclogramView } from '../../app/campaigns/cyclogram-store.ts';
import type { CyclogramStage } from '../../domain/collection/cyclogram.ts';

export type { CyclogramStage, CyclogramView };

export const cyclogramApi = {
  /** A territory's plan of the monitoring year: as saved, or the default plan of the methodology. */
  async get(scopeOrgId: number, year: number, signal?: AbortSignal): Promise<CyclogramView> {
    const res = await apiRequest<{ cyclogram: CyclogramView }>('/api/cyclogram', { query: { scopeOrgId, year }, signal });
    return res.cyclogram;
  },
  /** Saves all four stages at once (operators only). */
  async save(input: { scopeOrgId: number; year: number; stages: CyclogramStage[] }): Promise<CyclogramView> {
    const res = await apiRequest<{ cyclogram: CyclogramView }>('/api/cyclogram', { method: 'PUT', body: input });
    return res.cyclogram;
  },
};
