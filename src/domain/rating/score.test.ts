import { describe, expect, it } from 'vitest';
import type { Polarity } from '../catalogue/catalogue.ts';
import { invalid, missing, ok, type Outcome } from '../outcome.ts';
import { explainScore, findBest, scoreValue, type InversionRule, type ObjectValue } from './score.ts';

const set = (...values: (number | null)[]): ObjectValue[] =>
  values.map((v, i) => ({ id: `o${i + 1}`, value: v === null ? missing('нет данных') : ok(v) }));

// Pins the rule best / value × 100 (`ratio`) for lower_better; the linear rule (the default) is tested below.
const scoreOf = (value: Outcome, reference: ObjectValue[], polarity: Polarity, inversion: InversionRule = 'ratio') =>
  scoreValue(value, findBest(reference, polarity), inversion);

describe('findBest', () => {
  it.each([
    ['max for higher_better', set(40, 60, 50), 'higher_better', { value: 60, objectId: 'o2', referenceSize: 3 }],
    ['min for lower_better', set(40, 60, 10), 'lower_better', { value: 10, objectId: 'o3', referenceSize: 3 }],
    ['skips missing, counts only values', set(null, 5, null), 'higher_better', { value: 5, objectId: 'o2', referenceSize: 1 }],
    ['first object on a tie', set(7, 7), 'higher_better', { value: 7, objectId: 'o1', referenceSize: 2 }],
    ['0 is a valid lower_better best', set(0, 3), 'lower_better', { value: 0, objectId: 'o1', referenceSize: 2 }],
  ] as const)('%s', (_name, reference, polarity, expected) => {
    expect(findBest(reference, polarity)).toMatchObject(ok({ ...expected, polarity }));
  });

  it.each([
    ['higher_better best 0', set(0, 0), 'higher_better', invalid('лучшее значение равно 0: показатель не оценивается')],
    ['no values', set(null, null), 'higher_better', missing('нет ни одного значения в эталонном наборе')],
    ['context', set(1, 2), 'context', invalid('контекстный показатель не оценивается в баллах')],
    ['negative', set(1, -2), 'higher_better', invalid('отрицательное значение -2 у «o2»: правило value / best не применимо')],
  ] as const)('%s', (_name, reference, polarity, expected) => {
    expect(findBest(reference, polarity)).toEqual(expected);
  });
});

