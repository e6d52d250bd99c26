import { apiRequest } from './api-request.ts';
import type { CycleComponentView, CycleDirectionView, CycleEvidence, CycleView } from '../../app/scoring/cycle-at-a-glance.ts';

// The server's own types, imported as types only (erased from the bundle).
export type { CycleComponentView, CycleDirectionView, CycleEvidence, CycleView };

export const cycleApi = {
  /** Each direction's management cycle of a territory: what the system holds per component, and the formation from the latest rounds. */
  async get(scopeOrgId: number, frameworkId: number, signal?: AbortSignal): Promise<CycleView> {
    const res = await apiRequest<{ cycle: CycleView }>('/api/cycle', { query: { scopeOrgId, frameworkId }, signal });
    return res.cycle;
  },
};
