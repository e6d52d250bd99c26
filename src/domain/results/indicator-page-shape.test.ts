import { describe, expect, it } from 'vitest';
import { invalid, missing, ok } from '../outcome.ts';
import {
  bestAndWorst,
  distributionOf,
  formatSlope,
  histogramOf,
  niceWidth,
  NOT_COMPUTED,
  readTrend,
  scopeScale,
  shapeIndicatorPage,
  shortPeriodName,
  statsOf,
  type ObjectValue,
  type ValuedObject,
} from './indicator-page-shape.ts';

const obj = (id: number, value: number | null, name = `Школа ${id}`): ObjectValue => ({
  id,
  name,
  outcome: value === null ? missing('не сдан отчёт') : ok(value),
});
const valued = (...xs: number[]): ValuedObject[] => xs.map((value, i) => ({ id: i + 1, name: `О${i + 1}`, value }));

describe('distributionOf', () => {
  it('sorts values ascending and counts objects without a value by reason', () => {
    const d = distributionOf([
      obj(1, 30),
      obj(2, null),
      obj(3, 10),
      { id: 4, name: 'Школа 4', outcome: invalid('знаменатель равен 0') },
      { id: 5, name: 'Школа 5', outcome: undefined },
      obj(6, null),
    ]);
    expect(d.values.map((v) => v.id)).toEqual([3, 1]);
    expect(d.without.map((w) => [w.id, w.kind])).toEqual([
      [2, 'missing'],
      [4, 'invalid'],
      [5, 'missing'],
      [6, 'missing'],
    ]);
    expect(d.reasons).toEqual([
      { reason: 'не сдан отчёт', count: 2 },
      { reason: 'знаменатель равен 0', count: 1 },
      { reason: NOT_COMPUTED, count: 1 },
    ]);
  });
});

describe('statsOf', () => {
  it('gives QUARTILE.INC quartiles, mean and the count without a value', () => {
    // 10, 20, 30, 40, 100: Q1 = 20, median 30, Q3 = 40 (Excel QUARTILE.INC), mean 40.
    const s = statsOf([obj(1, 40), obj(2, 10), obj(3, 100), obj(4, 30), obj(5, 20), obj(6, null)], 'higher_better');
    expect(s).toEqual({ n: 5, nWithout: 1, min: 10, q1: 20, median: 30, q3: 40, max: 100, mean: 40 });
  });
  it('interpolates between order statistics', () => {
    // 1, 2, 3, 4: h = 3 × 0.25 = 0.75 → Q1 = 1.75; median 2.5; Q3 = 3.25.
    const s = statsOf([obj(1, 4), obj(2, 1), obj(3, 3), obj(4, 2)], 'context');
    expect(s).toMatchObject({ q1: 1.75, median: 2.5, q3: 3.25 });
  });
  it('is null when no object has a value', () => {
    expect(statsOf([obj(1, null)], 'higher_better')).toBeNull();
  });
});

describe('bestAndWorst', () => {
  it('higher is better: the largest values are the best', () => {
    const { best, worst } = bestAndWorst(valued(5, 9, 1, 7, 3, 8, 2), 'higher_better');
    expect(best.map((b) => [b.value, b.rank])).toEqual([
      [9, 1],
      [8, 2],
      [7, 3],
    ]);
    expect(worst.map((w) => [w.value, w.rank])).toEqual([
      [1, 7],
      [2, 6],
      [3, 5],
    ]);
  });
  it('lower is better: the smallest values are the best', () => {
    const { best, worst } = bestAndWorst(valued(5, 9, 1, 7, 3, 8, 2), 'lower_better');
    expect(best.map((b) => b.value)).toEqual([1, 2, 3]);
    expect(worst.map((w) => w.value)).toEqual([9, 8, 7]);
  });
  it('never lists an object as both best and worst; equal values share a rank', () => {
    const { best, worst } = bestAndWorst(valued(5, 5, 1, 9, 2), 'higher_better');
    expect(best.map((b) => [b.value, b.rank])).toEqual([
      [9, 1],
      [5, 2],
    ]);
    expect(worst.map((w) => [w.value, w.rank])).toEqual([
      [1, 5],
      [2, 4],
    ]);
    expect(bestAndWorst(valued(5), 'higher_better')).toEqual({ best: [], worst: [] });
  });
  it('a context indicator has no best and no worst', () => {
    expect(bestAndWorst(valued(1, 2, 3, 4, 5, 6), 'context')).toEqual({ best: [], worst: [] });
  });
});

describe('histogramOf', () => {
  it('uses Sturges bins with a nice width and puts the maximum into the last bin', () => {
    // n = 8 → k = ⌈log₂ 8⌉ + 1 = 4; (93 − 12) / 4 = 20.25 → width 25; edges 0, 25, 50, 75, 100.
    const h = histogramOf(valued(12, 20, 26, 49, 50, 74, 90, 93));
    expect(h?.width).toBe(25);
    expect(h?.bins.map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 25, 2],
      [25, 50, 2],
      [50, 75, 2],
      [75, 100, 2],
    ]);
    expect(h?.rule).toBe('правило Стёрджеса: ⌈log₂ 8⌉ + 1 = 4, ширина (размах / 4) округлена до «круглого» числа 25: интервалов 4');
  });
  it('a value on the upper edge of the range stays in the last bin', () => {
    // n = 3 → k = 3; (60 − 40) / 3 = 6.67 → width 10; edges 40, 50, 60: 60 belongs to [50, 60].
    const h = histogramOf(valued(40, 45, 60));
    expect(h?.bins.map((b) => [b.from, b.to, b.count])).toEqual([
      [40, 50, 2],
      [50, 60, 1],
    ]);
  });
  it('keeps decimal edges clean', () => {
    // n = 4 → k = 3; 0.6 / 3 = 0.2 → width 0.2; 3 × 0.2 = 0.6000000000000001 is cleaned to 0.6.
    const h = histogramOf(valued(0.1, 0.3, 0.5, 0.7));
    expect(h?.bins.map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 0.2, 1],
      [0.2, 0.4, 1],
      [0.4, 0.6, 1],
      [0.6, 0.8, 1],
    ]);
  });
  it('equal values make one bin; no values, no histogram', () => {
    expect(histogramOf(valued(7, 7, 7))?.bins).toEqual([{ from: 7, to: 7, count: 3, objects: ['О1', 'О2', 'О3'] }]);
    expect(histogramOf([])).toBeNull();
  });
  it('nice widths', () => {
    expect([0.7, 1, 1.2, 2.2, 3, 6, 20.25, 0.034].map(niceWidth)).toEqual([1, 1, 2, 2.5, 5, 10, 25, 0.05]);
  });
});

