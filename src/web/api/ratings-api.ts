import { apiRequest } from './api-request.ts';
import type { ComparisonSummary, ComputeReport, ItemsResponse, RatingView, ValueExplanation } from './types.ts';

export interface RatingScope {
  catalogueId: number;
  periodId: number;
}

export const ratingsApi = {
  /** The comparisons computed for a catalogue version and period that the user may see. */
  async list(scope: RatingScope, signal?: AbortSignal): Promise<ComparisonSummary[]> {
    const res = await apiRequest<ItemsResponse<ComparisonSummary>>('/api/ratings', { query: { ...scope }, signal });
    return res.items;
  },
  view(scope: RatingScope, key: string, signal?: AbortSignal): Promise<RatingView> {
    return apiRequest<RatingView>('/api/ratings/view', { query: { ...scope, key }, signal });
  },
  explain(scope: RatingScope, orgId: number, indicator: string, signal?: AbortSignal): Promise<ValueExplanation> {
    return apiRequest<ValueExplanation>('/api/results/explain', { query: { ...scope, orgId, indicator }, signal });
  },
  /** Recomputes values and ratings (admin and regional operator only; takes a few seconds). */
  compute(scope: RatingScope): Promise<ComputeReport> {
    return apiRequest<ComputeReport>('/api/results/compute', { method: 'POST', body: scope });
  },
};
