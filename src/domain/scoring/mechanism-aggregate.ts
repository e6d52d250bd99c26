import type { Completeness, ExplainedNumber, MechanismStep, PointsNode } from './mechanism-index-types.ts';
import { MEAN_DIRECTION_INDEX_RULE, MECHANISM_STEP_RULES } from './mechanism-step-rules.ts';
import { invalid, missing, ok } from '../outcome.ts';
import type { Outcome } from '../outcome.ts';

/** A number for explanation text only: up to 2 decimals, decimal comma; values themselves stay unrounded. */
export function formatNumber(x: number): string {
  return String(Number(x.toFixed(2))).replace('.', ',');
}

function showOutcome(o: Outcome): string {
  return o.kind === 'ok' ? formatNumber(o.value) : '—';
}

/** Completeness of a node = the union of its parts. */
export function mergeCompleteness(parts: readonly Completeness[]): Completeness {
  return {
    total: parts.reduce((s, p) => s + p.total, 0),
    scored: parts.reduce((s, p) => s + p.scored, 0),
    unscored: parts.flatMap((p) => p.unscored),
    invalid: parts.flatMap((p) => p.invalid),
  };
}

/** Why a sum over `completeness` has no value: invalid positions win over unscored ones. */
function notCalculable(completeness: Completeness): Outcome {
  if (completeness.invalid.length > 0) {
    return invalid(`Недопустимые первичные баллы у позиций: ${completeness.invalid.join(', ')}.`);
  }
  const { scored, total, unscored } = completeness;
  return missing(`Не оценены позиции: ${unscored.join(', ')} (оценено ${scored} из ${total}).`);
}

/** Steps 2, 4, 6, 8: points of a node = sum of its parts' points; `missing`/`invalid` when any part is. */
export function sumPoints(step: MechanismStep, parts: readonly PointsNode[]): Omit<PointsNode, 'code'> {
  const completeness = mergeCompleteness(parts.map((p) => p.completeness));
  const maxPoints = parts.reduce((s, p) => s + p.maxPoints, 0);
  const positions = parts.flatMap((p) => p.points.positions);
  const values = parts.map((p) => p.points.value);
  const allOk = values.every((v) => v.kind === 'ok');
  const value = allOk ? ok(values.reduce((s, v) => s + (v.kind === 'ok' ? v.value : 0), 0)) : notCalculable(completeness);
  const terms = parts.map((p) => `${p.code}: ${showOutcome(p.points.value)}`);
  const calculation = `${terms.length > 0 ? terms.join(' + ') : 'нет слагаемых'} = ${showOutcome(value)} из ${formatNumber(maxPoints)}`;
  return { maxPoints, completeness, points: { value, step, rule: MECHANISM_STEP_RULES[step], calculation, positions } };
}

/** Steps 3, 5, 7, 9: points / maximum × 100 (%); `invalid` when the maximum is 0 (nothing to score). */
export function percentOfMax(step: MechanismStep, node: Omit<PointsNode, 'completeness'>, what: string): ExplainedNumber {
  const { points, maxPoints } = node;
  const base = { step, rule: MECHANISM_STEP_RULES[step], positions: points.positions };
  if (points.value.kind !== 'ok') {
    return { ...base, value: points.value, calculation: `${showOutcome(points.value)} / ${formatNumber(maxPoints)} × 100` };
  }
  if (maxPoints <= 0) {
    const reason = `${what}: максимально возможный балл равен 0 (нет позиций оценивания), процент не вычисляется.`;
    return { ...base, value: invalid(reason), calculation: `${formatNumber(points.value.value)} / 0` };
  }
  const percent = (points.value.value * 100) / maxPoints; // × 100 first: integer points stay exact (57 / 100 × 100 ≠ 57)
  const calculation = `${formatNumber(points.value.value)} / ${formatNumber(maxPoints)} × 100 = ${formatNumber(percent)} %`;
  return { ...base, value: ok(percent), calculation };
}

/** Beside step 7: the plain mean of direction indices (seed 004's published block figure). */
export function meanOfIndices(indices: readonly { code: string; index: ExplainedNumber }[], what: string): ExplainedNumber {
  const base = { step: 7 as const, rule: MEAN_DIRECTION_INDEX_RULE, positions: indices.flatMap((d) => d.index.positions) };
  const terms = indices.map((d) => showOutcome(d.index.value));
  const calculation = `(${terms.join(' + ')}) / ${indices.length}`;
  const bad = indices.filter((d) => d.index.value.kind === 'invalid').map((d) => d.code);
  if (bad.length > 0) return { ...base, value: invalid(`${what}: индекс направлений ${bad.join(', ')} недопустим.`), calculation };
  const absent = indices.filter((d) => d.index.value.kind === 'missing').map((d) => d.code);
  if (absent.length > 0) return { ...base, value: missing(`${what}: нет индекса направлений ${absent.join(', ')}.`), calculation };
  if (indices.length === 0) return { ...base, value: invalid(`${what}: в блоке нет направлений.`), calculation: 'нет направлений' };
  const mean = indices.reduce((s, d) => s + (d.index.value.kind === 'ok' ? d.index.value.value : 0), 0) / indices.length;
  return { ...base, value: ok(mean), calculation: `${calculation} = ${formatNumber(mean)} %` };
}
