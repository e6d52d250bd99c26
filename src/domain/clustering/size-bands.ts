import type { OrgType } from '../org/org-kind.ts';

/** Size bands by organisation type: ascending thresholds (a size equal to one goes up) and who is counted, genitive plural. */
export const SIZE_BANDS: Record<OrgType, { thresholds: number[]; unit: string }> = {
  school: { thresholds: [100, 300, 800], unit: 'обучающихся' },
  kindergarten: { thresholds: [50, 150, 250], unit: 'воспитанников' },
  supplementary: { thresholds: [500, 1000], unit: 'обучающихся' },
  college: { thresholds: [500, 1000], unit: 'обучающихся' },
};

/** An organisation's size from its register attributes (pupils, or children for a kindergarten); null when not given. */
export function orgSize(attributes: Readonly<Record<string, unknown>>): number | null {
  const n = attributes.pupils ?? attributes.children;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null;
}

/** The band a size falls in: 0 below the first threshold, thresholds.length at or above the last. */
export function sizeBandIndex(size: number, thresholds: readonly number[]): number {
  return thresholds.filter((t) => size >= t).length;
}

/**
 * The sizes of bands from..to (inclusive) in words: «менее 100», «100–299», «800 и более»; '' when
 * the range holds every size.
 */
export function sizeRangeLabel(thresholds: readonly number[], from: number, to: number): string {
  const low = from <= 0 ? null : (thresholds[from - 1] ?? null);
  const next = to >= thresholds.length ? null : (thresholds[to] ?? null);
  if (low === null && next === null) return '';
  if (low === null) return `менее ${next}`;
  if (next === null) return `${low} и более`;
  return `${low}–${next - 1}`;
}
