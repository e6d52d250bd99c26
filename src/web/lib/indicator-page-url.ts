import { positiveInt } from './positive-int.ts';
/** What the indicator page shows, as kept in its URL: /results/indicator/<code>?catalogueId=&periodId=&key=. */
export interface IndicatorPageParams {
  code: string;
  catalogueId: number;
  periodId: number;
  key: string;
}

/** The indicator page's path and query. */
export function indicatorPageUrl(p: IndicatorPageParams): string {
  const query = new URLSearchParams({ catalogueId: String(p.catalogueId), periodId: String(p.periodId), key: p.key });
  return `/results/indicator/${encodeURIComponent(p.code)}?${query.toString()}`;
}

/** The page's parameters from its route code and `location.search`; null when one is missing or malformed. */
export function parseIndicatorPageQuery(code: string, search: string): IndicatorPageParams | null {
  const params = new URLSearchParams(search);
  const catalogueId = positiveInt(params.get('catalogueId'));
  const periodId = positiveInt(params.get('periodId'));
  const key = params.get('key');
  if (catalogueId === null || periodId === null || !key) return null;
  return { code, catalogueId, periodId, key };
}

/**
 * The indicator page of `code` for the comparison the ratings page shows, read from the ratings
 * page's own query (?catalogue=&period=&key=); null until that query is complete.
 */
export function indicatorPageFromRatings(code: string, ratingsSearch: string): string | null {
  const params = new URLSearchParams(ratingsSearch);
  const catalogueId = positiveInt(params.get('catalogue'));
  const periodId = positiveInt(params.get('period'));
  const key = params.get('key');
  if (catalogueId === null || periodId === null || !key) return null;
  return indicatorPageUrl({ code, catalogueId, periodId, key });
}

/** Back to the rating the page was opened from. */
export function ratingsUrlOf(p: Omit<IndicatorPageParams, 'code'>): string {
  const query = new URLSearchParams({ catalogue: String(p.catalogueId), period: String(p.periodId), key: p.key });
  return `/ratings?${query.toString()}`;
}
