import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg } from '../../../test/helpers/factories.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { parseFormula } from '../../domain/catalogue/formula/parse-formula.ts';
import type { ElementValue } from '../../domain/indicator-values/element-values.ts';
import { computeIndicatorValues, type OrgRow } from '../../domain/indicator-values/indicator-values.ts';
import { levelsOf, type EducationLevel } from '../../domain/org/education-levels.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { storedOutcome } from '../../db/repositories/indicator-result-repository.ts';
import { computeValues } from './compute-values.ts';

// Seed 003 §3: D2.01–D2.03 count «руководителей ОО, реализующих основные образовательные программы общего
// образования», defined there as «Руководители образовательных организаций, реализующих образовательные
// программы начального общего, основного общего и среднего общего образования». A basic school (no СОО)
// with zeros used to pass «отсутствуют выпускники, не достигшие порогового значения результатов ЕГЭ».
// With `levels: [НОО, ООО, СОО]` only schools teaching all three are counted; the others are not
// applicable (no value, out of the share's denominator), never 0 — in the recompute's values path and in the
// pure engine alike.

const FORMULA = 'share_orgs(t_ege_below = 0)';
const LEVELS: EducationLevel[] = ['НОО', 'ООО', 'СОО'];
let handle: DatabaseHandle;
let periodId = 0;
let regionId = 0;
let municipalityId = 0;
const school = { full: 0, basic: 0, unknown: 0, fullLow: 0 };
let orgs: OrgRow[] = [];
let values: ElementValue[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  const { db } = handle;
  await db
    .insertInto('data_element')
    .values({
      code: 't_ege_below',
      name: 'Тест',
      value_type: 'integer',
      unit: 'persons',
      level: 'organisation',
      breakdowns: '[]',
      org_types: null,
    })
    .execute();
  periodId = (
    await db
      .insertInto('period')
      .values({ code: 'lv-2025', kind: 'school_year', name: '2024/2025', starts_on: '2024-09-01', ends_on: '2025-08-31' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const region = await buildOrg(db, null, { name: 'Область' });
  const m = await buildOrg(db, region, { name: 'Район' });
  regionId = region.id;
  municipalityId = m.id;
  const make = async (attributes: Record<string, unknown>, below: number) => {
    const o = await buildOrg(db, m, { attributes });
    await db
      .insertInto('data_value')
      .values({
        org_id: o.id,
        period_id: periodId,
        data_element_code: 't_ege_below',
        breakdown: '',
        value: below,
        source: 'тест',
        status: 'accepted',
        entered_by: null,
      })
      .execute();
    values.push({ orgId: o.id, elementCode: 't_ege_below', breakdown: '', value: below });
    orgs.push({ id: o.id, municipalityId: m.id, type: 'school', levels: levelsOf(attributes) });
    return o.id;
  };
  school.full = await make({ levels: ['НОО', 'ООО', 'СОО'] }, 0);
  school.fullLow = await make({ levels: ['ООО', 'НОО', 'СОО'] }, 2);
  school.basic = await make({ levels: ['НОО', 'ООО'] }, 0); // a basic school: no ЕГЭ, «zeros»
  school.unknown = await make({ settlement: 'rural' }, 0); // the register does not say
  orgs = [...orgs];
  values = [...values];
}, 120_000);

afterAll(async () => {
  await handle.close();
});

const node = () => {
  const p = parseFormula(FORMULA);
  if (!p.ok) throw new Error('not parsed');
  return p.node;
};

/** The recompute's values path (compute-values.ts) for the one indicator, with or without the levels. */
async function viaValuesPath(levels?: readonly EducationLevel[]) {
  const orgs = await handle.db.selectFrom('org').select(['id', 'parent_id as parentId', 'kind', 'type', 'path', 'attributes']).execute();
  const v = await computeValues(handle.db, {
    frameworkId: 0,
    periodId,
    orgs,
    regions: orgs.filter((o) => o.id === regionId),
    indicators: [{ indicator: { code: 'D2.03', orgTypes: ['school'], ...(levels ? { levels: [...levels] } : {}) }, node: node() }],
  });
  return v.orgId.map((objectId, k) => ({
    level: v.level[k],
    objectId,
    outcome: storedOutcome({ outcome: v.outcome[k] ?? '', value: v.value[k] ?? null, reason: v.reason[k] ?? null }),
  }));
}

describe('an indicator for schools teaching НОО, ООО and СОО (seed 003 D2.01–D2.03)', () => {
  it('values path: only the schools teaching all three levels get a value and count in the share', async () => {
    const rows = await viaValuesPath(LEVELS);
    const orgRows = rows.filter((r) => r.level === 'organisation').map((r) => r.objectId);
    expect(orgRows.sort()).toEqual([school.full, school.fullLow].sort());
    const municipality = rows.find((r) => r.level === 'municipality' && r.objectId === municipalityId);
    expect(municipality?.outcome).toEqual({ kind: 'ok', value: 50 }); // 1 of the 2 full schools
  });

  it('values path without the condition (version 1): the basic school with zeros passes', async () => {
    const rows = await viaValuesPath();
    const municipality = rows.find((r) => r.level === 'municipality' && r.objectId === municipalityId);
    expect(municipality?.outcome).toEqual({ kind: 'ok', value: 75 }); // 3 of 4
  });

  it('the pure engine agrees', () => {
    const rows = computeIndicatorValues({
      indicators: [{ code: 'D2.03', formula: FORMULA, orgTypes: ['school'], levels: ['НОО', 'ООО', 'СОО'] }],
      values,
      orgs,
      regionId,
    });
    expect(
      rows
        .filter((r) => r.level === 'organisation')
        .map((r) => r.objectId)
        .sort(),
    ).toEqual([school.full, school.fullLow].sort());
    expect(rows.find((r) => r.level === 'municipality')?.outcome).toEqual({ kind: 'ok', value: 50 });
  });
});
