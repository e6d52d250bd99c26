import type { CatalogueSummary, ClusteringsView, ComparisonSummary, Period } from '../api/types.ts';
import { positiveInt } from './positive-int.ts';

/** The methodology preferred by default when it is loaded. */
export const PREFERRED_CATALOGUE = 'seed001-municipal';

/** What the ratings page shows, as kept in its URL (?catalogue=&period=&key=&clustering=&cluster=). */
export interface RatingSelection {
  catalogueId: number | null;
  periodId: number | null;
  key: string | null;
  /** A clustering of the comparison (settlement, size, kmeans) and one of its clusters: the rating within it. */
  clustering?: string | null;
  cluster?: string | null;
}

export function parseRatingQuery(search: string): RatingSelection {
  const params = new URLSearchParams(search);
  return {
    catalogueId: positiveInt(params.get('catalogue')),
    periodId: positiveInt(params.get('period')),
    key: params.get('key') || null,
    clustering: params.get('clustering') || null,
    cluster: params.get('cluster') || null,
  };
}

export function ratingQuery(selection: RatingSelection): string {
  const params = new URLSearchParams();
  if (selection.catalogueId !== null) params.set('catalogue', String(selection.catalogueId));
  if (selection.periodId !== null) params.set('period', String(selection.periodId));
  if (selection.key !== null) params.set('key', selection.key);
  if (selection.clustering) params.set('clustering', selection.clustering);
  if (selection.clustering && selection.cluster) params.set('cluster', selection.cluster);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** Catalogues that can be rated: indicator catalogues (the list has the newest version of each code first). */
export function ratedCatalogues(items: readonly CatalogueSummary[]): CatalogueSummary[] {
  return items.filter((c) => c.kind === 'indicators');
}

/** The requested catalogue if it can be rated, else the newest seed001-municipal, else the first one. */
export function pickCatalogue(items: readonly CatalogueSummary[], requested: number | null): number | null {
  const rated = ratedCatalogues(items);
  const found = rated.find((c) => c.id === requested) ?? rated.find((c) => c.code === PREFERRED_CATALOGUE) ?? rated[0];
  return found?.id ?? null;
}

/** The requested period if it exists, else the latest school year, else the latest period. */
export function pickPeriod(periods: readonly Period[], requested: number | null): number | null {
  if (periods.some((p) => p.id === requested)) return requested;
  const latest = (list: readonly Period[]) => [...list].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
  return (latest(periods.filter((p) => p.kind === 'school_year')) ?? latest(periods))?.id ?? null;
}

/** The requested comparison if it is available, else the first one. */
export function pickComparison(items: readonly ComparisonSummary[], requested: string | null): string | null {
  return (items.find((c) => c.key === requested) ?? items[0])?.key ?? null;
}

/**
 * The requested clustering and cluster if the comparison has them (a clustering that does not apply
 * is dropped, and so is a cluster that is not one of its clusters); both null while unknown.
 */
export function pickCluster(
  view: ClusteringsView | undefined,
  clustering: string | null | undefined,
  cluster: string | null | undefined,
): { clustering: string | null; cluster: string | null } {
  const found = view?.clusterings.find((c) => c.key === clustering && !c.unavailable);
  if (!found) return { clustering: null, cluster: null };
  return { clustering: found.key, cluster: found.clusters.find((c) => c.key === cluster)?.key ?? null };
}
