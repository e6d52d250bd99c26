import { sql, type Kysely } from 'kysely';
import type { ValueColumns } from '../../domain/indicator-values/evaluate-indicators.ts';
import type { IndicatorValue } from '../../domain/indicator-values/indicator-values.ts';
import { invalid, missing, ok, type Outcome } from '../../domain/outcome.ts';
import { outcomeTable, type OutcomeTable } from '../../domain/results/outcome-table.ts';
import { bulkInsert } from '../bulk-insert.ts';
import { copyField, copyInto } from '../postgres-copy.ts';
import type { Database } from '../schema.ts';

/** Separators of the aggregated text: ASCII unit and record separators, never in codes or reasons. */
const FIELD = '\u001f';
const RECORD = '\u001e';

/** Rows per statement of insertColumns. */
const WRITE_CHUNK = 20_000;

const COLUMNS = {
  framework_id: 'integer',
  period_id: 'integer',
  org_id: 'integer',
  indicator_code: 'text',
  level: 'text',
  outcome: 'text',
  value: 'double precision',
  reason: 'text',
  numerator: 'double precision',
  denominator: 'double precision',
  used: 'double precision',
  total: 'double precision',
} as const;

/** The stored outcome of a row: ok with its value, or missing/invalid with its reason. */
export function storedOutcome(row: { outcome: string; value: number | null; reason: string | null }): Outcome {
  if (row.outcome === 'ok' && row.value !== null) return ok(row.value);
  if (row.outcome === 'invalid') return invalid(row.reason ?? 'значение не может быть вычислено');
  return missing(row.reason ?? 'нет данных');
}

