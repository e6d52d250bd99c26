import { invalid, missing, ok, type Outcome } from './outcome.ts';

/** The default minimum completeness: a mean is given only when at least half of the parts are scored. */
export const DEFAULT_MIN_COMPLETENESS = 0.5;

/** One part of a mean: an indicator score (for a direction) or a direction score (for the summary). */
export interface ScorePart {
  code: string;
  score: Outcome;
  /** Weight in the mean, default 1 (seed 000 uses plain means). */
  weight?: number;
}

/** How many parts of a mean the object has. */
export interface Completeness {
  /** Parts with a score. */
  scored: number;
  /** Parts that apply to the object: all but `invalid` ones (value not calculable, e.g. denominator 0). */
  applicable: number;
  /** All parts. */
  total: number;
  /** scored / applicable, 0..1 (0 when nothing applies). */
  share: number;
}

/** A mean score with its completeness and the parts it used. */
export interface MeanScore {
  score: Outcome;
  completeness: Completeness;
  used: string[];
}

/**
 * Mean of part scores (points). `missing` parts («нет данных») count against completeness;
 * `invalid` parts (not calculable for this object) are left out of the divisor (catalogue
 * `notCalculable`). Below `minCompleteness` (0..1) → missing «не ранжируется»; no applicable
 * part → invalid. Weighted when weights are given.
 */
export function meanScore(parts: readonly ScorePart[], minCompleteness = DEFAULT_MIN_COMPLETENESS): MeanScore {
  const used = parts.filter((p) => p.score.kind === 'ok');
  const applicable = parts.filter((p) => p.score.kind !== 'invalid').length;
  const share = applicable === 0 ? 0 : used.length / applicable;
  const completeness: Completeness = { scored: used.length, applicable, total: parts.length, share };
  const codes = used.map((p) => p.code);
  if (applicable === 0) return { score: invalid('ни один показатель не рассчитан'), completeness, used: codes };
  if (share < minCompleteness || used.length === 0) {
    const pct = (x: number) => `${Math.round(x * 100)} %`;
    return {
      score: missing(`полнота ${used.length} из ${applicable} (${pct(share)}) меньше минимальной ${pct(minCompleteness)}: не ранжируется`),
      completeness,
      used: codes,
    };
  }
  let sum = 0;
  let weights = 0;
  for (const p of used) {
    const w = p.weight ?? 1;
    sum += (p.score.kind === 'ok' ? p.score.value : 0) * w;
    weights += w;
  }
  if (weights <= 0) return { score: invalid('сумма весов равна 0'), completeness, used: codes };
  return { score: ok(sum / weights), completeness, used: codes };
}

/** Direction score: mean of the object's indicator scores in the direction (000 §2.2). */
export function directionScore(indicatorScores: readonly ScorePart[], minCompleteness = DEFAULT_MIN_COMPLETENESS): MeanScore {
  return meanScore(indicatorScores, minCompleteness);
}

/**
 * Summary score: mean of direction scores (`directions`, the default) or of all indicator
 * scores (`indicators`, as the motivating-monitoring catalogue says), same completeness rule.
 */
export function summaryScore(
  mode: 'directions' | 'indicators',
  parts: { directions: readonly ScorePart[]; indicators: readonly ScorePart[] },
  minCompleteness = DEFAULT_MIN_COMPLETENESS,
): MeanScore {
  return meanScore(mode === 'directions' ? parts.directions : parts.indicators, minCompleteness);
}
