import { sql, type Kysely } from 'kysely';
import { orgRepository } from '../../db/repositories/org-repository.ts';
import type { Database } from '../../db/schema.ts';
import { schoolYear } from '../../domain/period/period.ts';
import { AppError } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { assertPeriodsOpen } from '../period-guard.ts';
import type { UseCaseContext } from '../context.ts';
import type { PlaceMatch } from './match-orgs.ts';
import { insertPlace } from './insert-place.ts';
import type { PlaceDecision } from '../../api/place-match.ts';
import type { ApplyResult } from '../../api/assessment-imports.ts';

export type { ApplyResult, PlaceDecision };

export interface ApplyInput {
  decisions: Record<string, PlaceDecision>;
  /** Take every proposal as it stands (the CLI's --yes): matches, creations, skips. */
  acceptProposals: boolean;
  /** Leave out the rows with errors (they never enter the counts); without it such a file is refused. */
  skipErrors: boolean;
}

/** The source of applied values in data_value. */
export const importSource = (importId: number) => `assessment:${importId}`;

/**
 * The final decision of every place: the operator's, else the proposal when accepted. A place
 * whose proposal is not accepted and not decided stops the apply with the list of them.
 */
export function resolveDecisions(places: readonly PlaceMatch[], input: ApplyInput): Map<string, PlaceDecision> {
  const out = new Map<string, PlaceDecision>();
  const undecided: PlaceMatch[] = [];
  for (const p of places) {
    const given = input.decisions[p.key];
    if (given) out.set(p.key, given);
    else if (p.orgId !== null && p.by !== null) out.set(p.key, { action: 'match', orgId: p.orgId });
    else if (input.acceptProposals) {
      const target = p.orgId ?? p.candidates[0]?.orgId;
      out.set(
        p.key,
        p.proposal === 'match' && target !== undefined
          ? { action: 'match', orgId: target }
          : p.proposal === 'create'
            ? { action: 'create' }
            : { action: 'skip' },
      );
    } else undecided.push(p);
  }
  if (undecided.length) {
    throw new AppError(
      'conflict',
      `Не подтверждено сопоставление ${undecided.length} организаций (${undecided
        .slice(0, 5)
        .map((p) => `«${p.label}»`)
        .join(
          ', ',
        )}${undecided.length > 5 ? ' и др.' : ''}): выберите для каждой организацию реестра, «создать» или «пропустить», либо примите предложения.`,
      undecided.slice(0, 50).map((p) => ({ path: `decisions.${p.key}`, message: `«${p.label}»: нужно решение` })),
    );
  }
  return out;
}

async function nextCode(trx: Kysely<Database>, prefix: string, width: number): Promise<string> {
  const rows = await trx.selectFrom('org').select('code').where('code', 'like', `${prefix}%`).execute();
  const used = new Set(rows.map((r) => r.code));
  for (let n = 1; ; n++) {
    const code = `${prefix}${String(n).padStart(width, '0')}`;
    if (!used.has(code)) return code;
  }
}

/**
 * Switches an import in: in one transaction it creates the places decided for creation (region,
 * then municipalities, then organisations; a matched name that differs from the register's is
 * kept as an alias, so the next file matches by itself), creates missing school-year periods,
 * and writes the staged values into data_value (status accepted, source `assessment:<id>`),
 * replacing the same values of earlier imports and, for each organisation, period and element,
 * the values typed into forms or generated (the official results supersede them). All or nothing.
 */
