import { assessLowResult, LOW_RESULT_DEFAULTS, type AssessmentResult, type LowResultParams } from './low-results.ts';

/** The assessment results of one school in one year. */
export interface YearResults {
  year: number;
  results: readonly AssessmentResult[];
}

export interface StableLowParams extends LowResultParams {
  /** Window of the last years, ending with the latest year given (calendar span, gaps count as not low). */
  windowYears: number;
  /** Years in the window with at least one low result needed for «stably low». */
  minLowYears: number;
}

export const STABLE_LOW_DEFAULTS: StableLowParams = { ...LOW_RESULT_DEFAULTS, windowYears: 3, minLowYears: 2 };

export interface StableLowVerdict {
  stablyLow: boolean;
  lowYears: number[];
  /** Every flagged result in the window, small groups and years without data, as sentences. */
  reasons: string[];
}

/**
 * Stably low results (a sign of ШНОР, 004 §1.1; the seed gives no count, so the rule is a parameter):
 * a year is low when at least one of its results is flagged low; stably low when at least minLowYears of
 * the last windowYears years (default 2 of 3) are low. Years absent from the input count as not low.
 */
export function assessStablyLow(history: readonly YearResults[], params: StableLowParams = STABLE_LOW_DEFAULTS): StableLowVerdict {
  const latest = Math.max(...history.map((h) => h.year));
  if (!Number.isFinite(latest)) return { stablyLow: false, lowYears: [], reasons: ['нет результатов оценочных процедур'] };
  const lowYears: number[] = [];
  const reasons: string[] = [];
  for (let year = latest - params.windowYears + 1; year <= latest; year++) {
    const results = history.filter((h) => h.year === year).flatMap((h) => h.results);
    if (results.length === 0) reasons.push(`${year}: нет результатов`);
    for (const r of results) {
      const v = assessLowResult(r, params);
      if (v.kind !== 'ok') reasons.push(`${year}: ${v.reason}`);
      else if (v.value.status !== 'not_low') reasons.push(`${year}: ${v.value.reason}`);
      if (v.kind === 'ok' && v.value.status === 'low' && !lowYears.includes(year)) lowYears.push(year);
    }
  }
  const stablyLow = lowYears.length >= params.minLowYears;
  reasons.push(`низкие результаты в ${lowYears.length} из ${params.windowYears} последних лет (нужно не менее ${params.minLowYears})`);
  return { stablyLow, lowYears, reasons };
}
