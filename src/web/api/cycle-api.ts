import { apiRequest } from './api-request.ts';
import type { CycleOne, CycleQuery, CycleView } from '../../api/scoring.ts';

// The HTTP contract's types (src/api), imported as types only (erased from the bundle).
export type { CycleComponentView, CycleDirectionView, CycleEvidence, CycleView } from '../../api/scoring.ts';

export const cycleApi = {
  /** Each direction's management cycle of a territory: what the system holds per component, and the formation from the latest rounds. */
  async get(scopeOrgId: number, frameworkId: number, signal?: AbortSignal): Promise<CycleView> {
    const res = await apiRequest<CycleOne>('/api/cycle', { query: { scopeOrgId, frameworkId } satisfies CycleQuery, signal });
    return res.cycle;
  },
};
