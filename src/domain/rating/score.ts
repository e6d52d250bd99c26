import type { Polarity } from '../catalogue/catalogue.ts';
import { invalid, missing, ok, type Outcome } from '../outcome.ts';

/** One object's value on an indicator, as an outcome (missing = «нет данных»). */
export interface ObjectValue {
  id: string;
  value: Outcome;
}

/** The best value of a reference set: max for higher_better, min for lower_better. */
export interface BestValue {
  value: number;
  /** The first object (in input order) holding the best value. */
  objectId: string;
  /** Objects of the reference set with a value (ok outcomes). */
  referenceSize: number;
  polarity: 'higher_better' | 'lower_better';
  /** The worst value of the reference set (min for higher_better, max for lower_better) and its first holder. */
  worst: number;
  worstObjectId: string;
}

/**
 * How a lower-is-better value becomes points (the seeds say nothing; a catalogue chooses, per
 * indicator or for all of its indicators):
 * - `linear` (default): (worst − value) / (worst − best) × 100 — the best scores 100, the worst
 *   0, linearly between; defined at 0 (a best of 0 does not zero everyone else);
 * - `ratio`: best / value × 100 (values 10, 5, 1 score 10, 20, 100; with a best of 0 the objects
 *   with 0 score 100 and every other 0).
 */
export type InversionRule = 'linear' | 'ratio';
export const INVERSION_RULES = ['linear', 'ratio'] as const satisfies readonly InversionRule[];
export const DEFAULT_INVERSION: InversionRule = 'linear';

/** The inversion rule in Russian, for the indicator page and the rules of a rating. */
export const INVERSION_TEXT: Record<InversionRule, string> = {
  linear: '(наихудшее − значение) / (наихудшее − лучшее) × 100: лучшее значение — 100 баллов, наихудшее — 0, между ними линейно',
  ratio: 'лучшее / значение × 100; если лучшее равно 0, объекты с 0 получают 100 баллов, остальные 0',
};

/** Which formula produced a score. */
export type ScoreRule = 'value_over_best' | 'best_over_value' | 'zero_best_lower' | 'linear_lower' | 'equal_lower';

/** Everything that explains one score. */
export interface ScoreResult {
  /** Points, not rounded and not capped: above 100 when the object beats the reference set. */
  score: number;
  value: number;
  best: number;
  bestObjectId: string;
  referenceSize: number;
  rule: ScoreRule;
  /** The reference's worst value and its holder (rule `linear_lower`). */
  worst?: number;
  worstObjectId?: string;
  /** True when score > 100 (the object is better than the best of the reference set). */
  aboveReference: boolean;
}

/**
 * The best value of a reference set (which may differ from the set being ranked).
 * Missing/invalid values are skipped; no values → missing; a negative value → invalid
 * (value / best is meaningless for negatives); context indicators → invalid (not scored).
 */
export function findBest(reference: readonly ObjectValue[], polarity: Polarity): Outcome<BestValue> {
  return bestOfColumn(
    reference.map((r) => r.id),
    reference.map((r) => (r.value.kind === 'ok' ? r.value.value : 0)),
    reference.map((r) => r.value.kind === 'ok'),
    polarity,
  );
}

/**
 * findBest over a column: `values[i]` is the number of object `ids[i]` where `has[i]` is truthy
 * (an ok outcome), else skipped (missing or invalid). The rating of a stored recompute reads its
 * columns this way.
 */
export function bestOfColumn(
  ids: readonly string[],
  values: ArrayLike<number>,
  has: ArrayLike<boolean | number>,
  polarity: Polarity,
): Outcome<BestValue> {
  if (polarity === 'context') return invalid('контекстный показатель не оценивается в баллах');
  const higher = polarity === 'higher_better';
  let size = 0;
  let best = 0;
  let bestAt = -1;
  let worst = 0;
  let worstAt = -1;
  for (let i = 0; i < values.length; i++) {
    if (!has[i]) continue;
    const v = values[i] ?? 0;
    if (v < 0) return invalid(`отрицательное значение ${v} у «${ids[i] ?? ''}»: правило value / best не применимо`);
    size++;
    if (bestAt < 0) {
      best = worst = v;
      bestAt = worstAt = i;
      continue;
    }
    if (higher ? v > best : v < best) {
      best = v;
      bestAt = i;
    }
    if (higher ? v < worst : v > worst) {
      worst = v;
      worstAt = i;
    }
  }
  if (bestAt < 0) return missing('нет ни одного значения в эталонном наборе');
  if (higher && best === 0) return invalid('лучшее значение равно 0: показатель не оценивается');
  return ok({
    value: best,
    objectId: ids[bestAt] ?? '',
    referenceSize: size,
    polarity,
    worst,
    worstObjectId: ids[worstAt] ?? '',
  });
}

