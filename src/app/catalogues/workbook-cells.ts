import type ExcelJS from 'exceljs';

/** A problem in an uploaded workbook: sheet, row (1-based), column letter and what to fix. */
export interface ImportIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
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
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = ru ? `${ru[3]}-${pad(Number(ru[2]))}-${pad(Number(ru[1]))}` : /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  return iso !== null && isCalendarDate(iso) ? iso : null;
}

/** A day that exists: 31.02 or 00.13 do not, and neither does year 0. */
function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
