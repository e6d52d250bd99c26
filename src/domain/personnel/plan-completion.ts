import type { PlanItem } from './personnel.ts';

/** The bands of seed 003 D4.09–D4.11; over 90 % and under 100 % falls in none, as the source reads. */
export type CompletionBand = 'full' | 'partial' | 'low' | 'none';
export const COMPLETION_BAND_NAMES: Record<CompletionBand, string> = {
  full: 'полностью (показатель D4.09)',
  partial: 'от 50 до 90 % (показатель D4.10)',
  low: 'менее 50 % (показатель D4.11)',
  none: 'свыше 90 %, но не полностью: источник не относит к группам D4.09–D4.11',
};

/**
 * How much of an individual development plan is done by a date, in %: the items due on or before
 * the date, done by then, over those items; when nothing is due yet, over all items. Null for an
 * empty plan.
 */
export function planCompletion(items: readonly PlanItem[], asOf: string): number | null {
  if (items.length === 0) return null;
  const due = items.filter((i) => i.dueOn <= asOf);
  const counted = due.length ? due : items;
  const done = counted.filter((i) => i.doneOn !== null && i.doneOn <= asOf).length;
  return (done * 100) / counted.length;
}

export function completionBand(percent: number): CompletionBand {
  if (percent >= 100) return 'full';
  if (percent >= 50 && percent <= 90) return 'partial';
  if (percent < 50) return 'low';
  return 'none';
}
