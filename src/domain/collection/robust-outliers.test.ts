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

  it('warns about a value far from similar organisations in words: too many or too few, and what is usual among whom', () => {
    // sorted peers 290, 295, 300, 305, 310, 315, 320: first quartile 297,5, third 312,5
    expect(outlierWarning(3050, peers, 'школ с числом обучающихся 100–299 в регионе')).toBe(
      'Значение 3050 — необычно много для школ с числом обучающихся 100–299 в регионе: обычно 297,5–312,5 (по 7 организациям). ' +
        'Проверьте его; если оно верно, подтвердите комментарием.',
    );
    expect(outlierWarning(3, peers)).toMatch(/^Значение 3 — необычно мало для похожих организаций: обычно 297,5–312,5 \(по 7 /);
    expect(outlierWarning(40, [5, 5, 5, 5, 5, 5, 14])).toMatch(/обычно 5 \(по 7 организациям\)/);
  });

  it('keeps quiet within the limit', () => {
    expect(outlierWarning(330, peers)).toBeNull();
    expect(MODIFIED_Z_LIMIT).toBe(3.5);
  });
});
