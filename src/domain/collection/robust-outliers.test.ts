import { describe, expect, it } from 'vitest';
import { modifiedZScores, outlierWarning, MODIFIED_Z_LIMIT } from './robust-outliers.ts';

describe('modified z-scores (Iglewicz & Hoaglin)', () => {
  it('measures distance from the median in median absolute deviations', () => {
    // median 10, |x − 10| = 2, 1, 0, 1, 40 → MAD 1; M = 0.6745 × (x − 10) / 1.
    const z = modifiedZScores([8, 9, 10, 11, 50]);
    expect(z.map((v) => Number(v?.toFixed(4)))).toEqual([-1.349, -0.6745, 0, 0.6745, 26.98]);
  });

  it('falls back to the mean absolute deviation when more than half the values are equal', () => {
    // median 5, MAD 0; mean |x − 5| = 9 / 5 = 1.8; M = (x − 5) / (1.253314 × 1.8).
    const z = modifiedZScores([5, 5, 5, 5, 14]);
    expect(z[0]).toBe(0);
    expect(z[4]).toBeCloseTo(9 / (1.253314 * 1.8), 6);
  });

  it('says nothing when every value is the same or there are too few values', () => {
    expect(modifiedZScores([3, 3, 3])).toEqual([0, 0, 0]);
    expect(modifiedZScores([1, 100])).toEqual([null, null]);
  });
});

describe('outlierWarning', () => {
  const peers = [310, 295, 305, 320, 300, 290, 315];

  it('warns about a value far from similar organisations, saying how far and what is typical', () => {
    const w = outlierWarning(3050, peers);
    expect(w).toMatch(/сильно отличается от значений похожих организаций/);
    expect(w).toMatch(/медиана у них 305/);
  });

  it('keeps quiet within the limit', () => {
    expect(outlierWarning(330, peers)).toBeNull();
    expect(MODIFIED_Z_LIMIT).toBe(3.5);
  });
});
