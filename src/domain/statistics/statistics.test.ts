import { describe, expect, it } from 'vitest';
import { invalid, missing, ok, type Outcome } from '../outcome.ts';
import { changeFromPrevious, quantile, summarize } from './statistics.ts';

describe('quantile (QUARTILE.INC)', () => {
  it.each<[number[], number, number]>([
    [[1, 2, 3, 4], 0.25, 1.75], // h = 3 × 0.25 = 0.75 → 1 + 0.75 × (2 − 1)
    [[1, 2, 3, 4], 0.5, 2.5], // h = 1.5 → 2 + 0.5 × 1
    [[1, 2, 3, 4], 0.75, 3.25], // h = 2.25 → 3 + 0.25 × 1
    [[10, 20, 40, 80, 160], 0.25, 20], // h = 4 × 0.25 = 1 → x[1]
    [[10, 20, 40, 80, 160], 0.75, 80], // h = 3 → x[3]
    [[7, 15, 36, 39, 40, 41], 0.25, 20.25], // h = 1.25 → 15 + 0.25 × 21 (Excel: 20.25)
    [[7, 15, 36, 39, 40, 41], 0.75, 39.75], // h = 3.75 → 39 + 0.75 × 1 (Excel: 39.75)
    [[5], 0.75, 5], // one value
    [[1, 2], 0, 1],
    [[1, 2], 1, 2],
  ])('%j at %f = %f', (xs, p, expected) => expect(quantile(xs, p)).toBeCloseTo(expected, 12));
});

const obj = (objectId: number, outcome: Outcome) => ({ objectId, outcome });

describe('summarize', () => {
  const data = [obj(1, ok(40)), obj(2, ok(10)), obj(3, ok(30)), obj(4, ok(20)), obj(5, missing('нет')), obj(6, ok(40))];
  it('describes the ok values and counts the others', () => {
    // sorted 10, 20, 30, 40, 40; mean 140 / 5 = 28; q1: h = 1 → 20; median h = 2 → 30; q3 h = 3 → 40
    expect(summarize(data, 'higher_better')).toEqual(
      ok({ n: 5, nWithout: 1, min: 10, max: 40, mean: 28, q1: 20, median: 30, q3: 40, best: [1, 6], worst: [2] }),
    );
  });
  it.each<['higher_better' | 'lower_better' | 'context', number[], number[]]>([
    ['higher_better', [1, 6], [2]],
    ['lower_better', [2], [1, 6]],
    ['context', [], []],
  ])('best and worst by polarity %s', (polarity, best, worst) => {
    const s = summarize(data, polarity);
    expect(s.kind === 'ok' && [s.value.best, s.value.worst]).toEqual([best, worst]);
  });
  it('no values → missing', () => expect(summarize([obj(1, missing('нет'))], 'higher_better').kind).toBe('missing'));
});

describe('changeFromPrevious', () => {
  it.each<[string, Outcome, Outcome, ReturnType<typeof changeFromPrevious>]>([
    ['growth', ok(60), ok(50), ok({ absolute: 10, relative: ok(20) })], // 60 − 50 = 10; 10 × 100 / 50 = 20 %
    ['fall', ok(45), ok(60), ok({ absolute: -15, relative: ok(-25) })], // −15 × 100 / 60 = −25 %
    ['from a negative base', ok(-5), ok(-10), ok({ absolute: 5, relative: ok(50) })], // 5 × 100 / |−10|
    ['from 0', ok(3), ok(0), ok({ absolute: 3, relative: invalid('предыдущее значение равно 0') })],
    ['no previous', ok(3), missing('не сдано'), missing('нет значения за предыдущий период: не сдано')],
    ['no current', invalid('знаменатель равен 0'), ok(1), missing('нет значения за текущий период: знаменатель равен 0')],
  ])('%s', (_name, cur, prev, expected) => expect(changeFromPrevious(cur, prev)).toEqual(expected));
});
