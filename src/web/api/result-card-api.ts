import { apiRequest } from './api-request.ts';
import type { OrgCardView } from '../../api/result-card.ts';

export const resultCardApi = {
  /** The results card of an organisation, municipality or region in one catalogue version (all periods). */
  get(catalogueId: number, orgId: number, signal?: AbortSignal): Promise<OrgCardView> {
    return apiRequest<OrgCardView>('/api/results/card', { query: { catalogueId, orgId }, signal });
  },
};
