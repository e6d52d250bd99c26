import { quoteInput } from '../validation/quote-input.ts';

/** What a person typed in a form cell or a spreadsheet cell, read as a number. */
export type EnteredNumber = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'invalid'; reason: string };

// Digits with an optional sign, thousands grouped by spaces (ordinary, no-break or narrow no-break)
// and one decimal separator, comma or point. Nothing else: no exponent, no percent sign, no mixing
// of a point for thousands with a comma for decimals (ambiguous between locales).
const NUMBER = /^[-+]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?$|^[-+]?\d+(?:[.,]\d+)?$/;

/**
 * Reads an entered value as Russian users write numbers: «12», «12,5», «1 234,5» (and «12.5»).
 * Empty text is «empty», not zero; anything else that is not a number is refused with the reason.
 */
export function parseEnteredNumber(raw: string | number | null | undefined): EnteredNumber {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'invalid', reason: `${quoteInput(String(raw))} — не число` };
  }
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  if (!NUMBER.test(text))
    return { kind: 'invalid', reason: `${quoteInput(text)} — не число: пишите цифрами, дробную часть — через запятую (12,5)` };
  return { kind: 'number', value: Number(text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.')) };
}
