import { describe, expect, it } from 'vitest';
import { zoneYears } from './zone-thresholds.ts';

describe('zoneYears', () => {
  it('orders years and puts the best zone first', () => {
    const scoring = {
      zones: [
        { year: 2022, bands: [{ zone: 'red', name: 'Красная', min: 0, max: 40 }] },
        {
          year: 2021,
          bands: [
            { zone: 'red', name: 'Красная зона', min: 43, max: 45 },
            { zone: 'green', name: 'Зеленая зона', min: 59, max: 82 },
            { zone: 'yellow', name: 'Желтая зона', min: 47, max: 58 },
          ],
        },
      ],
    };
    const years = zoneYears(scoring);
    expect(years.map((y) => y.year)).toEqual([2021, 2022]);
    expect(years[0]?.bands.map((b) => `${b.zone} ${b.min}–${b.max}`)).toEqual(['green 59–82', 'yellow 47–58', 'red 43–45']);
  });

  it('is empty without zones', () => {
    expect(zoneYears(undefined)).toEqual([]);
    expect(zoneYears({ rule: 'value / best × 100' })).toEqual([]);
  });
});
