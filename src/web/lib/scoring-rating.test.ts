import { describe, expect, it } from 'vitest';
import { chartBars, ratingOrder, resolvedPercent } from './scoring-rating.ts';

const n = (value: number | null) => ({ value, reason: value === null ? 'нет' : null, rule: '', calculation: '' });
const objects = [
  { code: '99-03', name: 'В', index: n(null) },
  { code: '99-02', name: 'Б', index: n(40) },
  { code: '99-01', name: 'А', index: n(75.5) },
  { code: '99-04', name: 'Г', index: n(40) },
];

describe('scoring rating', () => {
  it('orders by index, the unindexed last', () => {
    expect(ratingOrder(objects).map((o) => o.code)).toEqual(['99-01', '99-02', '99-04', '99-03']);
  });

  it('charts the indexed objects bottom-up', () => {
    expect(chartBars(objects)).toEqual([
      { name: 'Г', value: 40 },
      { name: 'Б', value: 40 },
      { name: 'А', value: 75.5 },
    ]);
  });

  it('counts resolved positions', () => {
    expect(resolvedPercent({ resolved: 93, positions: 372 })).toBe(25);
    expect(resolvedPercent({ resolved: 0, positions: 0 })).toBe(0);
  });
});
