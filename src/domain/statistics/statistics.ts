import type { Polarity } from '../catalogue/catalogue.ts';
import { invalid, missing, ok, type Outcome } from '../outcome.ts';

/** A compared object's value of one indicator. */
export interface ObjectOutcome {
  objectId: number;
  outcome: Outcome;
}

/** Descriptive statistics of one indicator over compared objects, in the indicator's unit. */
export interface Summary {
  n: number;
  /** Objects left out because their value is missing or invalid. */
  nWithout: number;
  min: number;
  max: number;
  mean: number;
  q1: number;
  median: number;
  q3: number;
  /** Objects with the best / worst value (all tied); empty when the polarity is «context». */
  best: number[];
  worst: number[];
}

/**
 * Quantile by linear interpolation between order statistics, as Excel QUARTILE.INC / PERCENTILE.INC
 * (R type 7): h = (n − 1)·p, value = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). `sorted` ascending, non-empty; p in [0, 1].
 */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/** n, min, max, mean, quartiles (QUARTILE.INC) and best/worst objects by polarity; no ok values → missing. */
export function summarize(values: readonly ObjectOutcome[], polarity: Polarity): Outcome<Summary> {
  const known = values.flatMap((v) => (v.outcome.kind === 'ok' ? [{ id: v.objectId, x: v.outcome.value }] : []));
  if (known.length === 0) return missing('нет ни одного значения для сравнения');
  const sorted = known.map((k) => k.x).sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const holding = (x: number) => known.filter((k) => k.x === x).map((k) => k.id);
  const [best, worst] =
    polarity === 'higher_better' ? [holding(max), holding(min)] : polarity === 'lower_better' ? [holding(min), holding(max)] : [[], []];
  return ok({
    n: known.length,
    nWithout: values.length - known.length,
    min,
    max,
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    best,
    worst,
  });
}

/** Change against the previous period. */
export interface Change {
  /** current − previous, in the indicator's unit (percentage points for a percent indicator). */
  absolute: number;
  /** (current − previous) / |previous| × 100, in %; invalid when the previous value is 0. */
  relative: Outcome;
}

/** Change of a value against the previous period; either side missing or invalid → missing with the reason. */
export function changeFromPrevious(current: Outcome, previous: Outcome): Outcome<Change> {
  if (current.kind !== 'ok') return missing(`нет значения за текущий период: ${current.reason}`);
  if (previous.kind !== 'ok') return missing(`нет значения за предыдущий период: ${previous.reason}`);
  const absolute = current.value - previous.value;
  const relative = previous.value === 0 ? invalid('предыдущее значение равно 0') : ok((absolute * 100) / Math.abs(previous.value));
  return ok({ absolute, relative });
}
