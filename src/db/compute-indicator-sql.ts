import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { FormulaNode } from '../domain/catalogue/formula/ast.ts';
import {
  compileFormulaToSql,
  joinSql,
  sqlf,
  type CompiledFormula,
  type FormulaColumn,
  type SqlFragment,
} from '../domain/catalogue/formula/to-sql.ts';
import { invalid, missing, ok, type Outcome } from '../domain/outcome.ts';
import type { RollUpRule } from '../domain/indicator-values/roll-up.ts';
import type { OrgType } from '../domain/org/org-kind.ts';
import { ENGINE_STATUSES } from './repositories/data-value-repository.ts';
import type { Database } from './schema.ts';

/*
 * The set-based path of the engine: one indicator, one period, every organisation of the given
 * types under a path prefix, with municipal and regional roll-ups, in one SQL statement. It agrees
 * exactly with domain/indicator-values/indicator-values.ts (see compute-indicator-sql.db.test.ts).
 *
 *   scope        organisations (kind 'organisation') under the prefix, open in the period (not closed on or
 *                before its start): id, municipality (parent_id), type
 *   municipality the municipalities of the scope (all types, as the pure path's input.orgs)
 *   v            data_value of the period, engine statuses, the formula's elements
 *   p            pivot: one row per applicable organisation and per municipality, a column per reference
 *   e            the compiled formula per object: value, state, numerator/denominator, roll-up part
 *   agg          per municipality: Σ over its applicable organisations of the contributing parts
 *   part         per municipality: its own evaluation when it has its own values for the formula's
 *                elements (as the pure path), else agg
 * The final select returns organisation rows, municipality rows and the region row (Σ of the parts).
 */

export interface IndicatorSqlInput {
  formula: FormulaNode;
  periodId: number;
  /** Materialised path prefix of the scope, e.g. "/1/" for a region. */
  pathPrefix: string;
  orgTypes: readonly OrgType[];
  /** Levels of education the organisations must teach (org.attributes.levels contains each); none: every organisation of the types. */
  levels?: readonly string[];
  regionId: number;
  /** Whether to return the region's row (default true); false when the scope is one municipality. */
  withRegion?: boolean;
  /** Parsed formulas of other indicators, for @CODE. */
  indicator?: (code: string) => FormulaNode | undefined;
}

export interface IndicatorSqlRow {
  level: 'organisation' | 'municipality' | 'region';
  objectId: number;
  outcome: Outcome;
  /** Roll-up parts (municipality and region computed as roll-ups); numerator/denominator of the top ratio for organisations. */
  numerator: number | null;
  denominator: number | null;
  used: number | null;
  total: number | null;
}

/** Turns a domain fragment into Kysely SQL: text pieces raw (ours), parameters bound. */
export function toKysely(f: SqlFragment): RawBuilder<unknown> {
  return sql.join(
    f.map((p) => (typeof p === 'string' ? sql.raw(p) : sql.val(p.param))),
    sql.raw(''),
  );
}

// Roll-up by the formula's top node: ratio and share → Σnum × 100 / Σden, quotient → Σnum / Σden, sum → Σ.
const rollUpValue = (kind: SqlFragment, num: SqlFragment, den: SqlFragment): SqlFragment =>
  sqlf`case ${kind} when 'quotient' then ${num} / nullif(${den}, 0) when 'sum' then ${num} else ${num} * 100 / nullif(${den}, 0) end`;
const rollUpState = (kind: SqlFragment, used: SqlFragment, total: SqlFragment, den: SqlFragment): SqlFragment =>
  sqlf`case when ${total} = 0 or ${used} = 0 then 'missing' when ${kind} in ('ratio', 'quotient') and ${den} = 0 then 'invalid' end`;

/** One indicator of a batch: its code and compiled formula (pivot columns named apart, see columnPrefix). */
export interface BatchEntry {
  code: string;
  compiled: CompiledFormula;
}

/** The full statement for one indicator as a fragment (kept as data so that tests can snapshot it). */
export function indicatorSqlFragment(compiled: CompiledFormula, input: Omit<IndicatorSqlInput, 'formula' | 'indicator'>): SqlFragment {
  return indicatorsSqlFragment([{ code: '', compiled }], input);
}

/**
 * The statement for a batch of indicators that apply to the same organisation types: one pivot
 * of the values of all their elements, then one row per object and indicator (a lateral VALUES
 * of the compiled formulas), rolled up per municipality and indicator. Each indicator's numbers
 * are the same as alone; a batch only saves the per-statement work (scope, pivot, joins).
 */
