import { invalid, missing, ok, type Outcome } from '../outcome.ts';
import { meanOfCounts } from './direction-scores.ts';
import type { PackedIndicatorRating, PackedOutcome, PackedPlace, PackedRating } from './packed-rating.ts';
import { rankColumn } from './places.ts';
import { ratingSettings, type MeanCell, type RatingIndicator, type RatingOptions, type SummaryCell } from './rating.ts';
import { bestOfColumn, DEFAULT_INVERSION, NO_POINTS, noPointsReason, pointsOf } from './score.ts';
import { DEFAULT_GAP_RULE, zoneOf } from './zones.ts';

/** The kind of a cell in columns of outcomes: none (not computed: missing, «значение не представлено»), ok, missing, invalid. */
export const CELL_NONE = 0;
export const CELL_OK = 1;
export const CELL_MISSING = 2;
export const CELL_INVALID = 3;

/** What rate says of a value that is not there. */
const NOT_GIVEN = 'значение не представлено';

/**
 * The values of one comparison in columns: the value of indicator j for object i is cell
 * j × ids.length + i; `kinds` says what it is (CELL_*), `values` holds the number where ok and
 * the index of its reason in `reasons` where missing or invalid.
 */
export interface ValueColumns {
  /** The compared objects, each once, in the comparison's order. */
  ids: readonly string[];
  kinds: Uint8Array;
  values: Float64Array;
  reasons: readonly string[];
}

/** The parts of a mean: part p of object i is cell offsets[p] + i of kinds and points, weighing weights[p] (default 1). */
interface MeanParts {
  kinds: Uint8Array;
  points: Float64Array;
  offsets: readonly number[];
  weights: readonly (number | undefined)[];
}

/** The order in which a record keyed by these ids lists them (integer-like keys first, ascending): the order rate ranks and names ties in. */
function recordOrder(ids: readonly string[]): number[] {
  const record: Record<string, number> = {};
  ids.forEach((id, i) => (record[id] = i));
  return Object.values(record);
}

/** Shared packed outcomes: a column repeats a few reasons thousands of times. */
function packedOutcomes() {
  const known = new Map<string, PackedOutcome>();
  return (kind: number, reason: string): PackedOutcome => {
    const key = `${kind}|${reason}`;
    let p = known.get(key);
    if (!p) known.set(key, (p = [kind === CELL_INVALID ? 'invalid' : 'missing', reason]));
    return p;
  };
}

/** Places of the ranked means (directions, summary) as rate gives them. */
function placeMeans(ids: readonly string[], order: readonly number[], cells: MeanCell[], precision: number): void {
  const ranked = order.filter((i) => cells[i]?.score.kind === 'ok');
  rankColumn(
    ranked.map((i) => ids[i] ?? ''),
    ranked.map((i) => {
      const s = cells[i]?.score;
      return s?.kind === 'ok' ? s.value : 0;
    }),
    precision,
    (r, place, placeTo, roundedScore, tiedWith) => {
      const cell = cells[ranked[r] ?? 0];
      if (cell) cell.place = { place, placeTo, label: placeTo === place ? String(place) : `${place}–${placeTo}`, roundedScore, tiedWith };
    },
  );
}

/**
 * The rating `rate` gives for these objects and indicators, packed as stored (packRating of it,
 * without explanations), computed over columns of numbers instead of an object per cell: the
 * rating of a stored recompute (600,000 cells in a region). The same rules, bit for bit
 * (rate-columns.test.ts holds the two equal on random data). No reference sets.
 */
