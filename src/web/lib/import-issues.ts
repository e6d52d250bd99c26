import type { ImportIssue } from '../api/types.ts';

const text = (value: unknown): string | null => {
  if (typeof value === 'string' && value.trim()) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
};

// The server repeats the location at the start of each message; the table shows it in its own columns.
const LOCATION_PREFIX = /^лист «[^»]*»(?:, строка \d+)?(?:, столбец [A-Z]+)?:\s*/;

/** The problems listed in the `details` of an `import_invalid` error (tolerant of missing fields). */
export function importIssues(details: unknown): ImportIssue[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((item: unknown): ImportIssue[] => {
    if (typeof item === 'string') return [{ sheet: null, row: null, column: null, message: item }];
    if (!item || typeof item !== 'object') return [];
    const d = item as Record<string, unknown>;
    const message = text(d.message)?.replace(LOCATION_PREFIX, '');
    if (!message) return [];
    const row = typeof d.row === 'number' ? d.row : Number(text(d.row) ?? Number.NaN);
    return [{ sheet: text(d.sheet), row: Number.isFinite(row) ? row : null, column: text(d.column), message }];
  });
}
