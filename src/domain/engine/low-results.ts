import { invalid, missing, ok, type Outcome } from './outcome.ts';

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
  /** Smaller groups are reported but not flagged: 1–3 pupils make a share meaningless. */
  minParticipants: number;
}

export const LOW_RESULT_DEFAULTS: LowResultParams = { thresholdPercent: 30, minParticipants: 5 };

/** low: flagged; not_low: below the threshold; small_group: share ≥ threshold but too few participants to flag. */
export interface LowResultVerdict {
  status: 'low' | 'not_low' | 'small_group';
  /** Share of low results, in %. */
  share: number;
  reason: string;
}

/**
 * Whether an assessment result is low (004 §1.1): low × 100 ≥ threshold × participants (exact in integers,
 * so 30 % exactly is low). Fewer than minParticipants → reported, status small_group. No participants → missing.
 */
export function assessLowResult(r: AssessmentResult, params: LowResultParams = LOW_RESULT_DEFAULTS): Outcome<LowResultVerdict> {
  if (r.participants === 0) return missing(`${r.label}: нет участников`);
  if (r.participants < 0 || r.low < 0 || r.low > r.participants)
    return invalid(`${r.label}: неверные числа (${r.low} из ${r.participants})`);
  const share = (r.low * 100) / r.participants;
  const text = `${r.label}: ${r.low} из ${r.participants} (${share.toFixed(1)} %)`;
  if (r.low * 100 < params.thresholdPercent * r.participants)
    return ok({ status: 'not_low', share, reason: `${text} < ${params.thresholdPercent} %` });
  if (r.participants < params.minParticipants) {
    return ok({
      status: 'small_group',
      share,
      reason: `${text} ≥ ${params.thresholdPercent} %, но участников меньше ${params.minParticipants}: не отмечается`,
    });
  }
  return ok({ status: 'low', share, reason: `${text} ≥ ${params.thresholdPercent} %: низкий результат` });
}
