import { describe, expect, it } from 'vitest';
import { missing, ok } from '../outcome.ts';
import { rate, type RatingIndicator, type RatingObject } from './rating.ts';
import { SEED_ZONES_2021 } from '../../../test/helpers/zone-years.ts';

const indicators: RatingIndicator[] = [
  { code: 'K1', directions: ['D1'], polarity: 'higher_better' },
  { code: 'K2', directions: ['D1'], polarity: 'lower_better', inversion: 'ratio' },
  { code: 'K3', directions: ['D2'], polarity: 'higher_better' },
  { code: 'C', directions: ['D2'], polarity: 'context' },
];

const obj = (id: string, k1: number | null, k2: number | null, k3: number | null): RatingObject => ({
  id,
  values: Object.fromEntries(
    (
      [
        ['K1', k1],
        ['K2', k2],
        ['K3', k3],
        ['C', 1],
      ] as const
    ).map(([k, v]) => [k, v === null ? missing('нет данных') : ok(v)]),
  ),
});

// K1 best 80, K2 best (min) 10, K3 best 50.
const objects = [obj('A', 80, 20, 25), obj('B', 40, 10, 50), obj('C', 60, null, null)];

// The authority's own deviations chosen explicitly: a mean of the scored parts only (not the seed's
// divisor) with a minimum completeness of half, and best / value × 100 for K2.
describe('rate, with missing parts left out of the divisor (rule exclude)', () => {
  const r = rate(objects, indicators, { zones: { year: SEED_ZONES_2021 }, missingRule: 'exclude' });
  const score = (o: { score: { kind: string; value?: number } } | undefined) => (o?.score.kind === 'ok' ? o.score.value : o?.score.kind);

  it.each([
    ['K1', 'A', 100], // 80 / 80 × 100
    ['K1', 'B', 50], // 40 / 80 × 100
    ['K1', 'C', 75], // 60 / 80 × 100
    ['K2', 'A', 50], // 10 / 20 × 100
    ['K2', 'B', 100], // 10 / 10 × 100
    ['K2', 'C', 'missing'],
    ['K3', 'A', 50], // 25 / 50 × 100
    ['K3', 'C', 'missing'],
    ['C', 'A', 'invalid'], // context: not scored
  ])('indicator %s, object %s → %s', (code, id, expected) => {
    expect(score(r.indicators.find((i) => i.code === code)?.cells[id])).toBe(expected);
  });

  it.each([
    ['D1', 'A', 75, '1–3'], // (100 + 50) / 2 = 75
    ['D1', 'B', 75, '1–3'], // (50 + 100) / 2 = 75: tie
    ['D1', 'C', 75, '1–3'], // 75 / 1, completeness 1 of 2 = 0.5 ≥ 0.5 → ranked, tied too
    ['D2', 'A', 50, '2'], // 50 / 1 (context left out)
    ['D2', 'B', 100, '1'],
    ['D2', 'C', 'missing', undefined], // 0 of 1 scored
  ])('direction %s, object %s → %s, place %s', (code, id, expected, place) => {
    const cell = r.directions.find((d) => d.code === code)?.cells[id];
    expect([score(cell), cell?.place?.label]).toEqual([expected, place]);
  });

  it('ties in D1 are three-way (C has one of two indicators, which meets the 0.5 minimum)', () => {
    expect(r.directions[0]?.cells.C?.place).toMatchObject({ place: 1, placeTo: 3, label: '1–3' });
  });

  it.each([
    ['A', 62.5, '3', 'green'], // (75 + 50) / 2 = 62.5 → in 59–82 → green
    ['B', 87.5, '1', 'green'], // (75 + 100) / 2 = 87.5 → above 82 → green
    ['C', 75, '2', 'green'], // D2 not ranked → 75 / 1, 1 of 2 directions = 0.5 → ranked
  ])('summary %s → %s, place %s, zone %s', (id, expected, place, zone) => {
    const cell = r.summary[id];
    expect(score(cell)).toBe(expected);
    expect(cell?.place?.label).toBe(place);
    expect(cell?.zone?.kind === 'ok' && cell.zone.value.zone).toBe(zone);
  });

  it('summary in indicators mode', () => {
    const s = rate(objects, indicators, { summary: 'indicators', missingRule: 'exclude' }).summary;
    expect(score(s.A)).toBeCloseTo(66.6667, 4); // (100 + 50 + 50) / 3
    expect(s.C?.completeness).toEqual({ scored: 1, applicable: 3, total: 3, share: 1 / 3 });
    expect(s.C?.score.kind).toBe('missing'); // 1 of 3 < 0.5
  });

  it('uses a separate reference set for the best value', () => {
    const r2 = rate(objects, indicators, { reference: { K1: [{ id: 'Регион X', value: ok(100) }] }, missingRule: 'exclude' });
    expect(r2.indicators[0]?.cells.A?.explanation).toBe(
      '80 / 100 × 100 = 80 (больше — лучше; лучшее 100 у «Регион X» среди 1); место 1 по баллу 80 (округление до 0.01)',
    );
  });

  it('explains a summary with ties and zone', () => {
    expect(r.summary.A?.explanation).toBe(
      'среднее баллов направлений (D1, D2) = 62.5; полнота 2 из 2; место 3 по баллу 62.5 (округление до 0.01); зона: 62.5: в диапазоне 59–82 → Зеленая зона',
    );
    expect(r.directions[0]?.cells.A?.explanation).toBe(
      'среднее баллов показателей (K1, K2) = 75; полнота 2 из 2; место 1–3 по баллу 75 (округление до 0.01, делит место с «B», «C»)',
    );
  });
});

describe('rate, the seed divisor by default (issue 27 §2)', () => {
  // 000 §2.2: «Балл по направлению = сумма баллов по показателям / Количество показателей в П».
  const two: RatingIndicator[] = [
    { code: 'K1', directions: ['D1'], polarity: 'higher_better' },
    { code: 'K2', directions: ['D1'], polarity: 'higher_better' },
  ];
  const val = (v: number | null) => (v === null ? missing('нет данных') : ok(v));
  const o = (id: string, k1: number | null, k2: number | null): RatingObject => ({ id, values: { K1: val(k1), K2: val(k2) } });
  // «Полный» reports both; «Пропуск» leaves K2 empty. Best K1 = 100, best K2 = 100.
  const r = rate([o('Лидер', 100, 100), o('Полный', 96, 2), o('Пропуск', 96, null)], two, { zones: { year: SEED_ZONES_2021 } });

  it('an empty indicator scores 0: leaving it empty does not raise the summary above the one who reported', () => {
    const s = (id: string) => r.summary[id]?.score;
    expect(s('Полный')).toEqual(ok(49)); // (96 + 2) / 2
    expect(s('Пропуск')).toEqual(ok(48)); // (96 + 0) / 2, not 96 / 1
    expect(r.summary['Полный']?.place?.label).toBe('2');
    expect(r.summary['Пропуск']?.place?.label).toBe('3');
    expect(r.missingRule).toBe('zero');
    expect(r.minCompleteness).toBe(0);
  });

  it('says so in the explanation', () => {
    expect(r.directions[0]?.cells['Пропуск']?.explanation).toContain('K2: показатель не представлен — 0 баллов');
  });

  it('the other rule only when chosen explicitly', () => {
    const x = rate([o('Лидер', 100, 100), o('Полный', 96, 2), o('Пропуск', 96, null)], two, { missingRule: 'exclude' });
    expect(x.summary['Пропуск']?.score).toEqual(ok(96));
    expect(x.missingRule).toBe('exclude');
  });
});
