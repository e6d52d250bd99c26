import type ExcelJS from 'exceljs';
import { isIsoDate } from '../../domain/validation/is-iso-date.ts';
import { parseRussianDate } from '../../domain/validation/parse-russian-date.ts';

/** A problem in an uploaded workbook: sheet, row (1-based), column letter and what to fix. */
export interface ImportIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
  /** A stable code for the kind of problem, where a caller may branch on it. */
  code?: 'formula_cycle';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The text of a cell: strings as they are, numbers as written, dates as ISO. A formula cell is
 * refused (its value may be stale or injected), rich text is flattened.
 */
export function cellText(cell: ExcelJS.Cell): { text: string } | { error: string } {
  const v = cell.value;
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v.trim() };
  if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v) };
  if (v instanceof Date) return { text: `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}` };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v)
      return { error: 'в ячейке формула Excel: замените её значением (Копировать → Специальная вставка → Значения)' };
    if ('richText' in v)
      return {
        text: v.richText
          .map((r) => r.text)
          .join('')
          .trim(),
      };
    if ('text' in v && typeof v.text === 'string') return { text: v.text.trim() };
    if ('error' in v) return { error: `в ячейке ошибка Excel ${String(v.error)}` };
  }
  return { error: 'значение ячейки не распознано' };
}

/** Parses dd.mm.yyyy or an ISO date into ISO; null when it is neither, or not a real day (31.02.2024). */
export function parseDate(text: string): string | null {
  return parseRussianDate(text) ?? (isIsoDate(text) ? text : null);
}
