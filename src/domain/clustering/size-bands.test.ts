import { describe, expect, it } from 'vitest';
import { orgSize, sizeBandIndex, sizeRangeLabel } from './size-bands.ts';

describe('size bands', () => {
  const thresholds = [100, 300, 800];

  it('puts a size equal to a threshold in the upper band', () => {
    expect([0, 99, 100, 299, 300, 799, 800, 5000].map((s) => sizeBandIndex(s, thresholds))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('says a range of bands in words', () => {
    expect(sizeRangeLabel(thresholds, 0, 0)).toBe('менее 100');
    expect(sizeRangeLabel(thresholds, 1, 1)).toBe('100–299');
    expect(sizeRangeLabel(thresholds, 1, 2)).toBe('100–799');
    expect(sizeRangeLabel(thresholds, 3, 3)).toBe('800 и более');
    expect(sizeRangeLabel(thresholds, 0, 3)).toBe('');
  });

  it('reads the size from the register: pupils, or children', () => {
    expect(orgSize({ pupils: 420 })).toBe(420);
    expect(orgSize({ children: 90 })).toBe(90);
    expect(orgSize({ pupils: '420' })).toBeNull();
    expect(orgSize({ pupils: -1 })).toBeNull();
    expect(orgSize({})).toBeNull();
  });
});