/**
 * Score of one value against a best value, in points: value / best × 100 (higher_better);
 * lower_better by the inversion rule: `linear` (worst − value) / (worst − best) × 100 (all equal
 * → 100; a value worse than the reference's worst → 0), or `ratio` best / value × 100 (best 0:
 * value 0 → 100, else 0). Computed as value × 100 / best (fewer binary rounding steps). Not
 * capped at 100 (flagged `aboveReference`). Invalid for a negative value, and under `ratio` for
 * a value of 0 whose reference best is above 0 (best / 0 has no value).
 */
export function scoreValue(value: Outcome, best: Outcome<BestValue>, inversion: InversionRule = DEFAULT_INVERSION): Outcome<ScoreResult> {
  if (best.kind !== 'ok') return best;
  if (value.kind !== 'ok') return value;
  const v = value.value;
  const b = best.value;
  const score = pointsOf(v, b, inversion);
  if (score === NO_POINTS) return invalid(noPointsReason(v, b));
  const base = { value: v, best: b.value, bestObjectId: b.objectId, referenceSize: b.referenceSize };
  const result = (rule: ScoreRule): Outcome<ScoreResult> => ok({ ...base, score, rule, aboveReference: score > 100 });
  if (b.polarity === 'higher_better') return result('value_over_best');
  if (inversion === 'linear') {
    if (b.worst === b.value) return result('equal_lower');
    return ok({ ...base, score, rule: 'linear_lower', aboveReference: score > 100, worst: b.worst, worstObjectId: b.worstObjectId });
  }
  return result(b.value === 0 ? 'zero_best_lower' : 'best_over_value');
}

/** What pointsOf gives where a value has no points: never a score (scores are 0 or more). */
export const NO_POINTS = -1;

/**
 * The points of scoreValue for a number `v` against an ok best, without the object around them:
 * NO_POINTS where scoreValue is invalid (a negative value; 0 under `ratio` with a best above 0),
 * the reason then given by noPointsReason. The rating of a stored recompute scores its columns so.
 */
export function pointsOf(v: number, b: BestValue, inversion: InversionRule): number {
  if (v < 0) return NO_POINTS;
  // The best object scores exactly 100: x × 100 / x is not always 100 in binary floating point.
  if (b.polarity === 'higher_better') return v === b.value ? 100 : (v * 100) / b.value;
  if (inversion === 'linear') {
    const worst = b.worst;
    if (worst === b.value) return v <= b.value ? 100 : 0;
    return v === b.value ? 100 : v === worst ? 0 : Math.max(0, ((worst - v) * 100) / (worst - b.value));
  }
  if (b.value === 0) return v === 0 ? 100 : 0;
  if (v === 0) return NO_POINTS;
  return v === b.value ? 100 : (b.value * 100) / v;
}

/** Why a value has no points (pointsOf gave NO_POINTS). */
export function noPointsReason(v: number, b: BestValue): string {
  return v < 0
    ? `отрицательное значение ${v}: правило value / best не применимо`
    : `значение 0 лучше лучшего значения эталонного набора (${b.value}): best / 0 не определено`;
}

/** A short Russian explanation of a score: inputs, rule, best object, reference size. */
export function explainScore(r: ScoreResult): string {
  const ref = `лучшее ${r.best} у «${r.bestObjectId}» среди ${r.referenceSize}`;
  const above = r.aboveReference ? '; больше 100: объект лучше эталонного набора, балл не ограничивается' : '';
  switch (r.rule) {
    case 'value_over_best':
      return `${r.value} / ${r.best} × 100 = ${r.score} (больше — лучше; ${ref})${above}`;
    case 'best_over_value':
      return `${r.best} / ${r.value} × 100 = ${r.score} (меньше — лучше, правило «лучшее / значение × 100»; ${ref})${above}`;
    case 'zero_best_lower':
      return `лучшее значение 0 (меньше — лучше, правило «лучшее / значение × 100»): значение ${r.value} → ${r.score} (${ref})`;
    case 'linear_lower':
      return `(${r.worst} − ${r.value}) / (${r.worst} − ${r.best}) × 100 = ${r.score} (меньше — лучше, линейное правило: лучшее — 100 баллов, наихудшее — 0; ${ref}, наихудшее ${r.worst} у «${r.worstObjectId}»)${above}`;
    case 'equal_lower':
      return `у всех объектов эталонного набора одно значение ${r.best} (меньше — лучше, линейное правило): значение ${r.value} → ${r.score} (${ref})`;
  }
}