export function indicatorsSqlFragment(batch: readonly BatchEntry[], input: Omit<IndicatorSqlInput, 'formula' | 'indicator'>): SqlFragment {
  const p = (value: string | number) => ({ param: value });
  const list = (values: readonly (string | number)[]) =>
    values.length
      ? joinSql(
          values.map((x) => sqlf`${p(x)}`),
          ', ',
        )
      : ['null'];
  const elementCodes = [...new Set(batch.flatMap((b) => b.compiled.elementCodes))];
  const pivotColumns = batch.flatMap((b) => b.compiled.pivot.map((c) => sqlf`${c.sql} as ${[c.name]}`));
  const hasOwn = batch.map((b, k) => {
    const direct = b.compiled.directElementCodes;
    const own = direct.length ? sqlf`count(v.org_id) filter (where v.data_element_code in (${list(direct)})) > 0` : ['false'];
    return sqlf`${own} as ${[`has_own_${k}`]}`;
  });
  const formulaRows = batch.map((b, k) => {
    const col = (name: FormulaColumn): SqlFragment => b.compiled.select.find((c) => c.name === name)?.sql ?? ['null'];
    return sqlf`(${p(b.code)}::text, ${p(b.compiled.kind)}::text, (${col('value')})::float8, (${col('state')})::text,
      (${col('numerator')})::float8, (${col('denominator')})::float8, (${col('contributes')})::boolean,
      (${col('part_numerator')})::float8, (${col('part_denominator')})::float8, ${[`p.has_own_${k}`]})`;
  });
  const codeRows = batch.map((b) => sqlf`(${p(b.code)}::text, ${p(b.compiled.kind)}::text)`);
  const col = (name: string): SqlFragment => [name];

  // Organisations that teach the indicator's levels (attributes.levels is a JSON array containing each).
  // Without levels the statement is the same as before the condition existed.
  const levelled = Boolean(input.levels?.length);
  const teaches: SqlFragment = levelled
    ? sqlf`, coalesce(jsonb_typeof(o.attributes -> 'levels') = 'array' and (o.attributes -> 'levels') @> ${p(JSON.stringify(input.levels))}::jsonb, false) as teaches`
    : [];
  return sqlf`with scope as (
  select o.id, o.parent_id as municipality_id, o.type${teaches}
  from org o
  where o.kind = 'organisation' and o.path like ${p(input.pathPrefix)} || '%'
    and (o.closed_on is null or o.closed_on > (select pr.starts_on from period pr where pr.id = ${p(input.periodId)}))
), municipality as (
  select distinct municipality_id as id from scope
), object as (
  select id from scope where type in (${list(input.orgTypes)})${levelled ? [' and teaches'] : []}
  union all
  select id from municipality
), code (code, kind) as (
  values ${joinSql(codeRows, ', ')}
), v as (
  select dv.org_id, dv.data_element_code, dv.breakdown, dv.value
  from data_value dv
  where dv.period_id = ${p(input.periodId)}
    and dv.status in (${list(ENGINE_STATUSES)})
    and dv.data_element_code in (${list(elementCodes)})
    and dv.org_id in (select id from object)
), p as (
  select object.id as object_id, ${joinSql([...pivotColumns, ...hasOwn], ',\n    ')}
  from object left join v on v.org_id = object.id
  group by object.id
), e as (
  select p.object_id, f.*
  from p cross join lateral (values
    ${joinSql(formulaRows, ',\n    ')}
  ) as f (code, kind, value, state, numerator, denominator, contributes, part_numerator, part_denominator, has_own)
), orgs as (
  select scope.id, scope.municipality_id, e.*
  from scope join e on e.object_id = scope.id
  where scope.type in (${list(input.orgTypes)})${levelled ? [' and scope.teaches'] : []}
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
  case when part.has_own then part.own_value else ${rollUpValue(col('part.kind'), col('part.numerator'), col('part.denominator'))} end,
  case when part.has_own then part.own_state else ${rollUpState(col('part.kind'), col('part.used'), col('part.total'), col('part.denominator'))} end,
  part.numerator, part.denominator, part.used, part.total
from part
union all
select 'region', region.code, ${p(input.regionId)}::int,
  ${rollUpValue(col('region.kind'), col('region.numerator'), col('region.denominator'))},
  ${rollUpState(col('region.kind'), col('region.used'), col('region.total'), col('region.denominator'))},
  region.numerator, region.denominator, region.used, region.total
from region${input.withRegion === false ? [' where false'] : []}`;
}

/** Reasons of the set-based path, the same words as outcomeOf. */
const MISSING_REASON = 'нет данных';
const INVALID_REASON = 'значение не может быть вычислено';

interface RawRow {
  level: IndicatorSqlRow['level'];
  object_id: number;
  value: number | null;
  state: 'missing' | 'invalid' | null;
  numerator: number | null;
  denominator: number | null;
  used: number | null;
  total: number | null;
}

