import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date.ts';

describe('formatDate', () => {
  it('formats date-only values without a time-zone shift', () => {
    expect(formatDate('2025-09-01')).toBe('01.09.2025');
  });
  it('formats timestamps in local time', () => {
    const local = new Date(2026, 10, 3, 9, 5);
    expect(formatDate(local.toISOString())).toBe('03.11.2026');
    expect(formatDateTime(local.toISOString())).toBe('03.11.2026 09:05');
  });
  it('shows a dash for empty values and the raw text for garbage', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime('')).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
