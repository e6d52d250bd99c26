import { describe, expect, it } from 'vitest';
import { missing, ok, type Outcome } from '../outcome.ts';
import { trend } from './statistics-trend.ts';

const series = (...ys: (number | null)[]) =>
  ys.map((y, i) => ({ year: 2020 + i, outcome: (y === null ? missing('нет') : ok(y)) as Outcome }));

describe('trend', () => {
  it.each<[string, ReturnType<typeof series>, number, 'up' | 'down' | 'flat']>([
    ['straight line up', series(50, 52, 54), 2, 'up'], // slope 2 per year
    ['down', series(60, 57, 54, 51), -3, 'down'],
    // x̄ = 2021, ȳ = 51; Σ(x − x̄)(y − ȳ) = (−1)(−1) + 0·2 + 1·(−1) = 0 → slope 0
    ['least squares on a spike', series(50, 53, 50), 0, 'flat'],
    ['fit through scattered points', series(50, 50, 53), 1.5, 'up'], // ȳ = 51: ((−1)(−1) + 0 + 1·2) / 2 = 1.5
    ['within tolerance is flat', series(50, 50.4, 50.8), 0.4, 'flat'], // |0.4| ≤ 0.5
    ['missing years skipped', series(40, null, 44), 2, 'up'], // (44 − 40) / (2022 − 2020)
  ])('%s', (_name, points, slope, direction) => {
    const t = trend(points);
    expect(t.kind).toBe('ok');
    if (t.kind === 'ok') {
      expect(t.value.slope).toBeCloseTo(slope, 10);
      expect(t.value.direction).toBe(direction);
    }
  });
  it('fewer than two years → missing', () => {
    expect(trend(series(50, null))).toEqual(missing('для тренда нужны значения хотя бы за 2 года'));
  });
  it('tolerance is a parameter', () => {
    const t = trend(series(50, 50.4, 50.8), 0.1);
    expect(t.kind === 'ok' && t.value.direction).toBe('up');
  });
});
