import { missing, ok, type Outcome } from '../outcome.ts';

/** A value of one object for one year. */
export interface YearOutcome {
  year: number;
  outcome: Outcome;
}

export interface Trend {
  /** Least-squares slope, in the indicator's unit per year. */
  slope: number;
  direction: 'up' | 'down' | 'flat';
  /** Years that entered the fit (missing years are skipped). */
  years: number[];
}

/**
 * Multi-year trend: least-squares slope over the years with a value; |slope| ≤ flatTolerance (unit per
 * year, default 0.5, i.e. half a percentage point for a percent indicator) is «flat». Fewer than 2 years → missing.
 */
export function trend(points: readonly YearOutcome[], flatTolerance = 0.5): Outcome<Trend> {
  const known = points.flatMap((p) => (p.outcome.kind === 'ok' ? [{ x: p.year, y: p.outcome.value }] : []));
  const years = [...new Set(known.map((k) => k.x))].sort((a, b) => a - b);
  if (years.length < 2) return missing('для тренда нужны значения хотя бы за 2 года');
  const mx = known.reduce((s, k) => s + k.x, 0) / known.length;
  const my = known.reduce((s, k) => s + k.y, 0) / known.length;
  const sxy = known.reduce((s, k) => s + (k.x - mx) * (k.y - my), 0);
  const sxx = known.reduce((s, k) => s + (k.x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const direction = Math.abs(slope) <= flatTolerance ? 'flat' : slope > 0 ? 'up' : 'down';
  return ok({ slope, direction, years });
}
