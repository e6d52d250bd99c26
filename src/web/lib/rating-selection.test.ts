import { describe, expect, it } from 'vitest';
import type { CatalogueSummary, Period } from '../api/types.ts';
import { parseRatingQuery, pickCatalogue, pickComparison, pickPeriod, ratingQuery } from './rating-selection.ts';

const catalogue = (id: number, code: string, kind: CatalogueSummary['kind'] = 'indicators') => ({ id, code, kind }) as CatalogueSummary;
const period = (id: number, kind: Period['kind'], startsOn: string) => ({ id, kind, startsOn }) as Period;

describe('rating selection', () => {
  it('round-trips the URL query', () => {
    const selection = { catalogueId: 3, periodId: 7, key: 'municipality:12:school' };
    expect(parseRatingQuery(ratingQuery(selection))).toEqual(selection);
    expect(parseRatingQuery('?catalogue=x&period=-1')).toEqual({ catalogueId: null, periodId: null, key: null });
  });
  it('prefers seed001-municipal among indicator catalogues', () => {
    const items = [
      catalogue(1, 'fioko', 'mechanisms'),
      catalogue(2, 'motivating'),
      catalogue(5, 'seed001-municipal'),
      catalogue(4, 'seed001-municipal'),
    ];
    expect(pickCatalogue(items, null)).toBe(5);
    expect(pickCatalogue(items, 2)).toBe(2);
    expect(pickCatalogue(items, 1)).toBe(5);
    expect(pickCatalogue([catalogue(2, 'motivating')], null)).toBe(2);
    expect(pickCatalogue([], null)).toBeNull();
  });
  it('defaults to the latest school year', () => {
    const periods = [
      period(1, 'calendar_year', '2026-01-01'),
      period(2, 'school_year', '2025-09-01'),
      period(3, 'school_year', '2024-09-01'),
    ];
    expect(pickPeriod(periods, null)).toBe(2);
    expect(pickPeriod(periods, 3)).toBe(3);
    expect(pickPeriod([period(1, 'calendar_year', '2026-01-01')], 9)).toBe(1);
  });
  it('defaults to the first comparison', () => {
    const items = [
      { key: 'a', title: 'A', scopeOrgId: 1 },
      { key: 'b', title: 'B', scopeOrgId: 1 },
    ];
    expect(pickComparison(items, 'b')).toBe('b');
    expect(pickComparison(items, 'z')).toBe('a');
    expect(pickComparison([], 'z')).toBeNull();
  });
});
