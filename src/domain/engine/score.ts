import type { Polarity } from '../catalogue/catalogue.ts';
import { invalid, missing, ok, type Outcome } from './outcome.ts';

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
}

/** Which formula produced a score. */
export type ScoreRule = 'value_over_best' | 'best_over_value' | 'zero_best_lower';

/** Everything that explains one score. */
export interface ScoreResult {
  /** Points, not rounded and not capped: above 100 when the object beats the reference set. */
  score: number;
  value: number;
  best: number;
  bestObjectId: string;
  referenceSize: number;
  rule: ScoreRule;
  /** True when score > 100 (the object is better than the best of the reference set). */
  aboveReference: boolean;
}

/**
 * The best value of a reference set (which may differ from the set being ranked).
 * Missing/invalid values are skipped; no values → missing; a negative value → invalid
 * (value / best is meaningless for negatives); context indicators → invalid (not scored).
 */
export function findBest(reference: readonly ObjectValue[], polarity: Polarity): Outcome<BestValue> {
  if (polarity === 'context') return invalid('контекстный показатель не оценивается в баллах');
  let best: BestValue | undefined;
  let size = 0;
  for (const { id, value } of reference) {
    if (value.kind !== 'ok') continue;
    if (value.value < 0) return invalid(`отрицательное значение ${value.value} у «${id}»: правило value / best не применимо`);
    size++;
    const better = best === undefined || (polarity === 'higher_better' ? value.value > best.value : value.value < best.value);
    if (better) best = { value: value.value, objectId: id, referenceSize: 0, polarity };
  }
  if (best === undefined) return missing('нет ни одного значения в эталонном наборе');
  if (polarity === 'higher_better' && best.value === 0) return invalid('лучшее значение равно 0: показатель не оценивается');
  return ok({ ...best, referenceSize: size });
}

/**
 * Score of one value against a best value, in points: value / best × 100 (higher_better),
 * best / value × 100 (lower_better); lower_better with best 0: value 0 → 100, else 0.
 * Computed as value × 100 / best (fewer binary rounding steps). Not capped at 100 (flagged `aboveReference`). Invalid for a negative value, and for a value
 * of 0 on a lower_better indicator whose reference best is above 0 (best / 0 has no value).
 */
export function scoreValue(value: Outcome, best: Outcome<BestValue>): Outcome<ScoreResult> {
  if (best.kind !== 'ok') return best;
  if (value.kind !== 'ok') return value;
  const v = value.value;
  const b = best.value;
  if (v < 0) return invalid(`отрицательное значение ${v}: правило value / best не применимо`);
  const base = { value: v, best: b.value, bestObjectId: b.objectId, referenceSize: b.referenceSize };
  const result = (score: number, rule: ScoreRule): Outcome<ScoreResult> => ok({ ...base, score, rule, aboveReference: score > 100 });
  // The best object scores exactly 100: x × 100 / x is not always 100 in binary floating point.
  if (b.polarity === 'higher_better') return result(v === b.value ? 100 : (v * 100) / b.value, 'value_over_best');
  if (b.value === 0) return result(v === 0 ? 100 : 0, 'zero_best_lower');
  if (v === 0) return invalid(`значение 0 лучше лучшего значения эталонного набора (${b.value}): best / 0 не определено`);
  return result(v === b.value ? 100 : (b.value * 100) / v, 'best_over_value');
}

/** A short Russian explanation of a score: inputs, rule, best object, reference size. */
export function explainScore(r: ScoreResult): string {
  const ref = `лучшее ${r.best} у «${r.bestObjectId}» среди ${r.referenceSize}`;
  const above = r.aboveReference ? '; больше 100: объект лучше эталонного набора, балл не ограничивается' : '';
  switch (r.rule) {
    case 'value_over_best':
      return `${r.value} / ${r.best} × 100 = ${r.score} (больше — лучше; ${ref})${above}`;
    case 'best_over_value':
      return `${r.best} / ${r.value} × 100 = ${r.score} (меньше — лучше; ${ref})${above}`;
    case 'zero_best_lower':
      return `лучшее значение 0 (меньше — лучше): значение ${r.value} → ${r.score} (${ref})`;
  }
}
