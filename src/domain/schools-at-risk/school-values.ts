/** One stored value of a data element of a school (data_value: element, canonical breakdown key, value). */
export interface StoredValue {
  element: string;
  breakdown: string;
  value: number;
}

/** The stored values of one school in one school year; `year` is the year it starts (2024 for 2024/2025). */
export interface SchoolYearValues {
  year: number;
  /** How the year is shown, e.g. «2024/2025». */
  label: string;
  values: readonly StoredValue[];
}

/**
 * The total of an element over all its breakdown values (an unfiltered reference sums the breakdown,
 * catalogs/data-elements/common.yaml); null when the school has no value of it: missing, never zero.
 */
export function totalOf(values: readonly StoredValue[], element: string): number | null {
  let total: number | null = null;
  for (const v of values) if (v.element === element) total = (total ?? 0) + v.value;
  return total;
}

// One formatter for every sentence: toLocaleString builds a new one per call, thousands of times per list.
const PERCENT = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

/** A share in % in Russian notation: 33.333 → «33,3 %». */
export function percentText(share: number): string {
  return `${PERCENT.format(share)} %`;
}
