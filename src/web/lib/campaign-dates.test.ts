import { describe, expect, it } from 'vitest';
import { isIsoDate, isoToday, isoToRuDate, maskRuDate, ruDateToIso } from './campaign-dates.ts';

describe('campaign dates', () => {
  it('reads dd.mm.yyyy as an ISO date, refusing dates that do not exist', () => {
    expect(ruDateToIso('25.11.2026')).toBe('2026-11-25');
    expect(ruDateToIso(' 5.1.2026 ')).toBe('2026-01-05');
    expect(ruDateToIso('29.02.2025')).toBeNull();
    expect(ruDateToIso('2026-11-25')).toBeNull();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
  });

  it('shows an ISO date as dd.mm.yyyy and leaves other text alone', () => {
    expect(isoToRuDate('2026-01-31')).toBe('31.01.2026');
    expect(isoToRuDate('31.01')).toBe('31.01');
    expect(isoToRuDate(null)).toBe('');
  });

  it('puts the dots in while digits are typed', () => {
    expect(maskRuDate('2')).toBe('2');
    expect(maskRuDate('251')).toBe('25.1');
    expect(maskRuDate('25112026')).toBe('25.11.2026');
    expect(maskRuDate('251120261')).toBe('25.11.2026');
    expect(maskRuDate('5.1.2026')).toBe('5.1.2026');
    expect(maskRuDate('25.11.2026г')).toBe('25.11.2026');
    expect(maskRuDate('25.112')).toBe('25.11.2');
    expect(maskRuDate('25.')).toBe('25.');
    expect(maskRuDate('.5')).toBe('5');
  });

  it('says today in local time', () => {
    expect(isoToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
