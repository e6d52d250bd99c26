import { describe, expect, it } from 'vitest';
import { indicatorPageFromRatings, indicatorPageUrl, parseIndicatorPageQuery, ratingsUrlOf } from './indicator-page-url.ts';

describe('indicator page URL', () => {
  const params = { code: '1.2.3', catalogueId: 4, periodId: 9, key: 'municipality:12:school' };

  it('round-trips through the path and query', () => {
    const url = indicatorPageUrl(params);
    expect(url).toBe('/results/indicator/1.2.3?catalogueId=4&periodId=9&key=municipality%3A12%3Aschool');
    const search = url.slice(url.indexOf('?'));
    expect(parseIndicatorPageQuery('1.2.3', search)).toEqual(params);
  });

  it('refuses an incomplete or malformed query', () => {
    expect(parseIndicatorPageQuery('1.2.3', '?catalogueId=4&periodId=9')).toBeNull();
    expect(parseIndicatorPageQuery('1.2.3', '?catalogueId=x&periodId=9&key=k')).toBeNull();
    expect(parseIndicatorPageQuery('1.2.3', '?catalogueId=0&periodId=9&key=k')).toBeNull();
  });

  it('is built from the ratings page query and leads back to it', () => {
    expect(indicatorPageFromRatings('1.2.3', '?catalogue=4&period=9&key=municipality%3A12%3Aschool')).toBe(indicatorPageUrl(params));
    expect(indicatorPageFromRatings('1.2.3', '?catalogue=4&period=9')).toBeNull();
    expect(ratingsUrlOf(params)).toBe('/ratings?catalogue=4&period=9&key=municipality%3A12%3Aschool');
  });
});
