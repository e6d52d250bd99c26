import { apiRequest } from './api-request.ts';
import type { ComputeBody, ComputeReport, ValueExplanation } from '../../api/results.ts';
import type { ClusteringsView, ComparisonList, ComparisonSummary, RatingsQuery, RatingView } from '../../api/ratings.ts';
import type { ReadinessQuery, ResultsReadiness } from '../../api/results-readiness.ts';

/** A catalogue version and a period (the query of GET /api/ratings). */
export type RatingScope = RatingsQuery;

/** A cluster of a comparison to rate within: a clustering (settlement, size, kmeans) and one of its clusters. */
export interface ClusterChoice {
  clustering: string;
  cluster: string;
}

const ratingQuery = (scope: RatingScope, key: string, within?: ClusterChoice | null) => ({
  ...scope,
  key,
  ...(within ? { clustering: within.clustering, cluster: within.cluster } : {}),
});

export const ratingsApi = {
  /** The comparisons computed for a catalogue version and period that the user may see. */
  async list(scope: RatingScope, signal?: AbortSignal): Promise<ComparisonSummary[]> {
    const res = await apiRequest<ComparisonList>('/api/ratings', { query: { ...scope }, signal });
    return res.items;
  },
  /** What results could be computed from, what is missing, and what has been computed when. */
  readiness(query: ReadinessQuery, signal?: AbortSignal): Promise<ResultsReadiness> {
    return apiRequest<ResultsReadiness>('/api/ratings/readiness', { query: { ...query }, signal });
  },
  /** A comparison, or the rating within one of its clusters (rated on demand). */
  view(scope: RatingScope, key: string, within?: ClusterChoice | null, signal?: AbortSignal): Promise<RatingView> {
    return apiRequest<RatingView>('/api/ratings/view', { query: ratingQuery(scope, key, within), signal });
  },
  /** The clusterings of a comparison (by settlement, by size, k-means by results) and their clusters. */
  clusters(scope: RatingScope, key: string, signal?: AbortSignal): Promise<ClusteringsView> {
    return apiRequest<ClusteringsView>('/api/ratings/clusters', { query: { ...scope, key }, signal });
  },
  /** The XLSX file of a rating (or of the rating within a cluster): a plain download link. */
  exportUrl(scope: RatingScope, key: string, within?: ClusterChoice | null): string {
    const query = ratingQuery(scope, key, within);
    return `/api/ratings/export?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`;
  },
  explain(scope: RatingScope, orgId: number, indicator: string, signal?: AbortSignal): Promise<ValueExplanation> {
    return apiRequest<ValueExplanation>('/api/results/explain', { query: { ...scope, orgId, indicator }, signal });
  },
  /** Recomputes values and ratings (admin and regional operator only; takes a few seconds). */
  compute(scope: RatingScope): Promise<ComputeReport> {
    const body: ComputeBody = scope;
    return apiRequest<ComputeReport>('/api/results/compute', { method: 'POST', body });
  },
};
