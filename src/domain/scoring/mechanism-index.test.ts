import { describe, expect, it } from 'vitest';
import { buildMechanismCatalogue, unequalMaximaCatalogue, unequalPoints } from '../../../test/fixtures/mechanism-index-fixture.ts';
import { computeMechanismIndex } from './mechanism-index.ts';
import type { ExplainedNumber, MechanismIndex } from './mechanism-index.ts';

/** The number, or the outcome kind when there is none. */
const v = (e: ExplainedNumber | undefined): number | string =>
  e === undefined ? 'absent' : e.value.kind === 'ok' ? e.value.value : e.value.kind;
const block = (r: MechanismIndex, code: string) => r.blocks.find((b) => b.code === code);
const direction = (r: MechanismIndex, code: string) => r.blocks.flatMap((b) => b.directions).find((d) => d.code === code);
const component = (r: MechanismIndex, d: string, c: string) => direction(r, d)?.components.find((x) => x.code === c);

describe('computeMechanismIndex: the 9 steps of seed 000 §2 with unequal direction maxima', () => {
  const r = computeMechanismIndex(unequalMaximaCatalogue(), unequalPoints(), { includeOptional: false });

  it.each<[string, (r: MechanismIndex) => ExplainedNumber | undefined, number, number]>([
    // step 1: the expert's primary points
    ['1: D1.indicators.1', (r) => component(r, 'D1', 'indicators')?.positions[0]?.points, 1, 0],
    ['1: D2.monitoring.1', (r) => component(r, 'D2', 'monitoring')?.positions[0]?.points, 1, 2],
    // step 2: component points = sum of its positions
    ['2: D1.monitoring', (r) => component(r, 'D1', 'monitoring')?.points, 2, 2], // 1 + 1
    ['2: D2.goals', (r) => component(r, 'D2', 'goals')?.points, 2, 4], // 2 + 2
    // step 3: degree of formation = points / max × 100
    ['3: D1.indicators', (r) => component(r, 'D1', 'indicators')?.formation, 3, 0], // 0 / 1
    ['3: D1.monitoring', (r) => component(r, 'D1', 'monitoring')?.formation, 3, 100], // 2 / 2
    ['3: D2.monitoring', (r) => component(r, 'D2', 'monitoring')?.formation, 3, 50], // 2 / 4
    ['3: D3.measures', (r) => component(r, 'D3', 'measures')?.formation, 3, 66.6667], // 4 / 6
    // step 4: direction points = sum of its components
    ['4: D1', (r) => direction(r, 'D1')?.points, 4, 3], // goals 1 + indicators 0 + monitoring 2
    ['4: D2', (r) => direction(r, 'D2')?.points, 4, 8], // goals 4 + monitoring 2 + measures 2
    ['4: D3', (r) => direction(r, 'D3')?.points, 4, 5], // goals 1 + measures 4
    // step 5: direction index = points / max
    ['5: D1', (r) => direction(r, 'D1')?.index, 5, 75], // 3 / 4
    ['5: D2', (r) => direction(r, 'D2')?.index, 5, 66.6667], // 8 / 12
    ['5: D3', (r) => direction(r, 'D3')?.index, 5, 50], // 5 / 10
    // step 6: block points = sum of its directions (optional D9 excluded)
    ['6: B1', (r) => block(r, 'B1')?.points, 6, 11], // 3 + 8
    ['6: B2', (r) => block(r, 'B2')?.points, 6, 5],
    // step 7: block index = block points / block max — NOT the mean of direction indices
    ['7: B1 index', (r) => block(r, 'B1')?.index, 7, 68.75], // (3 + 8) / (4 + 12) = 11 / 16
    ['7: B1 mean of direction indices', (r) => block(r, 'B1')?.meanDirectionIndex, 7, 70.8333], // (75 + 66.67) / 2
    ['7: B2 index', (r) => block(r, 'B2')?.index, 7, 50], // 5 / 10
    ['7: B2 mean', (r) => block(r, 'B2')?.meanDirectionIndex, 7, 50], // one direction: mean = index
    // step 8: total = sum of both blocks
    ['8: total', (r) => r.total, 8, 16], // 11 + 5
    // step 9: overall index = total / max
    ['9: index', (r) => r.index, 9, 61.5385], // 16 / (16 + 10) = 16 / 26
  ])('step %s', (_, pick, step, expected) => {
    const n = pick(r);
    expect(n?.step).toBe(step);
    expect(v(n)).toBeCloseTo(expected, 4);
  });

  it('reports the maxima of each level', () => {
    // D1 1+1+1+1 = 4, D2 2+2+4+4 = 12, B1 4+12 = 16, B2 4+6 = 10, total 16+10 = 26
    expect([direction(r, 'D1')?.maxPoints, direction(r, 'D2')?.maxPoints]).toEqual([4, 12]);
    expect([block(r, 'B1')?.maxPoints, block(r, 'B2')?.maxPoints, r.maxPoints]).toEqual([16, 10, 26]);
    expect(component(r, 'D2', 'goals')?.maxPoints).toBe(4); // 2 + 2
  });

  it('orders components as the catalogue lists them and names their cycle block', () => {
    expect(direction(r, 'D2')?.components.map((c) => [c.code, c.name, c.cycleBlock])).toEqual([
      ['goals', 'Цели', 'conceptual'],
      ['monitoring', 'Мониторинг показателей', 'process'],
      ['measures', 'Меры и мероприятия', 'management'],
    ]);
  });

  it('explains every number: positions, sums, maxima, step rule in Russian', () => {
    const monitoring = component(r, 'D1', 'monitoring');
    expect(monitoring?.points.calculation).toBe('D1.monitoring.1: 1 + D1.monitoring.2: 1 = 2 из 2');
    expect(monitoring?.points.positions).toEqual(['D1.monitoring.1', 'D1.monitoring.2']);
    expect(monitoring?.points.rule).toBe(
      'Этап 2. Баллы компонента управленческого цикла направления = сумма баллов его позиций оценивания.',
    );
    expect(component(r, 'D3', 'measures')?.formation.calculation).toBe('4 / 6 × 100 = 66,67 %');
    expect(direction(r, 'D2')?.points.calculation).toBe('goals: 4 + monitoring: 2 + measures: 2 = 8 из 12');
    expect(direction(r, 'D2')?.index.calculation).toBe('8 / 12 × 100 = 66,67 %');
    expect(block(r, 'B1')?.points.calculation).toBe('D1: 3 + D2: 8 = 11 из 16');
    expect(block(r, 'B1')?.index.calculation).toBe('11 / 16 × 100 = 68,75 %');
    expect(block(r, 'B1')?.meanDirectionIndex.calculation).toBe('(75 + 66,67) / 2 = 70,83 %');
    expect(block(r, 'B1')?.meanDirectionIndex.rule).toMatch(
      /^Средний индекс направлений блока .* только при равных максимумах направлений\.$/,
    );
    expect(r.total.calculation).toBe('B1: 11 + B2: 5 = 16 из 26');
    expect(r.index.calculation).toBe('16 / 26 × 100 = 61,54 %');
    expect(r.index.rule).toBe(
      'Этап 9. Индекс механизмов управления качеством образования (%) = итоговый балл / максимально возможный балл × 100.',
    );
    expect(r.index.positions).toHaveLength(10); // D1 4 + D2 4 + D3 2; D9 excluded
  });
});