export async function applyStaged(
  ctx: UseCaseContext,
  importId: number,
  places: readonly PlaceMatch[],
  decisions: Map<string, PlaceDecision>,
  territory: { id: number; path: string; kind: string } | null,
): Promise<ApplyResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('assessment_import').select(['status']).where('id', '=', importId).forUpdate().executeTakeFirst();
    if (locked?.status !== 'ready') throw new AppError('conflict', 'Загрузка уже применена или отменена: обновите страницу.');
    const resolved = new Map<string, number>();
    const created: ApplyResult['created'] = [];
    const byKey = new Map(places.map((p) => [p.key, p]));
    const order = { region: 0, municipality: 1, organisation: 2 } as const;
    for (const p of [...places].sort((a, b) => order[a.level] - order[b.level])) {
      const d = decisions.get(p.key) ?? { action: 'skip' };
      if (d.action === 'match') {
        const org = await orgRepository.findById(trx, d.orgId);
        if (!org || (territory !== null && !org.path.startsWith(territory.path)))
          throw new AppError('validation_failed', `Для «${p.label}» выбрана организация вне территории загрузки: выберите другую.`);
        const wantKind = p.level === 'organisation' ? 'organisation' : p.level;
        if (org.kind !== wantKind)
          throw new AppError(
            'validation_failed',
            `Для «${p.label}» выбрана не ${p.level === 'organisation' ? 'организация' : p.level === 'municipality' ? 'муниципалитет' : 'регион'}.`,
          );
        resolved.set(p.key, org.id);
        const aliases = (org.aliases as unknown as string[]) ?? [];
        if (p.name && p.by === null && p.name !== org.name && !aliases.includes(p.name))
          await trx
            .updateTable('org')
            .set({ aliases: JSON.stringify([...aliases, p.name]) })
            .where('id', '=', org.id)
            .execute();
      } else if (d.action === 'create') {
        if (!p.name)
          throw new AppError(
            'validation_failed',
            `«${p.label}» нельзя создать: в файле нет её наименования. Выберите организацию реестра или пропустите строки.`,
          );
        const parentKeyId = p.parentKey ? resolved.get(p.parentKey) : undefined;
        const parentId =
          p.level === 'region'
            ? null
            : (parentKeyId ??
              (p.parentKey === null &&
              territory &&
              (p.level === 'municipality' ? territory.kind === 'region' : territory.kind === 'municipality')
                ? territory.id
                : undefined));
        if (parentId === undefined) {
          const parent = p.parentKey ? byKey.get(p.parentKey) : undefined;
          throw new AppError(
            'validation_failed',
            `«${p.label}» нельзя создать: ${parent ? `не решено, куда относится «${parent.label}»` : 'не известно, в каком она муниципалитете'}. Выберите организацию реестра или пропустите строки.`,
          );
        }
        if (p.level === 'region' && !(ctx.actor.role === 'admin' && ctx.actor.scopePath === null))
          throw new AppError('forbidden', `Регион «${p.label}» может создать только администратор системы.`);
        const parent = parentId === null ? null : await orgRepository.findById(trx, parentId);
        const prefix = parent ? `${parent.code}-` : '';
        const code = await nextCode(trx, prefix, p.level === 'organisation' ? 3 : 2);
        const row = await insertPlace(trx, { level: p.level, name: p.name, code }, parentId, parent ?? null);
        await writeAudit(
          trx,
          ctx.actor,
          { action: 'org.create', entity: 'org', entityId: row.id, after: { name: p.name, code, source: `assessment import ${importId}` } },
          ctx.requestId,
        );
        resolved.set(p.key, row.id);
        created.push({ level: p.level, name: p.name, code });
      }
    }
    const orgMap = places
      .filter((p) => p.level === 'organisation' && resolved.has(p.key))
      .map((p) => ({ org_key: p.key, org_id: resolved.get(p.key)! }));
    const years = (
      await sql<{ year: number }>`select distinct (x->>'year')::int as year
        from assessment_import_chunk c cross join jsonb_array_elements(c.vals) x where c.import_id = ${importId}`.execute(trx)
    ).rows.map((r) => r.year);
    const periodMap: { year: number; period_id: number; code: string }[] = [];
    for (const year of years) {
      const spec = schoolYear(year - 1);
      let period = await trx.selectFrom('period').select(['id', 'code']).where('code', '=', spec.code).executeTakeFirst();
      if (!period) {
        period = await trx
          .insertInto('period')
          .values({ code: spec.code, kind: spec.kind, name: spec.name, starts_on: spec.startsOn, ends_on: spec.endsOn })
          .returning(['id', 'code'])
          .executeTakeFirstOrThrow();
        await writeAudit(trx, ctx.actor, { action: 'period.create', entity: 'period', entityId: period.id, after: spec }, ctx.requestId);
      }
      periodMap.push({ year, period_id: period.id, code: period.code });
    }
    await assertPeriodsOpen(
      trx,
      periodMap.map((p) => p.period_id),
    );
    const m = JSON.stringify(orgMap);
    const pm = JSON.stringify(periodMap.map(({ year, period_id }) => ({ year, period_id })));
    const source = importSource(importId);
    // The staged values with their organisation and period, once, for the statements below.
    await sql`create temp table staged_values on commit drop as
      select om.org_id, pm.period_id, v.data_element_code, v.breakdown, v.value
      from assessment_import_chunk c
      cross join jsonb_to_recordset(c.vals) as v(org_key text, year integer, data_element_code text, breakdown text, value float8)
      join jsonb_to_recordset(${m}::jsonb) as om(org_key text, org_id integer) on om.org_key = v.org_key
      join jsonb_to_recordset(${pm}::jsonb) as pm(year integer, period_id integer) on pm.year = v.year
      where c.import_id = ${importId}`.execute(trx);
    // Values of other sources (forms, the demo) and unsplit ones give way for the elements the file brings.
    await sql`delete from data_value d using (select distinct org_id, period_id, data_element_code from staged_values) s
      where d.org_id = s.org_id and d.period_id = s.period_id and d.data_element_code = s.data_element_code
        and (d.breakdown = '' or d.source not like 'assessment:%')`.execute(trx);
    const inserted = await sql<{ n: number }>`with ins as (
        insert into data_value (org_id, period_id, data_element_code, breakdown, value, source, status)
        select org_id, period_id, data_element_code, breakdown, value, ${source}, 'accepted' from staged_values
        on conflict (org_id, period_id, data_element_code, breakdown)
        do update set value = excluded.value, source = excluded.source, status = 'accepted', version = data_value.version + 1, updated_at = now()
        returning 1)
      select count(*)::int as n from ins`.execute(trx);
    const values = inserted.rows[0]?.n ?? 0;
    await trx.deleteFrom('assessment_import_chunk').where('import_id', '=', importId).execute();
    const result: ApplyResult = {
      values,
      organisations: orgMap.length,
      created,
      skippedPlaces: places.filter((p) => !resolved.has(p.key)).length,
      periods: periodMap.map((p) => p.code),
      periodIds: periodMap.map((p) => p.period_id),
    };
    await trx.updateTable('assessment_import').set({ status: 'applied', applied_at: new Date() }).where('id', '=', importId).execute();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'assessment.import.apply', entity: 'assessment_import', entityId: importId, after: result },
      ctx.requestId,
    );
    return result;
  });
}