export const indicatorResultRepository = {
  /** Stores values computed by the pure engine, with the roll-up parts of municipalities and regions. */
  async insertValues(
    db: Kysely<Database>,
    ids: { frameworkId: number; periodId: number },
    values: readonly IndicatorValue[],
  ): Promise<void> {
    await bulkInsert(
      db,
      'indicator_result',
      COLUMNS,
      values.map((r) => {
        const parts = r.explanation.kind === 'roll-up' ? r.explanation.rollUp : null;
        return {
          framework_id: ids.frameworkId,
          period_id: ids.periodId,
          org_id: r.objectId,
          indicator_code: r.indicatorCode,
          level: r.level,
          outcome: r.outcome.kind,
          value: r.outcome.kind === 'ok' ? r.outcome.value : null,
          reason: r.outcome.kind === 'ok' ? null : r.outcome.reason,
          numerator: parts?.numerator ?? null,
          denominator: parts?.denominator ?? null,
          used: parts?.used ?? null,
          total: parts?.total ?? null,
        };
      }),
    );
  },

  /**
   * Stores result rows given as columns: with COPY on PostgreSQL; on PGlite one
   * `insert … select from unnest(arrays)` per WRITE_CHUNK rows, each column one array parameter
   * (measured against jsonb_to_recordset and multi-row VALUES: see bench/RESULTS.md).
   */
  async insertColumns(
    db: Kysely<Database>,
    ids: { frameworkId: number; periodId: number },
    columns: ValueColumns,
    onChunk?: (done: number, total: number) => void,
  ): Promise<void> {
    const total = columns.orgId.length;
    if (await copyInto(db, 'indicator_result', Object.keys(COLUMNS), copyLines(ids, columns, onChunk))) return;
    for (let start = 0; start < total; start += WRITE_CHUNK) {
      const end = Math.min(total, start + WRITE_CHUNK);
      const part = <T>(list: readonly T[]) => list.slice(start, end);
      await sql`insert into indicator_result
          (framework_id, period_id, org_id, indicator_code, level, outcome, value, reason, numerator, denominator, used, total)
        select ${ids.frameworkId}::int, ${ids.periodId}::int, r.*
        from unnest(${part(columns.orgId)}::int[], ${part(columns.code)}::text[], ${part(columns.level)}::text[],
          ${part(columns.outcome)}::text[], ${part(columns.value)}::float8[], ${part(columns.reason)}::text[],
          ${part(columns.numerator)}::float8[], ${part(columns.denominator)}::float8[], ${part(columns.used)}::float8[],
          ${part(columns.total)}::float8[]) as r`.execute(db);
      onChunk?.(end, total);
    }
  },

  /**
   * Roll-up parts stored with municipalities' rows (an incremental recompute merges them into the
   * region's row), by municipality id and indicator code.
   */
  async municipalParts(
    db: Kysely<Database>,
    ids: { frameworkId: number; periodId: number },
    municipalityIds: readonly number[],
  ): Promise<Map<number, Map<string, { numerator: number; denominator: number; used: number; total: number }>>> {
    const out = new Map<number, Map<string, { numerator: number; denominator: number; used: number; total: number }>>();
    if (municipalityIds.length === 0) return out;
    // One aggregated text, as `outcomes` reads: 39 municipalities × 300 indicators are 11,700 rows.
    const { rows } = await sql<{ t: string | null }>`
      select string_agg(org_id || ${FIELD} || indicator_code || ${FIELD} || coalesce(numerator, 0)::text || ${FIELD} ||
               coalesce(denominator, 0)::text || ${FIELD} || coalesce(used, 0)::text || ${FIELD} || coalesce(total, 0)::text, ${RECORD}) as t
      from indicator_result
      where framework_id = ${ids.frameworkId} and period_id = ${ids.periodId} and level = 'municipality'
        and org_id in (${sql.join(municipalityIds.map((id) => sql`${id}::int`))})`.execute(db);
    const text = rows[0]?.t;
    if (!text) return out;
    for (const record of text.split(RECORD)) {
      const [orgId = '', code = '', numerator = '', denominator = '', used = '', total = ''] = record.split(FIELD);
      const id = Number(orgId);
      const map = out.get(id) ?? new Map();
      out.set(id, map);
      map.set(code, { numerator: Number(numerator), denominator: Number(denominator), used: Number(used), total: Number(total) });
    }
    return out;
  },

  /**
   * Outcomes of one catalogue version and period keyed `orgId|indicatorCode` (optionally only some
   * objects). Read as one aggregated text, not as rows: a region has 600,000 of them and the
   * per-row cost of the driver (PGlite above all) was most of the time. float8 prints the shortest
   * text that reads back as the same double, so values are exact.
   */
  async outcomes(db: Kysely<Database>, frameworkId: number, periodId: number, orgIds?: readonly number[]): Promise<Map<string, Outcome>> {
    const map = new Map<string, Outcome>();
    if (orgIds?.length === 0) return map;
    const only = orgIds ? sql`and org_id in (${sql.join(orgIds.map((id) => sql`${id}::int`))})` : sql``;
    const { rows } = await sql<{ t: string | null }>`
      select string_agg(org_id || ${FIELD} || indicator_code || ${FIELD} || outcome || ${FIELD} || coalesce(value::text, '') || ${FIELD} || coalesce(reason, ''), ${RECORD}) as t
      from indicator_result
      where framework_id = ${frameworkId} and period_id = ${periodId} ${only}`.execute(db);
    const text = rows[0]?.t;
    if (!text) return map;
    for (const record of text.split(RECORD)) {
      const [orgId = '', code = '', outcome = '', value = '', reason = ''] = record.split(FIELD);
      map.set(
        `${orgId}|${code}`,
        storedOutcome({ outcome, value: value === '' ? null : Number(value), reason: reason === '' ? null : reason }),
      );
    }
    return map;
  },

  /**
   * The outcomes of one catalogue version and period as a table (rows: these objects, columns: these
   * indicator codes; what is not stored stays CELL_NONE), read in one statement as one text like
   * `outcomes` and parsed without an object per row: what a comparison's numbers are rated from
   * (ratingOf). Only these objects' rows are read.
   */
  async outcomeTable(
    db: Kysely<Database>,
    ids: { frameworkId: number; periodId: number },
    objectIds: readonly number[],
    codes: readonly string[],
  ): Promise<OutcomeTable> {
    const { table, set } = outcomeTable(objectIds, codes);
    if (objectIds.length === 0 || codes.length === 0) return table;
    const only = sql`and org_id in (${sql.join(objectIds.map((id) => sql`${id}::int`))})`;
    // ok: id, code, value; otherwise id, code, m|i and the reason.
    const { rows } = await sql<{ t: string | null }>`
      select string_agg(org_id || ${FIELD} || indicator_code || ${FIELD} ||
               case when outcome = 'ok' and value is not null then value::text else left(outcome, 1) || coalesce(reason, '') end, ${RECORD}) as t
      from indicator_result
      where framework_id = ${ids.frameworkId} and period_id = ${ids.periodId} ${only}`.execute(db);
    const text = rows[0]?.t ?? '';
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf(RECORD, at);
      if (end < 0) end = text.length;
      const first = text.indexOf(FIELD, at);
      const second = text.indexOf(FIELD, first + 1);
      const objectId = Number(text.slice(at, first));
      const code = text.slice(first + 1, second);
      const tag = text.charCodeAt(second + 1);
      // Numbers start with a digit, '-', 'N' (NaN) or 'I' (Infinity); 'm', 'i' (and 'o': ok without a value) tag the others.
      if (tag === 0x6d || tag === 0x69 || tag === 0x6f) {
        const reason = text.slice(second + 2, end);
        const o = storedOutcome({ outcome: tag === 0x69 ? 'invalid' : 'missing', value: null, reason: reason === '' ? null : reason });
        if (o.kind !== 'ok') set(objectId, code, o.kind, 0, o.reason);
      } else set(objectId, code, 'ok', Number(text.slice(second + 1, end)), '');
      at = end + 1;
    }
    return table;
  },
};

/** The rows of `columns` in COPY's text format (in the order of COLUMNS), WRITE_CHUNK rows per string. */
function* copyLines(
  ids: { frameworkId: number; periodId: number },
  c: ValueColumns,
  onChunk?: (done: number, total: number) => void,
): Generator<string> {
  const total = c.orgId.length;
  const head = `${ids.frameworkId}\t${ids.periodId}\t`;
  const f = copyField;
  for (let start = 0; start < total; start += WRITE_CHUNK) {
    const end = Math.min(total, start + WRITE_CHUNK);
    let text = '';
    for (let i = start; i < end; i++) {
      text += `${head}${c.orgId[i]}\t${f(c.code[i] ?? '')}\t${c.level[i]}\t${c.outcome[i]}\t${f(c.value[i] ?? null)}\t${f(c.reason[i] ?? null)}\t${f(c.numerator[i] ?? null)}\t${f(c.denominator[i] ?? null)}\t${f(c.used[i] ?? null)}\t${f(c.total[i] ?? null)}\n`;
    }
    yield text;
    onChunk?.(end, total);
  }
}
