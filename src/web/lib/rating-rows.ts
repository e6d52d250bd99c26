import type { IndicatorCell, MeanCell, Place, StoredRating, SummaryCell } from '../api/types.ts';

/** One compared object with its cells, as a row of the rating table. */
export interface RatingRow {
  id: number;
  name: string;
  summary: SummaryCell | undefined;
  directions: Record<string, MeanCell | undefined>;
  indicators: Record<string, IndicatorCell | undefined>;
}

/** Places first (1, 2, 2, 4…), unranked objects last; `undefined` when neither has a place. */
export function comparePlaces(a: Place | undefined, b: Place | undefined): number {
  return (a?.place ?? Number.POSITIVE_INFINITY) - (b?.place ?? Number.POSITIVE_INFINITY) || 0;
}

/** Rows of a stored comparison, by summary place then by name. */
export function ratingRows(content: StoredRating): RatingRow[] {
  const { rating } = content;
  const rows = content.objects.map((o) => {
    const id = String(o.id);
    return {
      id: o.id,
      name: o.shortName ?? o.name,
      summary: rating.summary[id],
      directions: Object.fromEntries(rating.directions.map((d) => [d.code, d.cells[id]])),
      indicators: Object.fromEntries(rating.indicators.map((i) => [i.code, i.cells[id]])),
    };
  });
  return rows.sort((a, b) => comparePlaces(a.summary?.place, b.summary?.place) || a.name.localeCompare(b.name, 'ru'));
}

/** Rows whose name contains the query (case-insensitive, ё = е). */
export function filterRows(rows: readonly RatingRow[], query: string): RatingRow[] {
  const norm = (s: string) => s.toLocaleLowerCase('ru').replaceAll('ё', 'е').trim();
  const q = norm(query);
  return q ? rows.filter((r) => norm(r.name).includes(q)) : [...rows];
}
