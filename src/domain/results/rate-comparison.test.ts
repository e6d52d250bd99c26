import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { invalid, missing, ok, type Outcome } from '../outcome.ts';
import { compactRating, rateComparison, storedRating, type StoredRating } from './rate-comparison.ts';
import { packRating } from '../rating/packed-rating.ts';

const catalogue = {
  code: 't',
  version: 1,
  kind: 'indicators',
  name: 'Тест',
  validFrom: '2024-01-01',
  validTo: null,
  source: 'тест',
  blocks: [
    {
      code: 'B',
      name: 'Блок',
      directions: [
        { code: 'D1', name: 'Первое' },
        { code: 'D2', name: 'Второе' },
      ],
    },
  ],
  indicators: [
    {
      code: 'A',
      name: 'А',
      directions: ['D1'],
      unit: 'percent',
      polarity: 'higher_better',
      periodKind: 'school_year',
      orgTypes: ['school'],
      method: 'form',
      formula: 'x',
      source: 'т',
    },
    {
      code: 'B',
      name: 'Б',
      directions: ['D1'],
      unit: 'percent',
      polarity: 'lower_better',
      periodKind: 'school_year',
      orgTypes: ['school'],
      method: 'form',
      formula: 'x',
      source: 'т',
    },
    {
      code: 'C',
      name: 'В',
      directions: ['D2'],
      unit: 'persons',
      polarity: 'context',
      periodKind: 'school_year',
      orgTypes: ['school'],
      method: 'form',
      formula: 'x',
      source: 'т',
    },
  ],
} as unknown as Catalogue;
const period = { kind: 'school_year', starts_on: '2024-09-01', ends_on: '2025-08-31' };
const objects = Array.from({ length: 9 }, (_, i) => ({ id: i + 1, name: `Школа ${i + 1}`, shortName: null }));
// Ties (objects 1–7 share A's best), a missing value, an invalid one, a context indicator.
const values: Record<string, Outcome> = {
  ...Object.fromEntries(objects.slice(0, 7).map((o) => [`${o.id}|A`, ok(80)])),
  '8|A': ok(40.123456789),
  '9|A': missing('нет данных'),
  ...Object.fromEntries(objects.map((o) => [`${o.id}|B`, o.id === 3 ? invalid('деление на 0') : ok(o.id * 1.5)])),
  ...Object.fromEntries(objects.map((o) => [`${o.id}|C`, ok(o.id)])),
};

/** What a stored rating keeps: everything but the explanation texts, score details and mean parts. */
function numbersOnly(content: StoredRating): StoredRating {
  return JSON.parse(
    JSON.stringify(content, (key, value: unknown) =>
      key === 'explanation' ? '' : key === 'detail' ? undefined : key === 'used' ? [] : value,
    ),
  ) as StoredRating;
}

describe('a stored rating', () => {
  it('reads back with every value, score, place, tie, mean, completeness and zone of the rating', () => {
    const content = rateComparison(catalogue, period, objects, 'school', (id, code) => values[`${id}|${code}`]);
    if (!content) throw new Error('nothing rated');
    const stored = storedRating(JSON.parse(compactRating(content)));
    expect(stored).toEqual(numbersOnly(content));
    expect(stored.rating.indicators[0]?.cells['2']?.place).toMatchObject({ place: 1, placeTo: 7, label: '1–7' });
    expect(stored.rating.indicators[0]?.cells['2']?.place?.tiedWith).toHaveLength(5);
  });

  it('is much smaller than the rating with its explanations', () => {
    const content = rateComparison(catalogue, period, objects, 'school', (id, code) => values[`${id}|${code}`]);
    if (!content) throw new Error('nothing rated');
    expect(compactRating(content).length).toBeLessThan(JSON.stringify(content).length / 2);
  });

  it('keeps its means in lists too (format 2), shorter than format 1, which still reads the same', () => {
    const content = rateComparison(catalogue, period, objects, 'school', (id, code) => values[`${id}|${code}`]);
    if (!content) throw new Error('nothing rated');
    // A summary zone (this catalogue has no thresholds): kept as it is.
    const first = content.rating.summary['1'];
    if (!first) throw new Error('no summary cell');
    first.zone = { kind: 'ok', value: { zone: 'green', rule: 'band', roundedScore: 50 } } as unknown as typeof first.zone;
    const ids = content.objects.map((o) => String(o.id));
    // How ratings were stored before means were packed: indicator cells in lists, means keyed by id.
    const format1 = JSON.stringify({ ...content, packed: 1, rating: packRating(content.rating, ids) });
    const format2 = compactRating(content);
    expect(JSON.parse(format2)).toMatchObject({ packed: 2 });
    expect(Array.isArray(JSON.parse(format2).rating.summary)).toBe(true);
    expect(format2.length).toBeLessThan(format1.length * 0.8);
    expect(storedRating(format2)).toEqual(storedRating(format1));
    expect(storedRating(format2).rating.summary['1']?.zone).toEqual(first.zone);
  });

  it('reads a rating stored before packing as it is', () => {
    const content = rateComparison(catalogue, period, objects, 'school', (id, code) => values[`${id}|${code}`]);
    if (!content) throw new Error('nothing rated');
    expect(storedRating(JSON.parse(JSON.stringify(content)))).toEqual(content);
  });
});