describe('scoreValue', () => {
  it.each([
    [45, set(60, 45), 'higher_better', 75, 'value_over_best'], // 45 / 60 × 100 = 75
    [60, set(60, 45), 'higher_better', 100, 'value_over_best'], // the best gets 100
    [0, set(60, 0), 'higher_better', 0, 'value_over_best'], // 0 / 60 × 100 = 0
    [20, set(10, 20), 'lower_better', 50, 'best_over_value'], // 10 / 20 × 100 = 50 (rule ratio)
    [10, set(10, 20), 'lower_better', 100, 'best_over_value'], // 10 / 10 × 100 = 100
    [0, set(0, 5), 'lower_better', 100, 'zero_best_lower'], // best 0: value 0 → 100
    [5, set(0, 5), 'lower_better', 0, 'zero_best_lower'], // best 0: value > 0 → 0
  ] as const)('value %d, reference %j, %s → %d', (value, reference, polarity, score, rule) => {
    const r = scoreOf(ok(value), reference, polarity);
    expect(r.kind === 'ok' && { score: r.value.score, rule: r.value.rule }).toEqual({ score, rule });
  });

  it('uses a reference set separate from the compared objects (seed 000: best region of the country)', () => {
    const regions = set(80, 95, 70); // the best region has 95
    const r = scoreOf(ok(57), regions, 'higher_better'); // 57 / 95 × 100 = 60
    expect(r).toEqual(
      ok({ score: 60, value: 57, best: 95, bestObjectId: 'o2', referenceSize: 3, rule: 'value_over_best', aboveReference: false }),
    );
  });

  it('does not cap a score above 100, and flags it', () => {
    const r = scoreOf(ok(110), set(100, 80), 'higher_better'); // 110 / 100 × 100 = 110
    expect(r.kind === 'ok' && [r.value.score, r.value.aboveReference]).toEqual([110, true]);
    const low = scoreOf(ok(4), set(5, 8), 'lower_better'); // 5 / 4 × 100 = 125
    expect(low.kind === 'ok' && [low.value.score, low.value.aboveReference]).toEqual([125, true]);
  });

  it.each([
    ['missing value stays missing', missing('нет данных'), set(10), 'higher_better', missing('нет данных')],
    ['invalid value stays invalid', invalid('деление на 0'), set(10), 'higher_better', invalid('деление на 0')],
    [
      'best 0 (higher_better) is invalid for everyone',
      ok(0),
      set(0, 0),
      'higher_better',
      invalid('лучшее значение равно 0: показатель не оценивается'),
    ],
    [
      'lower_better 0 against a reference best > 0',
      ok(0),
      set(3, 5),
      'lower_better',
      invalid('значение 0 лучше лучшего значения эталонного набора (3): best / 0 не определено'),
    ],
    ['negative value', ok(-1), set(3, 5), 'higher_better', invalid('отрицательное значение -1: правило value / best не применимо')],
  ] as const)('%s', (_name, value, reference, polarity, expected) => {
    expect(scoreOf(value, reference, polarity)).toEqual(expected);
  });

  it('explains a score', () => {
    const r = scoreOf(ok(45), set(60, 45), 'higher_better');
    expect(r.kind === 'ok' && explainScore(r.value)).toBe('45 / 60 × 100 = 75 (больше — лучше; лучшее 60 у «o1» среди 2)');
  });
});

describe('lower is better: the inversion rule (issue 27 §6; the seeds say nothing)', () => {
  // 000 §2.2 gives only «Значение П1 муниципалитета / Наибольшее значение П1 … × 100» (more is
  // better); for less-is-better the catalogue chooses. Values 10, 5, 1 under each rule:
  const values = set(10, 5, 1);
  const scores = (inversion: InversionRule, reference = values) =>
    reference.map((o) => {
      const r = scoreValue(o.value, findBest(reference, 'lower_better'), inversion);
      return r.kind === 'ok' ? r.value.score : r.kind;
    });

  it('ratio: best / value × 100 gives 10, 20, 100; with a best of 0 every other value scores 0', () => {
    expect(scores('ratio')).toEqual([10, 20, 100]);
    expect(scores('ratio', set(0, 1, 10))).toEqual([100, 0, 0]);
  });

  it('linear (the default): (worst − value) / (worst − best) × 100, defined at 0', () => {
    expect(scores('linear')).toEqual([0, (5 * 100) / 9, 100]); // (10 − 5) / (10 − 1) × 100 = 55.6
    expect(scores('linear', set(0, 1, 10))).toEqual([100, 90, 0]); // a best of 0 does not zero the others
    expect(scores('linear', set(4, 4))).toEqual([100, 100]); // all equal: all best
    const r = scoreValue(ok(5), findBest(values, 'lower_better'));
    expect(r.kind === 'ok' && r.value.rule).toBe('linear_lower');
  });

  it('explains the linear rule with the worst value', () => {
    const r = scoreValue(ok(1), findBest(set(0, 1, 10), 'lower_better'));
    expect(r.kind === 'ok' && explainScore(r.value)).toBe(
      '(10 − 1) / (10 − 0) × 100 = 90 (меньше — лучше, линейное правило: лучшее — 100 баллов, наихудшее — 0; лучшее 0 у «o1» среди 3, наихудшее 10 у «o3»)',
    );
  });

  it('a value worse than the worst of an external reference set scores 0, not below', () => {
    const r = scoreValue(ok(20), findBest(values, 'lower_better'));
    expect(r.kind === 'ok' && r.value.score).toBe(0);
  });
});
