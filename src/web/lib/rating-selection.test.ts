import { describe, expect, it } from 'vitest';
import type { CatalogueSummary, ClusteringsView, Period } from '../api/types.ts';
import { parseRatingQuery, pickCatalogue, pickCluster, pickComparison, pickPeriod, ratingQuery } from './rating-selection.ts';

const catalogue = (id: number, code: string, kind: CatalogueSummary['kind'] = 'indicators') => ({ id, code, kind }) as CatalogueSummary;
const period = (id: number, kind: Period['kind'], startsOn: string) => ({ id, kind, startsOn }) as Period;

describe('rating selection', () => {
  it('round-trips the URL query', () => {
    const selection = { catalogueId: 3, periodId: 7, key: 'municipality:12:school', clustering: 'size', cluster: 'size-1' };
    expect(parseRatingQuery(ratingQuery(selection))).toEqual(selection);
    expect(parseRatingQuery('?catalogue=x&period=-1')).toEqual({
      catalogueId: null,
      periodId: null,
      key: null,
      clustering: null,
      cluster: null,
    });
    // A cluster without its clustering is not kept.
    expect(ratingQuery({ catalogueId: 3, periodId: 7, key: 'k', clustering: null, cluster: 'size-1' })).toBe('?catalogue=3&period=7&key=k');
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
  it('keeps a requested cluster only if the comparison has it', () => {
    const view: ClusteringsView = {
      title: 'T',
      objects: 3,
      clusterings: [
        { key: 'settlement', label: 'по типу поселения', description: '', clusters: [{ key: 'rural', label: 'сельские', members: 2 }] },
        { key: 'size', label: 'по численности', description: '', clusters: [], unavailable: 'нет численности' },
      ],
    };
    expect(pickCluster(view, 'settlement', 'rural')).toEqual({ clustering: 'settlement', cluster: 'rural' });
    expect(pickCluster(view, 'settlement', 'urban')).toEqual({ clustering: 'settlement', cluster: null });
    expect(pickCluster(view, 'size', 'size-0')).toEqual({ clustering: null, cluster: null });
    expect(pickCluster(undefined, 'settlement', 'rural')).toEqual({ clustering: null, cluster: null });
  });
});