describe('computeMechanismIndex: the optional ninth direction', () => {
  it.each<[string, boolean, number, number, number, number, number, string[]]>([
    // included: B1 = 3 + 8 + 3 = 14 of 4 + 12 + 4 = 20 → 70 %; mean (75 + 66.67 + 75) / 3 = 72.22 %; total 14 + 5 = 19 of 30 → 63.33 %
    ['included', true, 14, 20, 70, 72.2222, 63.3333, []],
    // excluded: B1 = 3 + 8 = 11 of 16 → 68.75 %; mean (75 + 66.67) / 2 = 70.83 %; total 11 + 5 = 16 of 26 → 61.54 %
    ['excluded', false, 11, 16, 68.75, 70.8333, 61.5385, ['D9']],
  ])('%s', (_, includeOptional, points, max, index, mean, overall, excluded) => {
    const r = computeMechanismIndex(unequalMaximaCatalogue(), unequalPoints(), { includeOptional });
    const b1 = block(r, 'B1');
    expect(v(b1?.points)).toBe(points);
    expect(b1?.maxPoints).toBe(max);
    expect(v(b1?.index)).toBeCloseTo(index, 4);
    expect(v(b1?.meanDirectionIndex)).toBeCloseTo(mean, 4);
    expect(v(r.index)).toBeCloseTo(overall, 4);
    expect(b1?.excludedDirections).toEqual(excluded);
    expect(direction(r, 'D9')?.optional).toBe(includeOptional ? true : undefined);
    expect(r.unknownPositions).toEqual([]); // D9's points are known positions even when D9 is excluded
  });
});

