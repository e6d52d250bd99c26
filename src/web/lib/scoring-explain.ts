import type { ExplainedNumber, IndexNumber } from '../api/scoring-api.ts';
import { formatPercent, formatPoints } from './scoring-labels.ts';

/** What the overall numbers are, as the explanations name them. */
export const OVERALL_INDEX = 'Индекс механизмов управления качеством образования (этап 9)';
export const TOTAL_POINTS = 'Итоговый балл (этап 8)';

/** A number whose explanation the drawer shows: what it is, of which object, and how it was obtained. */
export interface ExplainTarget {
  /** The object (a municipality, an organisation). */
  object: string;
  /** What the number is, e.g. «Индекс направления D1. …». */
  what: string;
  number: IndexNumber;
  unit: 'percent' | 'points';
  /** The points a percentage is computed from (its own rule and arithmetic). */
  basis?: { what: string; number: IndexNumber };
}

/** An engine number as the round API gives it (value or the reason there is none). */
export function indexNumberOf(n: ExplainedNumber): IndexNumber {
  return {
    value: n.value.kind === 'ok' ? n.value.value : null,
    reason: n.value.kind === 'ok' ? null : n.value.reason,
    rule: n.rule,
    calculation: n.calculation,
  };
}

/** The number as shown: «68,75 %», «11», or null when it was not computed. */
export function explainedText(n: IndexNumber, unit: ExplainTarget['unit']): string | null {
  if (n.value === null) return null;
  return unit === 'percent' ? formatPercent(n.value) : formatPoints(n.value);
}

/** The calculation's clauses, one a line (the engine joins them with «; »). */
export function calculationLines(calculation: string): string[] {
  return calculation
    .split(/;\s+(?![^()]*\))/)
    .map((s) => s.trim())
    .filter(Boolean);
}
