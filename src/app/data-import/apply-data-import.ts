import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { orgRepository } from '../../db/repositories/org-repository.ts';
import type { Database } from '../../db/schema.ts';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { codeAllocator } from '../../domain/org/code-allocator.ts';
import { sharedTargets } from './shared-targets.ts';
import { AppError } from '../app-error.ts';
import { resolveDecisions, type PlaceDecision } from '../assessments/apply-import.ts';
import { KEPT_DATA_IMPORT_PREFIX } from '../assessments/import-files.ts';
import { insertPlace } from '../assessments/insert-place.ts';
import { writeAudit } from '../audit.ts';
import { insertFramework } from '../catalogues/sync-catalogues.ts';
import type { UseCaseContext } from '../context.ts';
import { computeResults } from '../results/compute-results.ts';
import { classifyValues, prepareDataImport, storedColumns, type DataImportInput, type DataImportPlan } from './prepare-data-import.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';
import type { DataImportResult } from '../../api/data-imports.ts';

export type { DataImportResult };

export interface ApplyDataImportInput extends DataImportInput {
  /** The operator's decision for places not found for sure (key → match / create / skip). */
  decisions?: Record<string, PlaceDecision>;
  /** Take every proposal (the CLI's --yes): matches, creations of okrugs and schools, skips. */
  acceptProposals: boolean;
  /** Where the file is kept (0600); null: not kept (a system without a data directory). */
  uploadsDir: string | null;
  onProgress?: (step: string, done: number, total: number) => void;
}

const CHUNK = 5_000;

/** Codes under a parent not used yet: `<parent code>-NNN`. */
async function codeMaker(trx: Kysely<Database>) {
  return codeAllocator(new Set((await trx.selectFrom('org').select('code').execute()).map((r) => r.code)));
}

/** Creates the okrugs and schools decided for creation (parents first); returns key → new org id. */
async function createPlaces(
  ctx: UseCaseContext,
  trx: Kysely<Database>,
  plan: DataImportPlan,
  decisions: Map<string, PlaceDecision>,
  importRef: string,
) {
  const made = new Map<string, number>();
  const order = { region: 0, municipality: 1, organisation: 2 } as const;
  const next = await codeMaker(trx);
  const byKey = new Map(plan.places.map((p) => [p.key, p]));
  for (const p of [...plan.places].sort((a, b) => order[a.level] - order[b.level])) {
    const d = decisions.get(p.key);
    if (d?.action === 'match') made.set(p.key, d.orgId);
    if (d?.action !== 'create') continue;
    if (p.level === 'region')
      throw new AppError('validation_failed', `Регион «${p.label}» таблица данных не создаёт: выберите территорию загрузки.`);
    if (!p.name)
      throw new AppError(
        'validation_failed',
        `«${p.label}» нельзя создать: в файле нет её наименования. Выберите организацию реестра или пропустите строку.`,
      );
    const t = plan.territory;
    const parentId =
      (p.parentKey ? made.get(p.parentKey) : undefined) ??
      (p.parentKey === null && t && (p.level === 'municipality' ? t.kind === 'region' : t.kind === 'municipality') ? t.id : undefined);
    if (parentId === undefined) {
      const parent = p.parentKey ? byKey.get(p.parentKey) : undefined;
      throw new AppError(
        'validation_failed',
        `«${p.label}» нельзя создать: ${parent ? `не решено, куда относится «${parent.label}»` : 'не известно, в каком она муниципалитете'}. Выберите организацию реестра или пропустите строку.`,
      );
    }
    const parent = await orgRepository.findById(trx, parentId);
    if (!parent) throw new AppError('validation_failed', `«${p.label}»: территория не найдена.`);
    const ref = p.level === 'organisation' ? plan.refs.get(p.key) : undefined;
    const code = next(`${parent.code}-`, p.level === 'organisation' ? 3 : 2);
    const row = await insertPlace(trx, { level: p.level, name: p.name, code, inn: ref?.inn, ogrn: ref?.ogrn }, parentId, parent);
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'org.create', entity: 'org', entityId: row.id, after: { name: p.name, code, ogrn: ref?.ogrn ?? null, source: importRef } },
      ctx.requestId,
    );
    made.set(p.key, row.id);
  }
  return made;
}

