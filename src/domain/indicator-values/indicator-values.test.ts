import { describe, expect, it } from 'vitest';
import type { ElementValue } from './element-values.ts';
import { computeIndicatorValues, type IndicatorSpec, type IndicatorValue, type OrgRow } from './indicator-values.ts';
import { invalid, missing, ok } from '../outcome.ts';

// Region 1 → municipalities 10 and 20; schools 11, 12 in 10; school 21 and kindergarten 22 in 20.
const orgs: OrgRow[] = [
  { id: 11, municipalityId: 10, type: 'school' },
  { id: 12, municipalityId: 10, type: 'school' },
  { id: 21, municipalityId: 20, type: 'school' },
  { id: 22, municipalityId: 20, type: 'kindergarten' },
];
const v = (orgId: number, elementCode: string, value: number, breakdown = ''): ElementValue => ({ orgId, elementCode, breakdown, value });
const values: ElementValue[] = [
  v(11, 'passed', 12),
  v(11, 'pupils', 40),
  v(12, 'passed', 3),
  v(12, 'pupils', 10),
  v(21, 'pupils', 50), // no «passed»: excluded from the ratio
  v(22, 'pupils', 30),
  v(11, 'site', 1),
  v(12, 'site', 0),
  v(21, 'site', 1),
  v(20, 'mun_events', 4), // a municipality-level element
];
const indicators: IndicatorSpec[] = [
  { code: 'K2', formula: '@K1 * 2', orgTypes: ['school'] }, // listed before K1 on purpose
  { code: 'K1', formula: 'ratio(passed, pupils)', orgTypes: ['school'] },
  { code: 'K3', formula: 'flag(site)', orgTypes: ['school'] },
  { code: 'K4', formula: 'pupils', orgTypes: ['school', 'kindergarten'] },
  { code: 'K5', formula: 'mun_events', orgTypes: ['school'] },
  { code: 'K6', formula: 'ratio(passed', orgTypes: ['school'] },
];
const rows = computeIndicatorValues({ indicators, values, orgs, regionId: 1 });
const at = (code: string, objectId: number): IndicatorValue | undefined =>
  rows.find((r) => r.indicatorCode === code && r.objectId === objectId);

describe('computeIndicatorValues', () => {
  it.each([
    ['K1', 11, ok(30)], // 12 × 100 / 40
    ['K1', 12, ok(30)], // 3 × 100 / 10
    ['K1', 21, missing('нет значения элемента «passed»')],
    ['K1', 10, ok(30)], // (12 + 3) × 100 / (40 + 10)
    ['K1', 20, missing('нет данных ни по одному из 1 объектов')],
    ['K1', 1, ok(30)], // region: 15 × 100 / 50, school 21 excluded
    ['K2', 11, ok(60)], // @K1 × 2 = 30 × 2, evaluated after K1
    ['K3', 11, ok(1)], // flag of one school: 1/0
    ['K3', 10, ok(50)], // 1 of 2 schools: 1 × 100 / 2
    ['K3', 1, ok((2 * 100) / 3)], // 2 of 3 schools
    ['K4', 20, ok(80)], // 50 + 30, both types apply
    ['K4', 1, ok(130)], // 40 + 10 + 50 + 30
    ['K5', 20, ok(4)], // the municipality's own value
    ['K5', 1, ok(4)], // schools have none: region = municipality 20 only
    ['K6', 11, invalid('формула не разобрана: ожидается «)» в конце вызова ratio(…), а найдено конец формулы (позиция 13)')],
  ])('%s for object %i', (code, objectId, expected) => {
    expect(at(code, objectId)?.outcome).toEqual(expected);
  });

  it('evaluates an indicator only for organisations of its types', () => {
    expect(at('K1', 22)).toBeUndefined();
    expect(at('K4', 22)?.level).toBe('organisation');
  });

  it('reports completeness of a roll-up', () => {
    const region = at('K1', 1)?.explanation;
    expect(region?.kind === 'roll-up' && [region.rollUp.used, region.rollUp.total]).toEqual([2, 3]);
  });

  it('rolls up persons named by the register: Σ persons meeting the condition / Σ persons, and counts them', () => {
    const named: ElementValue[] = [
      // School 11 has two leaders (one trained), school 12 one (trained); municipality 20 keeps a reserve of three.
      v(11, 'trained', 1, 'person=1'),
      v(11, 'trained', 0, 'person=2'),
      v(12, 'trained', 1, 'person=3'),
      v(20, 'covered', 1, 'person=4'),
      v(20, 'covered', 1, 'person=5'),
      v(20, 'covered', 0, 'person=6'),
    ];
    const specs: IndicatorSpec[] = [
      { code: 'P1', formula: 'share_persons(trained)', orgTypes: ['school'] },
      { code: 'P2', formula: 'count_persons(covered)', orgTypes: ['school'] },
    ];
    const out = computeIndicatorValues({ indicators: specs, values: named, orgs, regionId: 1 });
    const of = (code: string, id: number) => out.find((r) => r.indicatorCode === code && r.objectId === id)?.outcome;
    expect(of('P1', 11)).toEqual(ok(0.5));
    expect(of('P1', 10)).toEqual(ok((2 * 100) / 3)); // 2 of 3 leaders, not 1.5 of 2 schools
    expect(of('P1', 1)).toEqual(ok((2 * 100) / 3)); // school 21 has no leader values: excluded
    expect(of('P2', 20)).toEqual(ok(2)); // the municipality's own reserve
    expect(of('P2', 1)).toEqual(ok(2));
  });
});
