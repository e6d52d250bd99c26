import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg } from '../../../test/helpers/factories.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { breakdownKey } from '../../domain/catalogue/breakdown-key.ts';
import type { Catalogue, Indicator } from '../../domain/catalogue/catalogue.ts';
import { seededRandom } from '../../domain/statistics/seeded-random.ts';
import type { ElementValue } from '../../domain/indicator-values/element-values.ts';
import { computeIndicatorValues, type IndicatorSpec, type OrgRow } from '../../domain/indicator-values/indicator-values.ts';
import { planIndicators } from '../../domain/indicator-values/plan-indicators.ts';
import type { Outcome } from '../../domain/outcome.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { ENGINE_STATUSES } from '../../db/repositories/data-value-repository.ts';
import { storedOutcome } from '../../db/repositories/indicator-result-repository.ts';
import type { DataValueTable } from '../../db/schema.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { computeResults } from './compute-results.ts';
import { computeValues } from './compute-values.ts';

// The golden agreement: the same formulas through the pure engine (computeIndicatorValues) and
// through the recompute's values path (compute-values.ts: typed arrays, compiled formulas, bulk
// read and write) must give the same outcome — kind, reason, and the number bit for bit
// (Object.is) — for every organisation, municipality and the region. Both paths add in the same
// order (values by organisation, element, breakdown; organisations by id; municipalities in order),
// so fractional values (g_events) are exact too. A closed school keeps values but is out of both.

const ELEMENTS: { code: string; valueType: string; breakdowns: string[]; level: string }[] = [
  { code: 'g_pupils', valueType: 'integer', breakdowns: ['grade'], level: 'organisation' },
  { code: 'g_passed', valueType: 'integer', breakdowns: ['grade', 'subject'], level: 'organisation' },
  { code: 'g_staff', valueType: 'integer', breakdowns: [], level: 'organisation' },
  { code: 'g_events', valueType: 'integer', breakdowns: [], level: 'organisation' },
  { code: 'g_site', valueType: 'boolean', breakdowns: [], level: 'organisation' },
  { code: 'g_none', valueType: 'integer', breakdowns: [], level: 'organisation' },
  { code: 'g_plan', valueType: 'integer', breakdowns: [], level: 'municipality' },
];

const SCHOOL: OrgType[] = ['school'];
const BOTH: OrgType[] = ['school', 'kindergarten'];
const INDICATORS: IndicatorSpec[] = [
  { code: 'R1', formula: 'ratio(g_passed, g_pupils)', orgTypes: SCHOOL },
  { code: 'R2', formula: 'ratio(g_passed[subject=math], g_pupils[grade=4])', orgTypes: SCHOOL },
  { code: 'R3', formula: 'ratio(g_passed[grade=4, subject=rus], g_pupils[grade=4])', orgTypes: SCHOOL },
  { code: 'R4', formula: 'ratio(sum(g_passed[subject=math], g_passed[subject=rus]), g_pupils - g_staff)', orgTypes: BOTH },
  { code: 'R5', formula: 'ratio(g_events * 2 + 1, g_staff)', orgTypes: BOTH },
  { code: 'R6', formula: 'ratio(g_events, g_staff * 0)', orgTypes: SCHOOL }, // Σ den = 0 in every roll-up
  { code: 'Q1', formula: 'g_passed / g_pupils[grade=3]', orgTypes: SCHOOL },
  { code: 'S1', formula: 'sum(g_pupils, g_staff)', orgTypes: BOTH },
  { code: 'S2', formula: 'g_pupils', orgTypes: BOTH },
  { code: 'S3', formula: '(g_passed - g_staff) * 2 + -g_events', orgTypes: SCHOOL },
  { code: 'S4', formula: 'count_orgs(g_events > 2 or g_staff < 5)', orgTypes: BOTH },
  { code: 'S5', formula: 'g_plan', orgTypes: SCHOOL }, // municipalities have their own values
  { code: 'S6', formula: 'sum(g_events, g_plan)', orgTypes: SCHOOL }, // own municipal data without g_events → missing
  { code: 'S7', formula: '3 * 4 - 2', orgTypes: SCHOOL }, // a constant
  { code: 'F1', formula: 'flag(g_site)', orgTypes: BOTH },
  { code: 'F2', formula: 'flag(g_events >= 3)', orgTypes: SCHOOL },
  { code: 'F3', formula: 'flag(g_passed / (g_pupils - 10) > 0.5)', orgTypes: SCHOOL }, // zero denominators inside
  { code: 'F4', formula: 'share_orgs(g_site = 1 and g_pupils[grade=2] > 10)', orgTypes: SCHOOL },
  { code: 'F5', formula: 'share_orgs(g_staff != 0 and g_events <= 2)', orgTypes: BOTH },
  { code: 'F6', formula: 'flag(@R1 >= 50)', orgTypes: SCHOOL },
  { code: 'F7', formula: 'share_persons(g_site)', orgTypes: BOTH },
  { code: 'F8', formula: 'flag(g_none > 0)', orgTypes: SCHOOL }, // nobody has it: missing everywhere
  { code: 'L1', formula: 'share_orgs(g_staff > 3)', orgTypes: SCHOOL, levels: ['НОО', 'ООО', 'СОО'] }, // only schools teaching all three
  { code: 'Q2', formula: 'g_events / g_staff', orgTypes: BOTH }, // fractional numerators
];

