import { apiRequest } from './api-request.ts';
import type { CyclogramInput, CyclogramOne, CyclogramStage, CyclogramView } from '../../api/campaigns.ts';

export type { CyclogramStage, CyclogramView };

export const cyclogramApi = {
  /** A territory's plan of the monitoring year: as saved, or the default plan of the methodology. */
  async get(scopeOrgId: number, year: number, signal?: AbortSignal): Promise<CyclogramView> {
    const res = await apiRequest<CyclogramOne>('/api/cyclogram', { query: { scopeOrgId, year }, signal });
    return res.cyclogram;
  },
  /** Saves all four stages at once (operators only). */
  async save(input: CyclogramInput): Promise<CyclogramView> {
    const res = await apiRequest<CyclogramOne>('/api/cyclogram', { method: 'PUT', body: input });
    return res.cyclogram;
  },
};
