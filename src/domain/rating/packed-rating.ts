import type { Outcome } from '../outcome.ts';
import type { Place } from './places.ts';
import type { IndicatorCell, IndicatorRating, MeanCell, Rating, SummaryCell } from './rating.ts';
import type { ZoneDecision } from './zones.ts';

/** An outcome in a packed column: the number when ok, else [kind, reason]. */
export type PackedOutcome = number | [kind: 'missing' | 'invalid', reason: string];
/** A place in a packed column: [place, placeTo, roundedScore, ...tiedWith]. */
export type PackedPlace = [number, number, number, ...string[]];
export type PackedCell = [value: PackedOutcome, score: PackedOutcome, place: PackedPlace | null] | null;
/** An indicator's rating with its cells packed in columns by object order. */
export type PackedIndicatorRating = Pick<IndicatorRating, 'code' | 'polarity' | 'inversion' | 'best'> & { columns: PackedCell[] };
/** A rating as stored: indicator cells in columns, means without explanations or the parts they used. */
export type PackedRating = Omit<Rating, 'indicators'> & { indicators: PackedIndicatorRating[] };

export const packOutcome = (o: Outcome): PackedOutcome => (o.kind === 'ok' ? o.value : [o.kind, o.reason]);
export const unpackOutcome = (p: PackedOutcome): Outcome =>
  typeof p === 'number'
    ? { kind: 'ok', value: p }
    : p[0] === 'invalid'
      ? { kind: 'invalid', reason: p[1] }
      : { kind: 'missing', reason: p[1] };

export function packPlace(p: Place | undefined): PackedPlace | null {
  return p ? [p.place, p.placeTo, p.roundedScore, ...p.tiedWith] : null;
}

export function unpackPlace(p: PackedPlace | null): Place | undefined {
  if (!p) return undefined;
  const [place, placeTo, roundedScore, ...tiedWith] = p;
  return { place, placeTo, label: placeTo === place ? String(place) : `${place}–${placeTo}`, roundedScore, tiedWith };
}

const withoutText = <C extends MeanCell>(cells: Record<string, C>): Record<string, C> =>
  Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, { ...c, explanation: '', used: [] }]));

/** What an indicator's rating holds besides its cells: the same packed and unpacked. */
export function indicatorHead(ind: Pick<IndicatorRating, 'code' | 'polarity' | 'inversion' | 'best'>) {
  return { code: ind.code, polarity: ind.polarity, ...(ind.inversion ? { inversion: ind.inversion } : {}), best: ind.best };
}

/**
 * A rating packed for storage (see compactRating): indicator cells in columns by the order of
 * `ids`; cell explanations, score details and the lists of parts a mean used left out.
 */
export function packRating(rating: Rating, ids: readonly string[]): PackedRating {
  return {
    ...rating,
    indicators: rating.indicators.map((ind) => ({
      ...indicatorHead(ind),
      columns: ids.map((id): PackedCell => {
        const cell = ind.cells[id];
        return cell ? [packOutcome(cell.value), packOutcome(cell.score), packPlace(cell.place)] : null;
      }),
    })),
    directions: rating.directions.map((d) => ({ code: d.code, cells: withoutText(d.cells) })),
    summary: withoutText(rating.summary),
  };
}

/** The indicator cells of a packed column, as the application reads them (explanations empty). */
export function unpackColumns(columns: readonly PackedCell[], ids: readonly string[]): Record<string, IndicatorCell> {
  const cells: Record<string, IndicatorCell> = {};
  columns.forEach((packedCell, i) => {
    const id = ids[i];
    if (!packedCell || id === undefined) return;
    const [value, score, place] = packedCell;
    const unpackedPlace = unpackPlace(place);
    cells[id] = {
      value: unpackOutcome(value),
      score: unpackOutcome(score),
      explanation: '',
      ...(unpackedPlace ? { place: unpackedPlace } : {}),
    };
  });
  return cells;
}

/**
 * A direction's or the summary's cell in a packed list: the score, the completeness
 * (scored, applicable, total, share), the place and, for the summary, the zone.
 */
export type PackedMean = [
  score: PackedOutcome,
  scored: number,
  applicable: number,
  total: number,
  share: number,
  place: PackedPlace | null,
  zone?: Outcome<ZoneDecision>,
];
/** A packed rating with its direction and summary cells also in lists by object order (stored format 2). */
export type PackedMeansRating = Omit<PackedRating, 'directions' | 'summary'> & {
  directions: { code: string; means: (PackedMean | null)[] }[];
  summary: (PackedMean | null)[];
};

function packMean(cell: SummaryCell | undefined): PackedMean | null {
  if (!cell) return null;
  const c = cell.completeness;
  const packed: PackedMean = [packOutcome(cell.score), c.scored, c.applicable, c.total, c.share, packPlace(cell.place)];
  if (cell.zone) packed.push(cell.zone);
  return packed;
}

function unpackMeanList(means: readonly (PackedMean | null)[], ids: readonly string[]): Record<string, SummaryCell> {
  const cells: Record<string, SummaryCell> = {};
  means.forEach((m, i) => {
    const id = ids[i];
    if (!m || id === undefined) return;
    const [score, scored, applicable, total, share, place, zone] = m;
    const unpackedPlace = unpackPlace(place);
    cells[id] = {
      score: unpackOutcome(score),
      completeness: { scored, applicable, total, share },
      used: [],
      explanation: '',
      ...(unpackedPlace ? { place: unpackedPlace } : {}),
      ...(zone ? { zone } : {}),
    };
  });
  return cells;
}

/**
 * The direction and summary cells of a packed rating in lists by the order of `ids`, as indicator
 * cells already are: their keys, empty explanations and empty lists of parts were half of a
 * stored rating's text.
 */
export function packMeans(rating: PackedRating, ids: readonly string[]): PackedMeansRating {
  return {
    ...rating,
    directions: rating.directions.map((d) => ({ code: d.code, means: ids.map((id) => packMean(d.cells[id])) })),
    summary: ids.map((id) => packMean(rating.summary[id])),
  };
}

/** The packed rating with its direction and summary cells keyed by object id again (see packMeans). */
export function unpackMeans(rating: PackedMeansRating, ids: readonly string[]): PackedRating {
  return {
    ...rating,
    directions: rating.directions.map((d) => ({ code: d.code, cells: unpackMeanList(d.means, ids) })),
    summary: unpackMeanList(rating.summary, ids),
  };
}
