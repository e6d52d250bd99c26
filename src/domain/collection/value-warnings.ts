import type { EntryElement, EntryIssue } from './validate-entries.ts';
import { fieldName } from './breakdown-label.ts';
import { outlierWarning } from './robust-outliers.ts';

/** A change from the previous period larger than this share of it (and than MIN_JUMP) asks for a check. */
export const PREVIOUS_CHANGE_LIMIT = 0.5;
/** Small counts jump by a few units without meaning anything («3 → 6»). */
const MIN_JUMP = 5;

const fmt = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

/** A warning when a value is far from the same field's value in the previous period; null when it is not. */
export function previousPeriodWarning(value: number, previous: number | null | undefined): string | null {
  if (previous === null || previous === undefined) return null;
  const jump = Math.abs(value - previous);
  if (jump < MIN_JUMP) return null;
  if (previous !== 0 && jump <= Math.abs(previous) * PREVIOUS_CHANGE_LIMIT) return null;
  const change = previous === 0 ? '' : ` (${value > previous ? '+' : '−'}${fmt((jump / Math.abs(previous)) * 100)} %)`;
  return (
    `Значение ${fmt(value)} сильно отличается от прошлого периода: было ${fmt(previous)}${change}. ` +
    'Проверьте его; если оно верно, подтвердите комментарием.'
  );
}

/**
 * Warnings, not errors, for one organisation's values: far from its previous period, or an outlier
 * among similar organisations (modified z-score; `peerGroup` says who they are, genitive). A value
 * equal to the organisation's own value of the previous period is not an outlier: it was accepted
 * once already. A warning blocks submission only until the representative confirms the value with
 * a comment.
 */
export function valueWarnings(input: {
  values: readonly { element: string; breakdown: string; value: number }[];
  elements: ReadonlyMap<string, EntryElement>;
  previous: ReadonlyMap<string, number>;
  peers: ReadonlyMap<string, readonly number[]>;
  peerGroup?: string;
  at?: (element: string, breakdown: string) => string | undefined;
}): EntryIssue[] {
  const issues: EntryIssue[] = [];
  for (const v of input.values) {
    const key = `${v.element}|${v.breakdown}`;
    const element = input.elements.get(v.element);
    if (element?.valueType === 'boolean') continue;
    const name = fieldName(element?.name ?? v.element, v.breakdown);
    const at = input.at?.(v.element, v.breakdown);
    const base = { severity: 'warning' as const, element: v.element, breakdown: v.breakdown, ...(at ? { at } : {}) };
    const previous = input.previous.get(key);
    const fromPrevious = previousPeriodWarning(v.value, previous);
    if (fromPrevious) issues.push({ ...base, code: 'far_from_previous', message: `${name}: ${fromPrevious}` });
    const fromPeers = previous === v.value ? null : outlierWarning(v.value, input.peers.get(key) ?? [], input.peerGroup);
    if (fromPeers) issues.push({ ...base, code: 'outlier', message: `${name}: ${fromPeers}` });
  }
  return issues;
}