export function rateColumns(
  columns: ValueColumns,
  indicators: readonly RatingIndicator[],
  options: Omit<RatingOptions, 'reference' | 'explain'> = {},
): PackedRating {
  const { ids, kinds, values, reasons } = columns;
  const n = ids.length;
  const settings = ratingSettings(options);
  const { precision, missingRule, minCompleteness, summaryMode } = settings;
  const order = recordOrder(ids);
  const packed = packedOutcomes();
  const scoreKinds = new Uint8Array(n * indicators.length);
  const points = new Float64Array(n * indicators.length);
  const has = new Uint8Array(n);

  const indicatorRatings = indicators.map((ind, j): PackedIndicatorRating => {
    const base = j * n;
    for (let i = 0; i < n; i++) has[i] = kinds[base + i] === CELL_OK ? 1 : 0;
    const best = bestOfColumn(ids, values.subarray(base, base + n), has, ind.polarity);
    const inversion = ind.inversion ?? DEFAULT_INVERSION;
    const bestKind = best.kind === 'ok' ? CELL_OK : best.kind === 'missing' ? CELL_MISSING : CELL_INVALID;
    const packedBest = best.kind === 'ok' ? 0 : packed(bestKind, best.reason);
    const cells: [PackedOutcome, PackedOutcome, PackedPlace | null][] = new Array<[PackedOutcome, PackedOutcome, PackedPlace | null]>(n);
    for (let i = 0; i < n; i++) {
      const c = base + i;
      const kind = kinds[c] ?? CELL_NONE;
      const v = values[c] ?? 0;
      const value = kind === CELL_OK ? v : kind === CELL_NONE ? packed(CELL_MISSING, NOT_GIVEN) : packed(kind, reasons[v] ?? '');
      if (best.kind !== 'ok') {
        scoreKinds[c] = bestKind;
        cells[i] = [value, packedBest, null];
      } else if (kind !== CELL_OK) {
        scoreKinds[c] = kind === CELL_NONE ? CELL_MISSING : kind;
        cells[i] = [value, value, null];
      } else {
        const p = pointsOf(v, best.value, inversion);
        if (p === NO_POINTS) {
          scoreKinds[c] = CELL_INVALID;
          cells[i] = [value, packed(CELL_INVALID, noPointsReason(v, best.value)), null];
        } else {
          scoreKinds[c] = CELL_OK;
          points[c] = p;
          cells[i] = [value, p, null];
        }
      }
    }
    const ranked = order.filter((i) => scoreKinds[base + i] === CELL_OK);
    rankColumn(
      ranked.map((i) => ids[i] ?? ''),
      ranked.map((i) => points[base + i] ?? 0),
      precision,
      (r, place, placeTo, roundedScore, tiedWith) => {
        const cell = cells[ranked[r] ?? 0];
        if (cell) cell[2] = [place, placeTo, roundedScore, ...tiedWith];
      },
    );
    return {
      code: ind.code,
      polarity: ind.polarity,
      ...(ind.polarity === 'lower_better' ? { inversion } : {}),
      best,
      columns: cells,
    };
  });

  // Means as meanScore takes them: scored parts in order, then (rule `zero`) missing ones at 0 points.
  const meanOf = ({ kinds: partKinds, points: partPoints, offsets, weights: partWeights }: MeanParts, i: number) => {
    let scored = 0;
    let absent = 0;
    let sum = 0;
    let weights = 0;
    for (let p = 0; p < offsets.length; p++) {
      const at = (offsets[p] ?? 0) + i;
      if (partKinds[at] !== CELL_OK) continue;
      const w = partWeights[p] ?? 1;
      scored++;
      sum += (partPoints[at] ?? 0) * w;
      weights += w;
    }
    for (let p = 0; p < offsets.length; p++) {
      if (partKinds[(offsets[p] ?? 0) + i] !== CELL_MISSING) continue;
      absent++;
      if (missingRule !== 'zero') continue;
      const w = partWeights[p] ?? 1;
      sum += 0 * w;
      weights += w;
    }
    return meanOfCounts({ scored, missing: absent, total: offsets.length, sum, weights }, minCompleteness, missingRule);
  };
  const scorable = indicators.flatMap((ind, j) => (ind.polarity === 'context' ? [] : [{ ind, j }]));
  const indicatorParts = (list: typeof scorable): MeanParts => ({
    kinds: scoreKinds,
    points,
    offsets: list.map(({ j }) => j * n),
    weights: list.map(({ ind }) => ind.weight),
  });

  const directionCodes = options.directions ?? [...new Set(scorable.flatMap((x) => x.ind.directions))];
  const directionKinds = new Uint8Array(n * directionCodes.length);
  const directionPoints = new Float64Array(n * directionCodes.length);
  const directions = directionCodes.map((code, d) => {
    const members = indicatorParts(scorable.filter((x) => x.ind.directions.includes(code)));
    const cells: MeanCell[] = ids.map((_, i) => {
      const { score, completeness } = meanOf(members, i);
      directionKinds[d * n + i] = score.kind === 'ok' ? CELL_OK : score.kind === 'missing' ? CELL_MISSING : CELL_INVALID;
      if (score.kind === 'ok') directionPoints[d * n + i] = score.value;
      return { score, completeness, used: [], explanation: '' };
    });
    placeMeans(ids, order, cells, precision);
    return { code, cells: Object.fromEntries(ids.map((id, i) => [id, cells[i] as MeanCell])) };
  });

  const summaryParts: MeanParts =
    summaryMode === 'directions'
      ? { kinds: directionKinds, points: directionPoints, offsets: directionCodes.map((_, d) => d * n), weights: [] }
      : indicatorParts(scorable);
  const summaryCells: SummaryCell[] = ids.map((_, i) => {
    const { score, completeness } = meanOf(summaryParts, i);
    return { score, completeness, used: [], explanation: '' };
  });
  placeMeans(ids, order, summaryCells, precision);
  if (options.zones) {
    for (const cell of summaryCells)
      if (cell.score.kind === 'ok')
        cell.zone = zoneOf(cell.score.value, options.zones.year, options.zones.gapRule ?? DEFAULT_GAP_RULE, precision);
  }
  return {
    ...settings,
    indicators: indicatorRatings,
    directions,
    summary: Object.fromEntries(ids.map((id, i) => [id, summaryCells[i] as SummaryCell])),
  };
}

/** An outcome of a cell of columns (for tests and for reading one value back). */
export function cellOutcome(columns: ValueColumns, cell: number): Outcome {
  const kind = columns.kinds[cell] ?? CELL_NONE;
  const v = columns.values[cell] ?? 0;
  if (kind === CELL_OK) return ok(v);
  if (kind === CELL_INVALID) return invalid(columns.reasons[v] ?? '');
  return missing(kind === CELL_NONE ? NOT_GIVEN : (columns.reasons[v] ?? ''));
}
