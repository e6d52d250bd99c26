import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg } from '../../test/helpers/factories.ts';
import { createTestDatabase } from '../../test/helpers/test-database.ts';
import { breakdownKey } from '../domain/catalogue/breakdown-key.ts';
import type { FormulaNode } from '../domain/catalogue/formula/ast.ts';
import { parseFormula } from '../domain/catalogue/formula/parse-formula.ts';
import { compileFormulaToSql, renderSql } from '../domain/catalogue/formula/to-sql.ts';
import { seededRandom } from '../domain/statistics/seeded-random.ts';
import type { ElementValue } from '../domain/indicator-values/element-values.ts';
import { computeIndicatorValues, type IndicatorSpec, type OrgRow } from '../domain/indicator-values/indicator-values.ts';
import type { Outcome } from '../domain/outcome.ts';
import type { OrgType } from '../domain/org/org-kind.ts';
import { computeIndicatorSql, indicatorSqlFragment, storeIndicatorsSql } from './compute-indicator-sql.ts';
import { storedOutcome } from './repositories/indicator-result-repository.ts';
import type { DatabaseHandle } from './create-database.ts';
import { ENGINE_STATUSES } from './repositories/data-value-repository.ts';
import type { DataValueTable } from './schema.ts';

// The golden agreement: the same formulas through the pure path (computeIndicatorValues) and
// through SQL must give the same outcome kind and the same number for every organisation,
// municipality and the region. Inputs are integers, and both paths compute in IEEE doubles in
// the same order (SQL casts to float8; ratio is num * 100 / den in both), so values are compared
// exactly. Roll-ups add per-object parts in different orders in the two paths, which is exact only
// while the parts are integers: the formulas below keep sum-rule parts integral (ratio, quotient
// and share roll-ups add integral numerators and denominators).

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
      const o = await buildOrg(db, m, { type });
      orgs.push({ id: o.id, municipalityId: m.id, type });
    }
  }

  const rows: { orgId: number; code: string; breakdown: Record<string, string>; value: number; status: DataValueTable['status'] }[] = [];
  const put = (orgId: number, code: string, breakdown: Record<string, string>, max: number) => {
    if (random.next() < 0.12) return; // missing
    const status =
      random.next() < 0.1 ? random.pick(['draft', 'submitted', 'rejected'] as const) : random.pick(['accepted', 'demo'] as const);
    const value = random.next() < 0.08 ? 0 : random.int(0, max);
    rows.push({ orgId, code, breakdown, value, status });
  };
  for (const o of orgs) {
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

beforeAll(async () => {
  handle = await createTestDatabase();
  data = await generate();
});
afterAll(async () => {
  await handle.close();
});

const parsed = (formula: string): FormulaNode => {
  const r = parseFormula(formula);
  if (!r.ok) throw new Error(r.issue.message);
  return r.node;
};

/** What both paths must agree on: the kind and, when ok, the exact number. */
const comparable = (o: Outcome) => (o.kind === 'ok' ? { kind: o.kind, value: o.value } : { kind: o.kind });

describe('the SQL path agrees with the pure path', () => {
  it('has zero denominators, missing values and every kind of outcome in the golden data', () => {
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
  });

  it.each(INDICATORS.map((i) => [i.code, i.formula, i] as const))('%s: %s', async (code, _formula, indicator) => {
    const pure = computeIndicatorValues({ indicators: INDICATORS, values: data.values, orgs: data.orgs, regionId: data.regionId })
      .filter((r) => r.indicatorCode === code)
      .map((r) => [`${r.level} ${r.objectId}`, comparable(r.outcome)] as const);
    const byCode = new Map(INDICATORS.map((i) => [i.code, i.formula]));
    const rows = await computeIndicatorSql(handle.db, {
      formula: parsed(indicator.formula),
      periodId: data.periodId,
      pathPrefix: data.regionPath,
      orgTypes: indicator.orgTypes,
      regionId: data.regionId,
      indicator: (c) => {
        const f = byCode.get(c);
        return f === undefined ? undefined : parsed(f);
      },
    });
    const viaSql = rows.map((r) => [`${r.level} ${r.objectId}`, comparable(r.outcome)] as const);
    const sorted = (list: (readonly [string, unknown])[]) => [...list].sort(([a], [b]) => a.localeCompare(b));
    expect(sorted(viaSql)).toEqual(sorted(pure));
    expect(viaSql.length).toBe(pure.length);
  });
});

describe('a batch of indicators in one statement', () => {
  it.each([
    ['school', SCHOOL],
    ['school and kindergarten', BOTH],
  ] as const)('agrees with the pure path for every %s indicator at once', async (_label, types) => {
    const byCode = new Map(INDICATORS.map((i) => [i.code, i.formula]));
    const batch = INDICATORS.filter((i) => i.orgTypes === types && !i.formula.includes('@'));
    const ids = { frameworkId: 0, periodId: data.periodId };
    // A framework row for the stored results: storeIndicatorsSql writes into indicator_result.
    const framework = await handle.db
      .insertInto('framework')
      .values({
        code: `golden-${types.length}`,
        version: 1,
        kind: 'indicators',
        name: 'Золотой тест',
        valid_from: '2024-01-01',
        valid_to: null,
        source: 'тест',
        content: JSON.stringify({}),
        content_hash: `golden-${types.length}`,
        origin: 'file',
        file_name: null,
        loaded_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.frameworkId = framework.id;
    await storeIndicatorsSql(handle.db, {
      ...ids,
      batch: batch.map((i) => ({ code: i.code, formula: parsed(i.formula) })),
      pathPrefix: data.regionPath,
      orgTypes: types,
      regionId: data.regionId,
      indicator: (c) => {
        const f = byCode.get(c);
        return f === undefined ? undefined : parsed(f);
      },
    });
    const stored = await handle.db
      .selectFrom('indicator_result')
      .select(['org_id', 'indicator_code', 'level', 'outcome', 'value', 'reason'])
      .where('framework_id', '=', framework.id)
      .execute();
    const codes = new Set(batch.map((i) => i.code));
    const pure = computeIndicatorValues({ indicators: INDICATORS, values: data.values, orgs: data.orgs, regionId: data.regionId })
      .filter((r) => codes.has(r.indicatorCode))
      .map((r) => [`${r.indicatorCode} ${r.level} ${r.objectId}`, comparable(r.outcome)] as const);
    const viaSql = stored.map((r) => [`${r.indicator_code} ${r.level} ${r.org_id}`, comparable(storedOutcome(r))] as const);
    const sorted = (list: (readonly [string, unknown])[]) => [...list].sort(([a], [b]) => a.localeCompare(b));
    expect(batch.length).toBeGreaterThan(5);
    expect(sorted(viaSql)).toEqual(sorted(pure));
  });
});

describe('the compiled SQL', () => {
  it('binds every code, filter value and number as a parameter', () => {
    const compiled = compileFormulaToSql(parsed('ratio(g_passed[subject=math], g_pupils[grade=4] - 1)'));
    const { text, params } = renderSql(
      indicatorSqlFragment(compiled, { periodId: 7, pathPrefix: '/1/', orgTypes: ['school'], regionId: 1 }),
    );
    expect(params).toEqual([
      ...['/1/', 7, 'school', '', 'ratio', 7, 'accepted', 'demo', 'g_passed', 'g_pupils'], // scope (open in the period), code, v
      ...['g_passed', 'subject=math', 'g_pupils', 'grade=4', 'g_passed', 'g_pupils'], // pivot, has_own
      ...['', 'ratio', 1, 1, 1, 1], // the formula row: code, kind, «- 1» in the value, the zero-denominator test, the denominator and the roll-up part
      ...['school', 1], // orgs, region id
    ]);
    expect(text).not.toContain('math');
    expect(text).toMatchInlineSnapshot(`
      "with scope as (
        select o.id, o.parent_id as municipality_id, o.type
        from org o
        where o.kind = 'organisation' and o.path like $1 || '%'
          and (o.closed_on is null or o.closed_on > (select pr.starts_on from period pr where pr.id = $2))
      ), municipality as (
        select distinct municipality_id as id from scope
      ), object as (
        select id from scope where type in ($3)
        union all
        select id from municipality
      ), code (code, kind) as (
        values ($4::text, $5::text)
      ), v as (
        select dv.org_id, dv.data_element_code, dv.breakdown, dv.value
        from data_value dv
        where dv.period_id = $6
          and dv.status in ($7, $8)
          and dv.data_element_code in ($9, $10)
          and dv.org_id in (select id from object)
      ), p as (
        select object.id as object_id, sum(v.value) filter (where v.data_element_code = $11 and $12 = any(string_to_array(v.breakdown, ';')))::float8 as e0,
          sum(v.value) filter (where v.data_element_code = $13 and $14 = any(string_to_array(v.breakdown, ';')))::float8 as e1,
          count(v.org_id) filter (where v.data_element_code in ($15, $16)) > 0 as has_own_0
        from object left join v on v.org_id = object.id
        group by object.id
      ), e as (
        select p.object_id, f.*
        from p cross join lateral (values
          ($17::text, $18::text, ((p.e0 * 100 / nullif((p.e1 - $19::float8), 0)))::float8, (coalesce(case when p.e0 is null then 'missing' when p.e0 in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) then 'invalid' end, case when p.e1 is null then 'missing' when p.e1 in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) then 'invalid' end, case when (p.e1 - $20::float8) = 0 then 'invalid' end))::text,
            (p.e0)::float8, ((p.e1 - $21::float8))::float8, ((coalesce(case when p.e0 is null then 'missing' when p.e0 in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) then 'invalid' end, case when p.e1 is null then 'missing' when p.e1 in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) then 'invalid' end)) is null)::boolean,
            (p.e0)::float8, ((p.e1 - $22::float8))::float8, p.has_own_0)
        ) as f (code, kind, value, state, numerator, denominator, contributes, part_numerator, part_denominator, has_own)
      ), orgs as (
        select scope.id, scope.municipality_id, e.*
        from scope join e on e.object_id = scope.id
        where scope.type in ($23)
      ), agg as (
        select municipality.id, code.code,
          count(orgs.id)::float8 as total,
          count(orgs.id) filter (where orgs.contributes)::float8 as used,
          coalesce(sum(orgs.part_numerator) filter (where orgs.contributes), 0) as numerator,
          coalesce(sum(orgs.part_denominator) filter (where orgs.contributes), 0) as denominator
        from municipality cross join code
          left join orgs on orgs.municipality_id = municipality.id and orgs.code = code.code
        group by municipality.id, code.code
      ), part as (
        select agg.id, agg.code, e.kind, e.has_own, e.value as own_value, e.state as own_state,
          case when e.has_own then 1 else agg.total end as total,
          case when e.has_own then case when e.contributes then 1 else 0 end else agg.used end as used,
          case when e.has_own then case when e.contributes then e.part_numerator else 0 end else agg.numerator end as numerator,
          case when e.has_own then case when e.contributes then e.part_denominator else 0 end else agg.denominator end as denominator
        from agg join e on e.object_id = agg.id and e.code = agg.code
      ), region as (
        select code.code, code.kind, coalesce(sum(part.total), 0) as total, coalesce(sum(part.used), 0) as used,
          coalesce(sum(part.numerator), 0) as numerator, coalesce(sum(part.denominator), 0) as denominator
        from code left join part on part.code = code.code
        group by code.code, code.kind
      )
      select 'organisation' as level, orgs.code, orgs.id as object_id, orgs.value, orgs.state,
        orgs.numerator, orgs.denominator, null::float8 as used, null::float8 as total
      from orgs
      union all
      select 'municipality', part.code, part.id,
        case when part.has_own then part.own_value else case part.kind when 'quotient' then part.numerator / nullif(part.denominator, 0) when 'sum' then part.numerator else part.numerator * 100 / nullif(part.denominator, 0) end end,
        case when part.has_own then part.own_state else case when part.total = 0 or part.used = 0 then 'missing' when part.kind in ('ratio', 'quotient') and part.denominator = 0 then 'invalid' end end,
        part.numerator, part.denominator, part.used, part.total
      from part
      union all
      select 'region', region.code, $24::int,
        case region.kind when 'quotient' then region.numerator / nullif(region.denominator, 0) when 'sum' then region.numerator else region.numerator * 100 / nullif(region.denominator, 0) end,
        case when region.total = 0 or region.used = 0 then 'missing' when region.kind in ('ratio', 'quotient') and region.denominator = 0 then 'invalid' end,
        region.numerator, region.denominator, region.used, region.total
      from region"
    `);
  });
});
