import { describe, expect, it } from 'vitest';
import { isIsoDate } from './is-iso-date.ts';
import { parseRussianDate } from './parse-russian-date.ts';

describe('isIsoDate', () => {
  it('accepts days that exist and refuses the rest', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('2024-1-5')).toBe(false);
    expect(isIsoDate('05.01.2024')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});

describe('parseRussianDate', () => {
  it('reads dd.mm.yyyy and d.m.yyyy as ISO', () => {
    expect(parseRussianDate('25.11.2026')).toBe('2026-11-25');
    expect(parseRussianDate(' 5.1.2026 ')).toBe('2026-01-05');
    expect(parseRussianDate('29.02.2024')).toBe('2024-02-29');
  });

  it('refuses what is not a day that exists', () => {
    expect(parseRussianDate('31.02.2024')).toBeNull();
    expect(parseRussianDate('2026-11-25')).toBeNull();
    expect(parseRussianDate('25.11.26')).toBeNull();
    expect(parseRussianDate('')).toBeNull();
  });
});