/** One direction of max 100 (goals 30 + monitoring 30 + measures 40) scored to `index` points, filled in order. */
function spasskDirection(block: string, code: string, index: number) {
  const maxima = { [`${code}.goals.1`]: 30, [`${code}.monitoring.1`]: 30, [`${code}.measures.1`]: 40 };
  let rest = index;
  const points: Record<string, number> = {};
  for (const [position, max] of Object.entries(maxima)) {
    points[position] = Math.min(max, rest);
    rest -= points[position];
  }
  return { direction: { block, code, positions: maxima }, points };
}

describe('computeMechanismIndex: Spassk-Dalny 2021 (seed 004, Введение)', () => {
  // B1 «результаты»: 79, 86, 35, 41; B2 «деятельность»: 77, 45, 57, 92; every direction max 100.
  const published: [string, string, number][] = [
    ['B1', 'D1', 79],
    ['B1', 'D2', 86],
    ['B1', 'D3', 35],
    ['B1', 'D4', 41],
    ['B2', 'D5', 77],
    ['B2', 'D6', 45],
    ['B2', 'D7', 57],
    ['B2', 'D8', 92],
  ];
  const parts = published.map(([b, d, i]) => spasskDirection(b, d, i));
  const catalogue = buildMechanismCatalogue(parts.map((p) => p.direction));
  const r = computeMechanismIndex(catalogue, Object.assign({}, ...parts.map((p) => p.points)), { includeOptional: false });

  it.each(published)('%s %s index %i', (_, d, index) => {
    expect(v(direction(r, d)?.index)).toBe(index); // e.g. D1: 30 + 30 + 19 = 79 of 100
  });

  it.each<[string, number, number, number]>([
    // (79 + 86 + 35 + 41) / 4 = 241 / 4 = 60.25 → published 60 %
    ['B1', 241, 60.25, 60],
    // (77 + 45 + 57 + 92) / 4 = 271 / 4 = 67.75 → published 68 %
    ['B2', 271, 67.75, 68],
  ])('%s: mean of direction indices and step-7 index agree with equal maxima', (code, points, exact, shown) => {
    const b = block(r, code);
    expect(v(b?.points)).toBe(points);
    expect(b?.maxPoints).toBe(400); // 4 × 100
    expect(v(b?.meanDirectionIndex)).toBeCloseTo(exact, 10);
    expect(v(b?.index)).toBeCloseTo(exact, 10); // 241 / 400 = 60.25; 271 / 400 = 67.75
    expect(Math.round(Number(v(b?.meanDirectionIndex)))).toBe(shown); // rounding only at presentation
  });

  it('overall index (241 + 271) / 800 = 64 %', () => {
    expect(v(r.total)).toBe(512);
    expect(v(r.index)).toBe(64);
  });
});
