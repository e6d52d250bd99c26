import { describe, expect, it } from 'vitest';
import type { Catalogue, Indicator } from '../catalogue/catalogue.ts';
import type { Outcome } from '../outcome.ts';
import { EDUCATION_LEVELS } from '../org/education-levels.ts';
import { seededRandom, type SeededRandom } from '../statistics/seeded-random.ts';
import { outcomeTableOf } from './outcome-table.ts';
import { compactRating, compactRatingOf, rateComparison, type ComparedObject } from './rate-comparison.ts';

const period = { kind: 'school_year', starts_on: '2024-09-01', ends_on: '2025-08-31' };

/** A random catalogue: polarities, inversions, levels, missing rules, completeness, summary modes, precisions, zones. */
function randomCatalogue(r: SeededRandom): Catalogue {
  const directions = Array.from({ length: r.int(1, 4) }, (_, d) => ({ code: `D${d}`, name: `Направление ${d}` }));
  const indicators: Indicator[] = Array.from({ length: r.int(1, 12) }, (_, k) => ({
    code: `I${k}`,
    name: `Показатель ${k}`,
    directions: [r.pick(directions).code, ...(r.next() < 0.2 ? [r.pick(directions).code] : [])],
    unit: 'percent',
    polarity: r.pick(['higher_better', 'higher_better', 'lower_better', 'context'] as const),
    periodKind: r.next() < 0.9 ? 'school_year' : 'calendar_year',
    orgTypes: r.next() < 0.85 ? ['school'] : ['kindergarten'],
    ...(r.next() < 0.2 ? { levels: [r.pick(EDUCATION_LEVELS)] } : {}),
    method: 'form',
    formula: 'x',
    source: 'тест',
  }));
  const zones =
    r.next() < 0.5
      ? [
          {
            year: 2025,
            bands: [
              { zone: 'green', name: 'Зелёная', min: 60, max: 100 },
              { zone: 'yellow', name: 'Жёлтая', min: 40, max: 58 },
              { zone: 'red', name: 'Красная', min: 0, max: 39 },
            ],
          },
        ]
      : undefined;
  return {
    code: 't',
    version: 1,
    kind: 'indicators',
    name: 'Тест',
    validFrom: '2024-01-01',
    validTo: null,
    source: 'тест',
    ...(r.next() < 0.3 ? { precision: r.pick([0.1, 1, 0.5]) } : {}),
    ...(r.next() < 0.3 ? { minCompleteness: r.pick([0, 0.5, 0.8]) } : {}),
    ...(r.next() < 0.3 ? { summary: 'indicators' as const } : {}),
    scoring: {
      ...(r.next() < 0.4 ? { missingRule: 'exclude' } : {}),
      ...(r.next() < 0.4 ? { inversion: 'ratio' } : {}),
      ...(r.next() < 0.3 ? { inversionByIndicator: { I0: 'ratio', I1: 'linear' } } : {}),
      ...(zones ? { zones } : {}),
      ...(r.next() < 0.3 ? { gapRule: { between: 'upper', below: 'red', above: 'green' } } : {}),
    },
    blocks: [{ code: 'B', name: 'Блок', directions }],
    indicators,
  };
}

/** Values with ties, zeros, an occasional negative, missing and invalid outcomes with a few reasons, and gaps. */
function randomOutcome(r: SeededRandom): Outcome | undefined {
  const x = r.next();
  if (x < 0.1) return undefined;
  if (x < 0.2) return { kind: 'missing', reason: r.pick(['нет данных', 'форма не сдана']) };
  if (x < 0.27) return { kind: 'invalid', reason: r.pick(['деление на 0', 'знаменатель равен 0']) };
  if (x < 0.29) return { kind: 'ok', value: -r.int(1, 5) };
  if (x < 0.45) return { kind: 'ok', value: r.pick([0, 0, 50, 100, 12.345, 1 / 3]) };
  return { kind: 'ok', value: r.int(0, 2000) / r.pick([1, 3, 7, 10]) };
}

function randomObjects(r: SeededRandom): ComparedObject[] {
  const ids = new Set<number>();
  const count = r.int(0, 40);
  // Ids out of order and of different lengths: ties are named in the order a record lists its keys.
  while (ids.size < count) ids.add(r.pick([r.int(1, 99), r.int(100, 99999)]));
  return [...ids].map((id) => ({
    id,
    name: `Объект ${id}`,
    shortName: r.next() < 0.5 ? null : `О${id}`,
    ...(r.next() < 0.5 ? {} : { levels: r.next() < 0.2 ? null : EDUCATION_LEVELS.filter(() => r.next() < 0.7) }),
  }));
}

describe('compactRatingOf (the rating of a recompute, over columns)', () => {
  it('stores the same text as compactRating(rateComparison(…)) on 400 random comparisons', () => {
    let compared = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const r = seededRandom(seed);
      const catalogue = randomCatalogue(r);
      const objects = randomObjects(r);
      const type = r.next() < 0.2 ? null : 'school';
      const codes = (catalogue.indicators ?? []).map((i) => i.code);
      const outcomes = new Map<string, Outcome | undefined>();
      // Some rows of the table belong to no compared object, and some compared objects have no row.
      const rows = [...objects.map((o) => o.id).filter(() => r.next() < 0.95), 123456];
      for (const id of rows) for (const code of codes) outcomes.set(`${id}|${code}`, randomOutcome(r));
      const valueOf = (id: number, code: string) => outcomes.get(`${id}|${code}`);
      const old = rateComparison(catalogue, period, objects, type, valueOf, { explain: false });
      const now = compactRatingOf(catalogue, period, objects, type, outcomeTableOf(rows, codes, valueOf));
      expect(now, `seed ${seed}`).toBe(old ? compactRating(old) : null);
      if (old) compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('stores the same text for a large comparison with many ties (a region of schools on whole points)', () => {
    const r = seededRandom(7);
    const catalogue = { ...randomCatalogue(r), precision: 1 };
    const objects = Array.from({ length: 800 }, (_, i) => ({ id: 5000 - i * 3, name: `Школа ${i}`, shortName: null }));
    const codes = (catalogue.indicators ?? []).map((i) => i.code);
    const values = new Map(objects.flatMap((o) => codes.map((c) => [`${o.id}|${c}`, { kind: 'ok', value: r.int(0, 20) } as Outcome])));
    const valueOf = (id: number, code: string) => values.get(`${id}|${code}`);
    const old = rateComparison(catalogue, period, objects, 'school', valueOf, { explain: false });
    const now = compactRatingOf(
      catalogue,
      period,
      objects,
      'school',
      outcomeTableOf(
        objects.map((o) => o.id),
        codes,
        valueOf,
      ),
    );
    expect(old).not.toBeNull();
    expect(now).toBe(old ? compactRating(old) : null);
  });
});