/** Catalogue versions (latest of each code) whose formulas use any of the elements. */
async function frameworksUsing(ctx: UseCaseContext, codes: ReadonlySet<string>) {
  return (await catalogueRepository.newestOfEachCode(ctx.db, 'indicators')).filter((f) =>
    ((f.content as unknown as Catalogue).indicators ?? []).some((i) =>
      [...i.formula.matchAll(/[a-z][a-z0-9_]*/g)].some((m) => codes.has(m[0])),
    ),
  );
}

/**
 * Applies a wide table to the data of a period, all or nothing: a file with any error changes
 * nothing; the elements created from columns, the own catalogue's shares, the okrugs and schools
 * decided for creation, then the new and changed values (source «import», accepted, entered by the
 * user, pointing at the import) and one audit row naming the kept file with the counts. A file
 * that brings nothing new writes nothing. Then the period's results are recomputed, with progress.
 */
export async function applyDataImport(ctx: UseCaseContext, input: ApplyDataImportInput): Promise<DataImportResult> {
  const plan = await prepareDataImport(ctx, input);
  const p = plan.preview;
  if (p.issueCount > 0)
    throw new AppError(
      'import_invalid',
      `Файл не загружен, ничего не изменено. Ошибок: ${p.issueCount}. Первая — ${p.issues[0]?.message ?? ''}`,
      p.issues,
    );
  const decisions = resolveDecisions(
    plan.places.filter((x) => !plan.resolved.has(x.key)),
    { decisions: input.decisions ?? {}, acceptProposals: input.acceptProposals, skipErrors: false },
  );
  const targets = new Map<string, number | 'create'>(plan.resolved);
  for (const [key, d] of decisions) if (d.action !== 'skip') targets.set(key, d.action === 'create' ? 'create' : d.orgId);
  const shared = sharedTargets(targets, plan.lines, new Set(plan.values.map((v) => v.key)));
  if (shared.length)
    throw new AppError(
      'import_invalid',
      `Файл не загружен, ничего не изменено: строки ${shared[0]!.lines.join(', ')} сопоставлены с одной организацией реестра — у организации в периоде одно значение каждого элемента. Выберите для лишних строк другую организацию, «создать» или «пропустить».`,
      shared.map((s) => ({ path: 'decisions', message: `Строки ${s.lines.join(', ')}: одна организация (id ${s.orgId}).` })),
    );
  const writes = classifyValues(plan, targets);
  const newElements = plan.elements.filter((e) => e.isNew);
  const nothing =
    writes.length === 0 &&
    p.counts.orgsToCreate === 0 &&
    p.counts.placesToCreate === 0 &&
    newElements.length === 0 &&
    !plan.own &&
    !plan.mappingChanged;
  const base = { counts: p.counts, createdOrgs: 0, createdElements: [], ownCatalogue: null, recomputed: [] };
  if (nothing) return { changed: false, importId: null, ...base };

  const storedAs = input.uploadsDir ? `${KEPT_DATA_IMPORT_PREFIX}${randomUUID()}` : null;
  if (input.uploadsDir && storedAs) writeFileSync(join(input.uploadsDir, storedAs), input.bytes, { mode: 0o600 });
  let result: Omit<DataImportResult, 'recomputed'>;
  try {
    result = await ctx.db.transaction().execute(async (trx) => {
      for (const e of newElements) {
        await trx
          .insertInto('data_element')
          .values({
            code: e.code,
            name: e.name,
            value_type: e.valueType,
            unit: e.unit,
            level: 'organisation',
            breakdowns: '[]',
            org_types: null,
          })
          .execute();
        await writeAudit(
          trx,
          ctx.actor,
          { action: 'data_element.create', entity: 'data_element', entityId: e.code, after: { ...e, file: input.fileName } },
          ctx.requestId,
        );
      }
      let own: DataImportResult['ownCatalogue'] = null;
      if (plan.own) {
        await insertFramework(
          trx,
          plan.own.catalogue,
          { origin: 'import', fileName: input.fileName, loadedBy: ctx.actor.login },
          { actor: ctx.actor, requestId: ctx.requestId },
        );
        own = { code: plan.own.catalogue.code, version: plan.own.catalogue.version };
      }
      const importRow = await trx
        .insertInto('data_import')
        .values({
          period_id: plan.periodId,
          territory_org_id: plan.territory?.id ?? null,
          file_name: input.fileName,
          stored_as: storedAs,
          sha256: p.sha256,
          counts: JSON.stringify(p.counts),
          created_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const made = await createPlaces(ctx, trx, plan, decisions, `data import ${importRow.id}`);
      const orgOf = (key: string) => plan.resolved.get(key) ?? made.get(key);
      const enteredBy = ctx.actor.userId === 0 ? null : ctx.actor.userId;
      for (let i = 0; i < writes.length; i += CHUNK) {
        const rows = writes.slice(i, i + CHUNK).map((v) => ({ o: orgOf(v.key)!, e: v.element, b: v.breakdown, v: v.value }));
        input.onProgress?.('Запись значений', Math.min(i + CHUNK, writes.length), writes.length);
        await sql`insert into data_value (org_id, period_id, data_element_code, breakdown, value, source, status, entered_by, import_id)
          select x.o, ${plan.periodId}, x.e, x.b, x.v, 'import', 'accepted', ${enteredBy}, ${importRow.id}
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(o integer, e text, b text, v float8)
          on conflict (org_id, period_id, data_element_code, breakdown) do update
            set value = excluded.value, source = 'import', status = 'accepted', entered_by = excluded.entered_by,
                import_id = excluded.import_id, version = data_value.version + 1, updated_at = now()`.execute(trx);
      }
      if (plan.mappingChanged) {
        const columns = JSON.stringify(storedColumns(p.mapping));
        await trx
          .insertInto('import_mapping')
          .values({ name: plan.mappingName, kind: 'data_table', columns, created_by: ctx.actor.login })
          .onConflict((oc) => oc.column('name').doUpdateSet({ kind: 'data_table', columns }))
          .execute();
      }
      const createdOrgs = [...made.keys()].filter((k) =>
        plan.places.find((x) => x.key === k && decisions.get(k)?.action === 'create'),
      ).length;
      await writeAudit(
        trx,
        ctx.actor,
        {
          action: 'data.import.apply',
          entity: 'data_import',
          entityId: importRow.id,
          after: {
            file: input.fileName,
            storedAs,
            sha256: p.sha256,
            period: p.period.code,
            counts: p.counts,
            elements: newElements.map((e) => e.code),
            ownCatalogue: own,
          },
        },
        ctx.requestId,
      );
      return {
        changed: true,
        importId: importRow.id,
        counts: p.counts,
        createdOrgs,
        createdElements: newElements.map((e) => e.code),
        ownCatalogue: own,
      };
    });
  } catch (e) {
    if (input.uploadsDir && storedAs) rmSync(join(input.uploadsDir, storedAs), { force: true });
    throw e;
  }

  const recomputed: DataImportResult['recomputed'] = [];
  if (writes.length || plan.own) {
    const frameworks = await frameworksUsing(ctx, new Set(plan.elements.map((e) => e.code)));
    for (const f of frameworks) {
      const scope = plan.territory?.kind === 'municipality' ? { orgId: plan.territory.id } : {};
      const report = await computeResults(ctx, { frameworkId: f.id, periodId: plan.periodId, ...scope }, (step, done, total) =>
        input.onProgress?.(`Пересчёт «${f.code}»: ${step}`, done, total),
      );
      recomputed.push({ framework: f.code, version: f.version, indicators: report.indicators, comparisons: report.comparisons });
    }
  }
  return { ...result, recomputed };
}
