import { describe, expect, it } from 'vitest';
import { isHistorical } from './is-historical.ts';
import { pluralRu } from './plural-ru.ts';
import { validityParts } from './validity-parts.ts';

describe('catalogue validity', () => {
  const now = new Date(2025, 5, 15);
  it('is historical only when the last valid day has passed', () => {
    expect(isHistorical(null, now)).toBe(false);
    expect(isHistorical('2025-06-15', now)).toBe(false);
    expect(isHistorical('2025-06-14', now)).toBe(true);
  });
  it('is shown as dd.mm.yyyy with «по н.в.» for an open end', () => {
    expect(validityParts('2021-06-21', null)).toEqual(['с 21.06.2021', 'по н.в.']);
    expect(validityParts('2021-01-01', '2022-12-31')).toEqual(['с 01.01.2021', 'по 31.12.2022']);
  });
  it('counts in Russian', () => {
    expect([1, 2, 5, 11, 21, 22, 112].map((n) => pluralRu(n, 'показатель', 'показателя', 'показателей'))).toEqual([
      'показатель',
      'показателя',
      'показателей',
      'показателей',
      'показатель',
      'показателя',
      'показателей',
    ]);
  });
});