interface Generated {
  orgs: OrgRow[];
  regionId: number;
  regionPath: string;
  periodId: number;
  values: ElementValue[];
  /** The organisation whose g_staff is stored as 'NaN'. */
  notANumberOrgId: number;
}

let handle: DatabaseHandle;
let data: Generated;

/** A region, three municipalities (the third with kindergartens only), 30 organisations, random integer values. */
async function generate(): Promise<Generated> {
  const { db } = handle;
  const random = seededRandom(20241);
  await db
    .insertInto('data_element')
    .values(
      ELEMENTS.map((e) => ({
        code: e.code,
        name: `Тестовый элемент ${e.code}`,
        value_type: e.valueType,
        unit: 'units',
        level: e.level,
        breakdowns: JSON.stringify(e.breakdowns),
        org_types: null,
      })),
    )
    .execute();
  const period = await db
    .insertInto('period')
    .values({ code: 'golden-2025', kind: 'school_year', name: '2024/2025', starts_on: '2024-09-01', ends_on: '2025-08-31' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const region = await buildOrg(db, null, { name: 'Золотая область' });
  const orgs: OrgRow[] = [];
  const municipalities = [];
  for (const [i, count] of [12, 12, 6].entries()) {
    const m = await buildOrg(db, region, { name: `Район ${i + 1}` });
    municipalities.push(m);
    for (let k = 0; k < count; k++) {
      const type: OrgType = i === 2 || k % 4 === 3 ? 'kindergarten' : 'school';
      const levels = k % 3 === 0 ? ['НОО', 'ООО', 'СОО'] : k % 3 === 1 ? ['НОО', 'ООО'] : null;
      const o = await buildOrg(db, m, { type, attributes: levels ? { levels } : {} });
      orgs.push({ id: o.id, municipalityId: m.id, type, levels });
    }
  }

  // Closed before the period starts: its values stay in the table, but it is out of the period's results.
  const closed = await buildOrg(db, municipalities[0] ?? null, { type: 'school' });
  await sql`update org set closed_on = '2024-06-01' where id = ${closed.id}`.execute(db);

  const rows: { orgId: number; code: string; breakdown: Record<string, string>; value: number; status: DataValueTable['status'] }[] = [];
  const put = (orgId: number, code: string, breakdown: Record<string, string>, max: number) => {
    if (random.next() < 0.12) return; // missing
    const status =
      random.next() < 0.1 ? random.pick(['draft', 'submitted', 'rejected'] as const) : random.pick(['accepted', 'demo'] as const);
    const value = random.next() < 0.08 ? 0 : code === 'g_events' ? random.int(0, 10 * max) / 10 : random.int(0, max);
    rows.push({ orgId, code, breakdown, value, status });
  };
  for (const o of [...orgs, { id: closed.id }]) {
    for (const grade of ['1', '2', '3', '4']) {
      put(o.id, 'g_pupils', { grade }, 30);
      for (const subject of ['math', 'rus']) put(o.id, 'g_passed', { grade, subject }, 15);
    }
    put(o.id, 'g_staff', {}, 12);
    put(o.id, 'g_events', {}, 5);
    put(o.id, 'g_site', {}, 1);
  }
  // Municipality-level values: the first two municipalities report their own plan.
  for (const m of municipalities.slice(0, 2)) put(m.id, 'g_plan', {}, 100);
  put(orgs[0]?.id ?? 0, 'g_plan', {}, 100); // and one school, which the municipality's own value overrides
  // A stored non-number (numeric 'NaN'): invalid in both paths, not missing.
  const notANumber = rows.find((r) => r.code === 'g_staff' && ENGINE_STATUSES.includes(r.status));
  if (notANumber) notANumber.value = Number.NaN;

  for (const r of rows) {
    await db
      .insertInto('data_value')
      .values({
        org_id: r.orgId,
        period_id: period.id,
        data_element_code: r.code,
        breakdown: breakdownKey(r.breakdown),
        value: Number.isNaN(r.value) ? 'NaN' : r.value,
        source: 'тест',
        status: r.status,
        entered_by: null,
      })
      .execute();
  }
  const values = rows
    .filter((r) => ENGINE_STATUSES.includes(r.status))
    .map((r) => ({ orgId: r.orgId, elementCode: r.code, breakdown: breakdownKey(r.breakdown), value: r.value }));
  return { orgs, regionId: region.id, regionPath: region.path, periodId: period.id, values, notANumberOrgId: notANumber?.orgId ?? 0 };
}

/** What both paths must agree on: the kind, the reason, and the number bit for bit. */
const comparable = (o: Outcome) => (o.kind === 'ok' ? { kind: o.kind, value: o.value } : { kind: o.kind, reason: o.reason });
const sorted = <T>(list: (readonly [string, T])[]) => [...list].sort(([a], [b]) => a.localeCompare(b));

/** The pure engine's rows of the given codes, keyed «code level id». */
function pureRows(codes: ReadonlySet<string>) {
  return computeIndicatorValues({ indicators: INDICATORS, values: data.values, orgs: data.orgs, regionId: data.regionId })
    .filter((r) => codes.has(r.indicatorCode))
    .map((r) => [`${r.indicatorCode} ${r.level} ${r.objectId}`, comparable(r.outcome)] as const);
}

/** Equal as toEqual, and every number identical by Object.is (0 and −0 apart). */
function expectSame(
  actual: (readonly [string, ReturnType<typeof comparable>])[],
  expected: (readonly [string, ReturnType<typeof comparable>])[],
) {
  expect(sorted(actual)).toEqual(sorted(expected));
  const want = new Map(expected);
  const differ = actual.filter(([key, o]) => {
    const w = want.get(key);
    return !w || w.kind !== o.kind || ('value' in o && 'value' in w && !Object.is(o.value, w.value));
  });
  expect(differ).toEqual([]);
  expect(actual.length).toBe(expected.length);
}

async function openOrgs() {
  return handle.db
    .selectFrom('org')
    .select(['id', 'parent_id as parentId', 'kind', 'type', 'path', 'attributes', 'closed_on as closedOn'])
    .where('closed_on', 'is', null)
    .execute();
}

beforeAll(async () => {
  handle = await createTestDatabase();
  data = await generate();
}, 120_000);
afterAll(async () => {
  await handle.close();
});

describe('the values path agrees with the pure engine', () => {
  it('has zero denominators, missing values, non-numbers and every kind of outcome in the golden data', () => {
    const pure = computeIndicatorValues({ indicators: INDICATORS, values: data.values, orgs: data.orgs, regionId: data.regionId });
    const kinds = new Set(pure.map((r) => `${r.level}:${r.outcome.kind}`));
    expect([...kinds].sort()).toEqual([
      'municipality:invalid',
      'municipality:missing',
      'municipality:ok',
      'organisation:invalid',
      'organisation:missing',
      'organisation:ok',
      'region:invalid',
      'region:missing',
      'region:ok',
    ]);
    const s1 = pure.find((r) => r.indicatorCode === 'S1' && r.level === 'organisation' && r.objectId === data.notANumberOrgId);
    expect(s1?.outcome.kind).toBe('invalid');
    expect(pure.some((r) => r.outcome.kind === 'ok' && !Number.isInteger(r.outcome.value))).toBe(true);
  });

  const plan = planIndicators(INDICATORS);
  it.each(plan.sql.map(({ indicator }) => [indicator.code, indicator.formula] as const))('%s: %s', async (code) => {
    const orgs = await openOrgs();
    const values = await computeValues(handle.db, {
      frameworkId: 0,
      periodId: data.periodId,
      orgs,
      regions: orgs.filter((o) => o.id === data.regionId),
      indicators: plan.sql.filter((e) => e.indicator.code === code),
    });
    const viaPath = values.orgId.map(
      (id, k) =>
        [
          `${values.code[k]} ${values.level[k]} ${id}`,
          comparable(storedOutcome({ outcome: values.outcome[k] ?? '', value: values.value[k] ?? null, reason: values.reason[k] ?? null })),
        ] as const,
    );
    expectSame(viaPath, pureRows(new Set([code])));
  });

  it('computeResults stores every indicator (compiled, @CODE and persons alike) as the pure engine computes it', async () => {
    const catalogue: Catalogue = {
      code: 'golden',
      version: 1,
      kind: 'indicators',
      name: 'Золотой тест',
      validFrom: '2024-01-01',
      validTo: null,
      source: 'тест',
      blocks: [{ code: 'B1', name: 'Блок', directions: [{ code: 'D1', name: 'Направление' }] }],
      indicators: INDICATORS.map((i, k): Indicator => ({
        ...i,
        orgTypes: [...i.orgTypes],
        levels: i.levels as Indicator['levels'],
        name: `Показатель ${i.code}`,
        directions: ['D1'],
        unit: 'percent',
        polarity: k % 3 === 0 ? 'lower_better' : 'higher_better',
        periodKind: 'school_year',
        method: 'form',
        source: 'тест',
      })),
    };
    const framework = await handle.db
      .insertInto('framework')
      .values({
        code: 'golden',
        version: 1,
        kind: 'indicators',
        name: catalogue.name,
        valid_from: '2024-01-01',
        valid_to: null,
        source: 'тест',
        content: JSON.stringify(catalogue),
        content_hash: 'golden',
        origin: 'file',
        file_name: null,
        loaded_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await computeResults({ db: handle.db, actor: SYSTEM_ACTOR, requestId: null }, { frameworkId: framework.id, periodId: data.periodId });
    const stored = await handle.db
      .selectFrom('indicator_result')
      .select(['org_id', 'indicator_code', 'level', 'outcome', 'value', 'reason'])
      .where('framework_id', '=', framework.id)
      .where('period_id', '=', data.periodId)
      .execute();
    const viaPath = stored.map((r) => [`${r.indicator_code} ${r.level} ${r.org_id}`, comparable(storedOutcome(r))] as const);
    expectSame(viaPath, pureRows(new Set(INDICATORS.map((i) => i.code))));
  });
});