/** Computes one indicator for one period over a scope, per organisation, municipality and region. */
export async function computeIndicatorSql(db: Kysely<Database>, input: IndicatorSqlInput): Promise<IndicatorSqlRow[]> {
  const compiled = compileFormulaToSql(input.formula, { indicator: input.indicator });
  const { rows } = await toKysely(indicatorSqlFragment(compiled, input)).execute(db);
  return (rows as RawRow[]).map((r) => ({
    level: r.level,
    objectId: Number(r.object_id),
    outcome: outcomeOf(r),
    numerator: r.numerator,
    denominator: r.denominator,
    used: r.used,
    total: r.total,
  }));
}

function outcomeOf(r: RawRow): Outcome {
  if (r.state === 'missing') return missing(MISSING_REASON);
  if (r.state === 'invalid') return invalid(INVALID_REASON);
  if (r.value === null) return missing(MISSING_REASON);
  return ok(r.value);
}

/**
 * Computes a batch of indicators (same organisation types) as computeIndicatorSql does and stores
 * the rows in indicator_result with `insert … select`: nothing travels to JavaScript. The caller
 * deletes the previous rows.
 */
export async function storeIndicatorsSql(
  db: Kysely<Database>,
  input: Omit<IndicatorSqlInput, 'formula'> & { frameworkId: number; batch: readonly { code: string; formula: FormulaNode }[] },
): Promise<void> {
  const batch = input.batch.map((b, k) => ({
    code: b.code,
    compiled: compileFormulaToSql(b.formula, { indicator: input.indicator, columnPrefix: `i${k}_e` }),
  }));
  const rows = toKysely(indicatorsSqlFragment(batch, input));
  await sql`insert into indicator_result
      (framework_id, period_id, org_id, indicator_code, level, outcome, value, reason, numerator, denominator, used, total)
    select ${input.frameworkId}::int, ${input.periodId}::int, r.object_id, r.code, r.level,
      case when r.state is null and r.value is not null then 'ok' else coalesce(r.state, 'missing') end,
      case when r.state is null then r.value end,
      case when r.state = 'invalid' then ${INVALID_REASON}::text when r.state is not null or r.value is null then ${MISSING_REASON}::text end,
      r.numerator, r.denominator, r.used, r.total
    from (${rows}) r`.execute(db);
}

/**
 * Re-rolls the region's rows of the given indicators from the stored rows of its municipalities
 * (their roll-up parts), exactly as the region row of indicatorsSqlFragment: after one
 * municipality was recomputed, the region need not be.
 */
export async function reRollRegionSql(
  db: Kysely<Database>,
  input: {
    frameworkId: number;
    periodId: number;
    regionId: number;
    municipalityIds: readonly number[];
    indicators: readonly { code: string; kind: RollUpRule }[];
  },
): Promise<void> {
  if (input.indicators.length === 0) return;
  const p = (value: string | number) => ({ param: value });
  const codes = joinSql(
    input.indicators.map((i) => sqlf`(${p(i.code)}::text, ${p(i.kind)}::text)`),
    ', ',
  );
  const municipalities = input.municipalityIds.length
    ? joinSql(
        input.municipalityIds.map((id) => sqlf`${p(id)}::int`),
        ', ',
      )
    : ['null::int'];
  const col = (name: string): SqlFragment => [name];
  const fragment = sqlf`with code (code, kind) as (
  values ${codes}
), region as (
  select code.code, code.kind, coalesce(sum(r.total), 0) as total, coalesce(sum(r.used), 0) as used,
    coalesce(sum(r.numerator), 0) as numerator, coalesce(sum(r.denominator), 0) as denominator
  from code left join indicator_result r
    on r.indicator_code = code.code and r.framework_id = ${p(input.frameworkId)} and r.period_id = ${p(input.periodId)}
    and r.level = 'municipality' and r.org_id in (${municipalities})
  group by code.code, code.kind
), rolled as (
  select region.*, ${rollUpValue(col('region.kind'), col('region.numerator'), col('region.denominator'))} as value,
    ${rollUpState(col('region.kind'), col('region.used'), col('region.total'), col('region.denominator'))} as state
  from region
)
insert into indicator_result
  (framework_id, period_id, org_id, indicator_code, level, outcome, value, reason, numerator, denominator, used, total)
select ${p(input.frameworkId)}::int, ${p(input.periodId)}::int, ${p(input.regionId)}::int, rolled.code, 'region',
  case when rolled.state is null and rolled.value is not null then 'ok' else coalesce(rolled.state, 'missing') end,
  case when rolled.state is null then rolled.value end,
  case when rolled.state = 'invalid' then ${p(INVALID_REASON)}::text when rolled.state is not null or rolled.value is null then ${p(MISSING_REASON)}::text end,
  rolled.numerator, rolled.denominator, rolled.used, rolled.total
from rolled
on conflict (framework_id, period_id, org_id, indicator_code) do update set
  outcome = excluded.outcome, value = excluded.value, reason = excluded.reason,
  numerator = excluded.numerator, denominator = excluded.denominator, used = excluded.used, total = excluded.total`;
  await toKysely(fragment).execute(db);
}
