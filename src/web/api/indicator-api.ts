import { apiRequest } from './api-request.ts';
import type { IndicatorPageView } from './types.ts';

export const indicatorApi = {
  /** One indicator over the objects of a comparison: statistics, distribution, best and worst, trend. */
  page(q: { catalogueId: number; periodId: number; key: string; indicator: string }, signal?: AbortSignal): Promise<IndicatorPageView> {
    return apiRequest<IndicatorPageView>('/api/results/indicator', { query: { ...q }, signal });
  },
};