describe('the catalogue rules of a comparison (issue 27)', () => {
  const rated = (scoring: Record<string, unknown> | undefined) => {
    const content = rateComparison(
      { ...catalogue, ...(scoring ? { scoring } : {}) },
      period,
      objects,
      'school',
      (id, code) => values[`${id}|${code}`],
    );
    if (!content) throw new Error('nothing rated');
    return content.rating;
  };

  it('by default: the seed divisor, linear lower-is-better, the catalogue precision without zones', () => {
    const r = rated(undefined);
    expect([r.missingRule, r.precision, r.displayPrecision, r.minCompleteness]).toEqual(['zero', 0.01, 0.01, 0]);
    expect(r.indicators.find((i) => i.code === 'B')?.inversion).toBe('linear');
    // Object 9 has no A: D1 = (0 + B) / 2, «показатель не представлен — 0 баллов».
    expect(r.directions[0]?.cells['9']?.explanation).toContain('A: показатель не представлен — 0 баллов');
  });

  it('what the catalogue chooses: exclude (labelled on the rating), ratio, whole points', () => {
    const r = rated({ missingRule: 'exclude', inversion: 'ratio', placePrecision: 1 });
    expect([r.missingRule, r.precision, r.displayPrecision, r.minCompleteness]).toEqual(['exclude', 1, 0.01, 0.5]);
    expect(r.indicators.find((i) => i.code === 'B')?.inversion).toBe('ratio');
    expect(r.directions[0]?.cells['9']?.explanation).not.toContain('не представлен');
  });
});

describe('levels of education (seed 003 D2.01–D2.03)', () => {
  // 003 §3: «…реализующих образовательные программы начального общего, основного общего и среднего общего образования».
  const levelled = {
    ...catalogue,
    indicators: [
      ...(catalogue.indicators ?? []).filter((i) => i.code === 'A'),
      { ...(catalogue.indicators ?? [])[0]!, code: 'L', directions: ['D1'], levels: ['НОО', 'ООО', 'СОО'] },
    ],
  } as Catalogue;
  const schools = [
    { id: 1, name: 'СОШ', shortName: null, levels: ['НОО', 'ООО', 'СОО'] },
    { id: 2, name: 'ООШ', shortName: null, levels: ['НОО', 'ООО'] },
  ];
  const vals: Record<string, Outcome> = { '1|A': ok(50), '2|A': ok(50), '1|L': ok(100) };

  it('a basic school is not scored 0 on an indicator for schools with СОО: not calculable, out of its direction’s divisor', () => {
    const content = rateComparison(levelled, period, schools, 'school', (id, code) => vals[`${id}|${code}`]);
    if (!content) throw new Error('nothing rated');
    const l = content.rating.indicators.find((i) => i.code === 'L')!;
    expect(l.cells['2']?.score).toEqual(
      invalid(
        'не применяется: организация не реализует программы уровней среднее общее (показатель — только для реализующих начальное общее, основное общее, среднее общее)',
      ),
    );
    const d1 = content.rating.directions.find((d) => d.code === 'D1')!;
    expect(d1.cells['2']?.completeness).toMatchObject({ scored: 1, applicable: 1 });
    expect(d1.cells['2']?.score).toEqual(ok(100)); // A alone: 50 of the best 50
    expect(content.objects[1]).toEqual({ id: 2, name: 'ООШ', shortName: null, levels: ['НОО', 'ООО'] });
  });
});
