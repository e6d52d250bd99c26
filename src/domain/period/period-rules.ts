import type { PeriodSpec } from './period.ts';

/** "2026-09-01" → "01.09.2026". */
const ru = (iso: string) => iso.slice(0, 10).split('-').reverse().join('.');

/**
 * Why a period's dates cannot be these, in Russian, or null. The rule: start ≤ end, and no overlap
 * with another period of the same kind (two school years sharing a day would both claim the data of
 * that day); periods of different kinds (a calendar and a school year) overlap by nature.
 */
export function periodDatesRefusal(
  candidate: Pick<PeriodSpec, 'code' | 'kind' | 'startsOn' | 'endsOn'>,
  others: readonly Pick<PeriodSpec, 'code' | 'kind' | 'startsOn' | 'endsOn'>[],
): string | null {
  if (candidate.startsOn > candidate.endsOn) return 'Дата начала периода позже даты окончания: поменяйте их местами.';
  const clash = others.find(
    (o) => o.code !== candidate.code && o.kind === candidate.kind && o.startsOn <= candidate.endsOn && candidate.startsOn <= o.endsOn,
  );
  if (clash) {
    return `Даты ${ru(candidate.startsOn)}–${ru(candidate.endsOn)} пересекаются с периодом «${clash.code}» (${ru(clash.startsOn)}–${ru(clash.endsOn)}): периоды одного вида не должны пересекаться.`;
  }
  return null;
}

export interface FormState {
  status: 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted';
  acceptedAt: Date | null;
  submittedAt: Date | null;
}

/**
 * Whether a campaign form may take values (be saved, sent, accepted) in a period closed at `closedAt`:
 * only a form the operator returned for correction or reopened after acceptance — returned, a draft
 * that was once accepted, or one sent again after the period was closed (it can only have got there
 * through a return or a reopening).
 */
export function formOpenInClosedPeriod(form: FormState, closedAt: Date): boolean {
  if (form.status === 'returned') return true;
  if (form.status === 'draft') return form.acceptedAt !== null;
  if (form.status === 'submitted') return form.acceptedAt !== null || (form.submittedAt !== null && form.submittedAt > closedAt);
  return false;
}
