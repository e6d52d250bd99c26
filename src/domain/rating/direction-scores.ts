import { invalid, missing, ok, type Outcome } from '../outcome.ts';

/**
 * What a part without data does to a mean:
 * - `zero` (seed 000 §2.2, the default): «Балл по направлению = сумма баллов по показателям /
 *   Количество показателей в П» — the divisor is the number of indicators, so a part not
 *   presented scores 0 («показатель не представлен — 0 баллов»);
 * - `exclude`: the part leaves the divisor (a mean of the parts that have a score). Not the
 *   seed's rule: a catalogue chooses it explicitly, as the authority's own deviation.
 */
export type MissingRule = 'zero' | 'exclude';
export const MISSING_RULES = ['zero', 'exclude'] as const satisfies readonly MissingRule[];
export const DEFAULT_MISSING_RULE: MissingRule = 'zero';

/** The reason a part without data gives in an explanation under the seed's rule. */
export const NOT_PRESENTED = 'показатель не представлен — 0 баллов';

/**
 * The default minimum completeness of a rule: none under the seed's divisor (every object is
 * ranked, a missing part scores 0, as 000 ranks every municipality); half of the parts when
 * missing parts leave the divisor (a mean of one part out of ten would rank as high as a full one).
 */
export function defaultMinCompleteness(rule: MissingRule = DEFAULT_MISSING_RULE): number {
  return rule === 'zero' ? 0 : 0.5;
}

/** The default minimum completeness under the seed's rule (0: no minimum). */
export const DEFAULT_MIN_COMPLETENESS = defaultMinCompleteness(DEFAULT_MISSING_RULE);

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
  /** Parts without data counted as 0 points (rule `zero`). */
  zeroed: string[];
}

/**
 * Mean of part scores (points). `missing` parts («нет данных») score 0 and stay in the divisor
 * (rule `zero`, the seed's) or leave it (rule `exclude`); either way they count against
 * completeness. `invalid` parts (not calculable for this object) are left out of the divisor
 * (catalogue `notCalculable`). Below `minCompleteness` (0..1), or with no part scored at all →
 * missing «не ранжируется»; no applicable part → invalid. Weighted when weights are given.
 */
export function meanScore(parts: readonly ScorePart[], minCompleteness?: number, rule: MissingRule = DEFAULT_MISSING_RULE): MeanScore {
  const used = parts.filter((p) => p.score.kind === 'ok');
  const absent = parts.filter((p) => p.score.kind === 'missing');
  let sum = 0;
  let weights = 0;
  for (const p of rule === 'zero' ? [...used, ...absent] : used) {
    const w = p.weight ?? 1;
    sum += (p.score.kind === 'ok' ? p.score.value : 0) * w;
    weights += w;
  }
  const counts = { scored: used.length, missing: absent.length, total: parts.length, sum, weights };
  const { score, completeness, counted } = meanOfCounts(counts, minCompleteness, rule);
  const codes = used.map((p) => p.code);
  return { score, completeness, used: codes, zeroed: counted && rule === 'zero' ? absent.map((p) => p.code) : [] };
}

/** What a mean is made of: parts scored, parts missing, all parts, the weighted sum of the scores and of the weights counted. */
export interface MeanCounts {
  scored: number;
  missing: number;
  total: number;
  /** Σ score × weight over the scored parts, in the order of the parts (a missing part adds 0 × weight). */
  sum: number;
  /** Σ weight over the parts the rule counts: scored and missing under `zero`, scored under `exclude`. */
  weights: number;
}

/**
 * meanScore from counts (see there): the score and completeness, and whether the parts were
 * counted into a mean (false when nothing applies or completeness is too low). The rating of a
 * stored recompute sums its columns and calls this.
 */
export function meanOfCounts(
  { scored, missing: absent, total, sum, weights }: MeanCounts,
  minCompleteness?: number,
  rule: MissingRule = DEFAULT_MISSING_RULE,
): { score: Outcome; completeness: Completeness; counted: boolean } {
  const min = minCompleteness ?? defaultMinCompleteness(rule);
  const applicable = scored + absent;
  const share = applicable === 0 ? 0 : scored / applicable;
  const completeness: Completeness = { scored, applicable, total, share };
  if (applicable === 0) return { score: invalid('ни один показатель не рассчитан'), completeness, counted: false };
  if (share < min || scored === 0) {
    const pct = (x: number) => `${Math.round(x * 100)} %`;
    return {
      score: missing(`полнота ${scored} из ${applicable} (${pct(share)}) меньше минимальной ${pct(min)}: не ранжируется`),
      completeness,
      counted: false,
    };
  }
  if (weights <= 0) return { score: invalid('сумма весов равна 0'), completeness, counted: true };
  return { score: ok(sum / weights), completeness, counted: true };
}

/** Direction score: mean of the object's indicator scores in the direction (000 §2.2). */
export function directionScore(indicatorScores: readonly ScorePart[], minCompleteness?: number, rule?: MissingRule): MeanScore {
  return meanScore(indicatorScores, minCompleteness, rule);
}

/**
 * Summary score: mean of direction scores (`directions`, the default) or of all indicator
 * scores (`indicators`, as the motivating-monitoring catalogue says), same completeness rule.
 */
export function summaryScore(
  mode: 'directions' | 'indicators',
  parts: { directions: readonly ScorePart[]; indicators: readonly ScorePart[] },
  minCompleteness?: number,
  rule?: MissingRule,
): MeanScore {
  return meanScore(mode === 'directions' ? parts.directions : parts.indicators, minCompleteness, rule);
}
