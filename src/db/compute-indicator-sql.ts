import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { FormulaNode } from '../domain/catalogue/formula/ast.ts';
import { compileFormulaToSql, joinSql, sqlf, type CompiledFormula, type SqlFragment } from '../domain/catalogue/formula/to-sql.ts';
import { invalid, missing, ok, type Outcome } from '../domain/engine/outcome.ts';
import type { OrgType } from '../domain/org/org-kind.ts';
import { ENGINE_STATUSES } from './repositories/data-value-repository.ts';
import type { Database } from './schema.ts';

/*
 * The set-based path of the engine: one indicator, one period, every organisation of the given
 * types under a path prefix, with municipal and regional roll-ups, in one SQL statement. It agrees
 * exactly with engine/indicator-values.ts (see compute-indicator-sql.db.test.ts).
 *
 *   scope        organisations (kind 'organisation') under the prefix: id, municipality (parent_id), type
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
  regionId: number;
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

/** The full statement as a fragment (kept as data so that tests can snapshot it). */
export function indicatorSqlFragment(compiled: CompiledFormula, input: Omit<IndicatorSqlInput, 'formula' | 'indicator'>): SqlFragment {
  const p = (value: string | number) => ({ param: value });
  const list = (values: readonly (string | number)[]) =>
    values.length
      ? joinSql(
          values.map((x) => sqlf`${p(x)}`),
          ', ',
        )
      : ['null'];
  const pivotColumns = compiled.pivot.map((c) => sqlf`${c.sql} as ${[c.name]}`);
  const direct = compiled.directElementCodes;
  const hasOwn = direct.length ? sqlf`count(v.org_id) filter (where v.data_element_code in (${list(direct)})) > 0` : ['false'];
  const formulaColumns = compiled.select.map((c) => sqlf`${c.sql} as ${[c.name]}`);
  const col = (name: string): SqlFragment => [name];
  const rollUpValue = (num: SqlFragment, den: SqlFragment): SqlFragment => {
    switch (compiled.kind) {
      case 'ratio':
        return sqlf`${num} * 100 / nullif(${den}, 0)`;
      case 'quotient':
        return sqlf`${num} / nullif(${den}, 0)`;
      case 'share':
        return sqlf`${num} * 100 / nullif(${den}, 0)`;
      case 'sum':
        return num;
    }
  };
  const rollUpState = (used: SqlFragment, total: SqlFragment, den: SqlFragment): SqlFragment =>
    compiled.kind === 'ratio' || compiled.kind === 'quotient'
      ? sqlf`case when ${total} = 0 or ${used} = 0 then 'missing' when ${den} = 0 then 'invalid' end`
      : sqlf`case when ${total} = 0 or ${used} = 0 then 'missing' end`;

  return sqlf`with scope as (
  select o.id, o.parent_id as municipality_id, o.type
  from org o
  where o.kind = 'organisation' and o.path like ${p(input.pathPrefix)} || '%'
), municipality as (
  select distinct municipality_id as id from scope
), object as (
  select id from scope where type in (${list(input.orgTypes)})
  union all
  select id from municipality
), v as (
  select dv.org_id, dv.data_element_code, dv.breakdown, dv.value
  from data_value dv
  where dv.period_id = ${p(input.periodId)}
    and dv.status in (${list(ENGINE_STATUSES)})
    and dv.data_element_code in (${list(compiled.elementCodes)})
), p as (
  select object.id as object_id, ${joinSql([...pivotColumns, sqlf`${hasOwn} as has_own`], ',\n    ')}
  from object left join v on v.org_id = object.id
  group by object.id
), e as (
  select p.object_id, p.has_own, ${joinSql(formulaColumns, ',\n    ')}
  from p
), orgs as (
  select scope.id, scope.municipality_id, e.*
  from scope join e on e.object_id = scope.id
  where scope.type in (${list(input.orgTypes)})
), agg as (
  select municipality.id,
    count(orgs.id)::float8 as total,
    count(orgs.id) filter (where orgs.contributes)::float8 as used,
    coalesce(sum(orgs.part_numerator) filter (where orgs.contributes), 0) as numerator,
    coalesce(sum(orgs.part_denominator) filter (where orgs.contributes), 0) as denominator
  from municipality left join orgs on orgs.municipality_id = municipality.id
  group by municipality.id
), part as (
  select agg.id, e.has_own, e.value as own_value, e.state as own_state,
    case when e.has_own then 1 else agg.total end as total,
    case when e.has_own then case when e.contributes then 1 else 0 end else agg.used end as used,
    case when e.has_own then case when e.contributes then e.part_numerator else 0 end else agg.numerator end as numerator,
    case when e.has_own then case when e.contributes then e.part_denominator else 0 end else agg.denominator end as denominator
  from agg join e on e.object_id = agg.id
), region as (
  select coalesce(sum(total), 0) as total, coalesce(sum(used), 0) as used,
    coalesce(sum(numerator), 0) as numerator, coalesce(sum(denominator), 0) as denominator
  from part
)
select 'organisation' as level, orgs.id as object_id, orgs.value, orgs.state,
  orgs.numerator, orgs.denominator, null::float8 as used, null::float8 as total
from orgs
union all
select 'municipality', part.id,
  case when part.has_own then part.own_value else ${rollUpValue(col('part.numerator'), col('part.denominator'))} end,
  case when part.has_own then part.own_state else ${rollUpState(col('part.used'), col('part.total'), col('part.denominator'))} end,
  part.numerator, part.denominator, part.used, part.total
from part
union all
select 'region', ${p(input.regionId)}::int,
  ${rollUpValue(col('region.numerator'), col('region.denominator'))},
  ${rollUpState(col('region.used'), col('region.total'), col('region.denominator'))},
  region.numerator, region.denominator, region.used, region.total
from region`;
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
 * Computes one indicator as computeIndicatorSql does and stores the rows in indicator_result
 * with `insert … select`: nothing travels to JavaScript. The caller deletes the previous rows.
 */
export async function storeIndicatorSql(
  db: Kysely<Database>,
  input: IndicatorSqlInput & { frameworkId: number; indicatorCode: string },
): Promise<void> {
  const compiled = compileFormulaToSql(input.formula, { indicator: input.indicator });
  const rows = toKysely(indicatorSqlFragment(compiled, input));
  await sql`insert into indicator_result
      (framework_id, period_id, org_id, indicator_code, level, outcome, value, reason, numerator, denominator, used, total)
    select ${input.frameworkId}::int, ${input.periodId}::int, r.object_id, ${input.indicatorCode}::text, r.level,
      case when r.state is null and r.value is not null then 'ok' else coalesce(r.state, 'missing') end,
      case when r.state is null then r.value end,
      case when r.state = 'invalid' then ${INVALID_REASON}::text when r.state is not null or r.value is null then ${MISSING_REASON}::text end,
      r.numerator, r.denominator, r.used, r.total
    from (${rows}) r`.execute(db);
}
