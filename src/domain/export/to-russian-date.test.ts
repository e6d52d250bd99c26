import { describe, expect, it } from 'vitest';
import { toRussianDate } from './to-russian-date.ts';

describe('toRussianDate', () => {
  it('writes an ISO day as dd.mm.yyyy', () => {
    expect(toRussianDate('2026-01-31')).toBe('31.01.2026');
    expect(toRussianDate('1999-12-05')).toBe('05.12.1999');
  });

  it('returns other text as it is and no value as empty', () => {
    expect(toRussianDate('31.01')).toBe('31.01');
    expect(toRussianDate('2026-01-31T10:00:00Z')).toBe('2026-01-31T10:00:00Z');
    expect(toRussianDate('')).toBe('');
    expect(toRussianDate(null)).toBe('');
    expect(toRussianDate(undefined)).toBe('');
  });
});