describe('readTrend', () => {
  const years = (...ys: (number | null)[]) => ys.map((value, i) => ({ year: 2023 + i, value }));
  it('reads a rising percent line in percentage points; higher is better → improvement', () => {
    const r = readTrend(years(50, 51.2, 52.4), 'higher_better', 'percent');
    expect(r).toMatchObject({ kind: 'ok', direction: 'up', assessment: 'better' });
    expect(r.text).toBe('растёт на 1,2 п.п. в год (2023–2025) — улучшение');
  });
  it('for lower-is-better a falling line is an improvement', () => {
    const r = readTrend(years(20, 17, 14), 'lower_better', 'percent');
    expect(r.text).toBe('снижается на 3 п.п. в год (2023–2025) — улучшение');
    expect(readTrend(years(14, 17, 20), 'lower_better', 'persons').text).toBe('растёт на 3 чел. в год (2023–2025) — ухудшение');
  });
  it('within half a unit per year is «без изменений»; context is not judged', () => {
    expect(readTrend(years(50, 50.2, 50.4), 'higher_better', 'percent')).toMatchObject({
      direction: 'flat',
      assessment: null,
      text: 'без изменений (2023–2025)',
    });
    expect(readTrend(years(10, 20), 'context', 'percent')).toMatchObject({ assessment: null, text: 'растёт на 10 п.п. в год (2023–2024)' });
  });
  it('needs two years with a value', () => {
    expect(readTrend(years(50, null), 'higher_better', 'percent')).toEqual({
      kind: 'missing',
      text: 'для тренда нужны значения хотя бы за 2 года',
    });
  });
  it('names periods shortly', () => {
    expect(shortPeriodName('2023/2024 учебный год')).toBe('2023/2024');
    expect(shortPeriodName('2024 год')).toBe('2024');
  });
  it('formats slopes with a decimal comma', () => {
    expect([1.23, -0.567, 12, 0.6].map(formatSlope)).toEqual(['1,2', '0,57', '12', '0,6']);
  });
});

describe('scopeScale', () => {
  it('sums are totals; shares of organisations are percent above 0/1 flags', () => {
    expect(scopeScale('ratio', false)).toBe('same');
    expect(scopeScale('quotient', false)).toBe('same');
    expect(scopeScale('sum', true)).toBe('total');
    expect(scopeScale('share', false)).toBe('share');
    expect(scopeScale('share', true)).toBe('same');
    expect(scopeScale(null, false)).toBe('same');
  });
});

describe('shapeIndicatorPage', () => {
  it('puts the selected period, the scope and the trend together', () => {
    const objects = [obj(1, 10), obj(2, 30), obj(3, 20), obj(4, null)];
    const shape = shapeIndicatorPage({
      polarity: 'higher_better',
      unit: 'percent',
      rollUpRule: 'ratio',
      objectsAreMunicipalities: false,
      objects,
      scope: ok(18),
      periods: [
        { periodId: 1, periodName: '2023/2024 учебный год', year: 2024, scope: ok(16), objects: [obj(1, 8), obj(2, 26), obj(3, 18)] },
        { periodId: 2, periodName: '2024/2025 учебный год', year: 2025, scope: ok(18), objects },
      ],
    });
    expect(shape.stats).toMatchObject({ n: 3, nWithout: 1, median: 20 });
    expect(shape.scopeValue).toEqual({ value: 18, reason: null });
    expect(shape.best.map((b) => b.id)).toEqual([2]);
    expect(shape.worst.map((w) => w.id)).toEqual([1]);
    expect(shape.trend.points.map((p) => [p.year, p.scope, p.median, p.n])).toEqual([
      [2024, 16, 18, 3],
      [2025, 18, 20, 3],
    ]);
    // Spans are named by the periods: «2023/2024 – 2024/2025», not by the years they end in.
    expect(shape.trend.scope.text).toBe('растёт на 2 п.п. в год (2023/2024 – 2024/2025) — улучшение');
    expect(shape.trend.median.text).toBe('растёт на 2 п.п. в год (2023/2024 – 2024/2025) — улучшение');
  });
  it('a missing scope value keeps its reason', () => {
    const shape = shapeIndicatorPage({
      polarity: 'lower_better',
      unit: 'persons',
      rollUpRule: 'sum',
      objectsAreMunicipalities: false,
      objects: [],
      scope: undefined,
      periods: [],
    });
    expect(shape.scopeValue).toEqual({ value: null, reason: NOT_COMPUTED });
    expect(shape.stats).toBeNull();
    expect(shape.histogram).toBeNull();
    expect(shape.trend.scopeScale).toBe('total');
    expect(shape.trend.scope.kind).toBe('missing');
  });
});
