import { describe, expect, it } from 'vitest';
import { directionScore, meanScore, summaryScore, type ScorePart } from './direction-scores.ts';
import { invalid, missing, ok } from './outcome.ts';

const parts = (...scores: (number | 'missing' | 'invalid')[]): ScorePart[] =>
  scores.map((s, i) => ({
    code: `K${i + 1}`,
    score: s === 'missing' ? missing('нет данных') : s === 'invalid' ? invalid('знаменатель 0') : ok(s),
  }));

describe('meanScore', () => {
  it.each([
    ['plain mean', parts(60, 90, 75), 75, [3, 3, 3]], // (60 + 90 + 75) / 3 = 75
    ['missing counts against completeness, 2 of 3 ≥ 0.5', parts(60, 90, 'missing'), 75, [2, 3, 3]], // (60 + 90) / 2
    ['invalid leaves the divisor', parts(60, 'invalid', 90), 75, [2, 2, 3]], // (60 + 90) / 2, 2 of 2 apply
    ['exactly half is enough', parts(80, 'missing'), 80, [1, 2, 2]], // 1 / 2 = 0.5 ≥ 0.5
  ] as const)('%s', (_name, input, mean, [scored, applicable, total]) => {
    const r = meanScore(input);
    expect(r.score).toEqual(ok(mean));
    expect(r.completeness).toMatchObject({ scored, applicable, total });
  });

  it('below the minimum completeness: not ranked, completeness still reported', () => {
    const r = meanScore(parts(80, 'missing', 'missing')); // 1 / 3 = 33 % < 50 %
    expect(r.score).toEqual(missing('полнота 1 из 3 (33 %) меньше минимальной 50 %: не ранжируется'));
    expect(r.completeness).toEqual({ scored: 1, applicable: 3, total: 3, share: 1 / 3 });
  });

  it('the minimum is a parameter', () => {
    expect(meanScore(parts(80, 'missing', 'missing'), 0.3).score).toEqual(ok(80)); // 1 / 3 ≥ 0.3
    expect(meanScore(parts(80, 60, 'missing'), 1).score.kind).toBe('missing'); // 2 / 3 < 1
  });

  it.each([
    ['nothing applies', parts('invalid', 'invalid'), invalid('ни один показатель не рассчитан')],
    ['no parts', parts(), invalid('ни один показатель не рассчитан')],
    ['all missing', parts('missing'), missing('полнота 0 из 1 (0 %) меньше минимальной 50 %: не ранжируется')],
  ] as const)('%s', (_name, input, expected) => {
    expect(meanScore(input, 0.5).score).toEqual(expected);
  });

  it('weights the mean', () => {
    const weighted: ScorePart[] = [
      { code: 'K1', score: ok(60), weight: 2 },
      { code: 'K2', score: ok(90), weight: 1 },
    ];
    expect(meanScore(weighted).score).toEqual(ok(70)); // (60 × 2 + 90 × 1) / 3 = 70
  });
});

describe('summaryScore', () => {
  // D1 = (60 + 90) / 2 = 75, D2 = 30 / 1 = 30
  const indicators = parts(60, 90, 30);
  const directions = [
    { code: 'D1', score: directionScore(indicators.slice(0, 2)).score },
    { code: 'D2', score: directionScore(indicators.slice(2)).score },
  ];
  it.each([
    ['directions', 52.5], // (75 + 30) / 2 = 52.5
    ['indicators', 60], // (60 + 90 + 30) / 3 = 60
  ] as const)('mode %s', (mode, expected) => {
    expect(summaryScore(mode, { directions, indicators }).score).toEqual(ok(expected));
  });
});
