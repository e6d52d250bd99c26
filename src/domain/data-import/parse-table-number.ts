import { parseEnteredNumber } from '../collection/parse-entered-number.ts';

/** A cell of a table of numbers, read: a number, missing (not zero), or refused with the reason. */
export type TableNumber = { kind: 'number'; value: number; percent: boolean } | { kind: 'missing' } | { kind: 'invalid'; reason: string };

// How people write «no value» in monitoring tables; compared without case and inner spaces.
const NO_DATA = new Set(['', '-', '—', '–', 'н/д', 'нд', 'н.д.', 'нетданных', 'x', 'х']);

/**
 * Reads a cell of a wide table as people write numbers: «1 234,5», «1 234» (no-break space),
 * «12,3 %», «12.5». Empty, «—», «-», «н/д», «нет данных» are missing, never zero; a trailing «%»
 * is kept as `percent` (the value stays 12.3). Anything else is refused with what is wrong.
 */
export function parseTableNumber(raw: string | number | null | undefined): TableNumber {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { kind: 'number', value: raw, percent: false } : { kind: 'invalid', reason: 'не число' };
  }
  const text = raw.trim();
  if (NO_DATA.has(text.toLowerCase().replace(/[\s\u00a0\u202f]/g, ''))) return { kind: 'missing' };
  const percent = /[\s\u00a0\u202f]*%$/.exec(text);
  const body = percent ? text.slice(0, percent.index) : text;
  const parsed = parseEnteredNumber(body);
  if (parsed.kind === 'number') return { kind: 'number', value: parsed.value, percent: percent !== null };
  if (parsed.kind === 'empty') return { kind: 'invalid', reason: `«${text}» — знак процента без числа` };
  return {
    kind: 'invalid',
    reason: `«${text.length > 40 ? `${text.slice(0, 40)}…` : text}» — не число: пишите цифрами (1 234,5), пустая ячейка или «—» — нет данных`,
  };
}
