import { apiRequest } from './api-request.ts';
import type { IndicatorPageQuery, IndicatorPageView } from '../../api/indicator-page.ts';

export const indicatorApi = {
  /** One indicator over the objects of a comparison: statistics, distribution, best and worst, trend. */
  page(q: IndicatorPageQuery, signal?: AbortSignal): Promise<IndicatorPageView> {
    return apiRequest<IndicatorPageView>('/api/results/indicator', { query: { ...q }, signal });
  },
};
