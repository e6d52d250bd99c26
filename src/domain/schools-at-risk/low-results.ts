import { invalid, missing, ok, type Outcome } from '../outcome.ts';

/** One assessment result of a school: participants and those with «2» (ВПР) or below the minimum threshold (ОГЭ, ЕГЭ). */
export interface AssessmentResult {
  /** e.g. «ВПР, математика, 5 класс». */
  label: string;
  participants: number;
  low: number;
}

export interface LowResultParams {
  /** 004 §1.1: at least 30 % of the participants. */
  thresholdPercent: number;
  /**
   * A minimum group size: smaller groups are reported but not flagged. 004 §1.1 has none, so the default is
   * null (no minimum); a number is the authority's own rule and is labelled so wherever it acts.
   */
  minParticipants: number | null;
}

export const LOW_RESULT_DEFAULTS: LowResultParams = { thresholdPercent: 30, minParticipants: null };

/** How a minimum group size is labelled: it is not the seed's rule. */
export const AUTHORITY_MIN_LABEL = 'правило органа управления, в методике 004 §1.1 минимума нет';

/** low: flagged; not_low: below the threshold; small_group: share ≥ threshold but too few participants to flag. */
export interface LowResultVerdict {
  status: 'low' | 'not_low' | 'small_group';
  /** Share of low results, in %. */
  share: number;
  reason: string;
}

/**
 * Whether an assessment result is low (004 §1.1): low × 100 ≥ threshold × participants (exact in integers,
 * so 30 % exactly is low). No minimum group by default (the seed has none); with the authority's minimum, fewer
 * participants → reported, status small_group. No participants → missing.
 */
export function assessLowResult(r: AssessmentResult, params: LowResultParams = LOW_RESULT_DEFAULTS): Outcome<LowResultVerdict> {
  if (r.participants === 0) return missing(`${r.label}: нет участников`);
  if (r.participants < 0 || r.low < 0 || r.low > r.participants)
    return invalid(`${r.label}: неверные числа (${r.low} из ${r.participants})`);
  const share = (r.low * 100) / r.participants;
  const text = `${r.label}: ${r.low} из ${r.participants} (${share.toFixed(1)} %)`;
  if (r.low * 100 < params.thresholdPercent * r.participants)
    return ok({ status: 'not_low', share, reason: `${text} < ${params.thresholdPercent} %` });
  if (params.minParticipants !== null && r.participants < params.minParticipants) {
    return ok({
      status: 'small_group',
      share,
      reason: `${text} ≥ ${params.thresholdPercent} %, но участников меньше ${params.minParticipants} (${AUTHORITY_MIN_LABEL}): не отмечается`,
    });
  }
  return ok({ status: 'low', share, reason: `${text} ≥ ${params.thresholdPercent} %: низкий результат` });
}
