import { rm } from 'node:fs/promises';
import { isAssessmentKind, type AssessmentKind } from '../../domain/assessment/assessment-kind.ts';
import { FIELD_KEYS, normaliseHeader, proposeMapping, type ColumnMapping, type FieldKey } from '../../domain/assessment/column-mapping.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { isOperator } from '../campaigns/campaign-record.ts';
import type { UseCaseContext } from '../context.ts';
import { logSwallowed } from '../log-swallowed.ts';
import { storageFailure } from '../storage-failure.ts';
import { applyStaged, resolveDecisions, type ApplyInput } from './apply-import.ts';
import type { PlaceMatch } from './match-orgs.ts';
import { currentReader } from './interrupted-imports.ts';
import { readResults, type ReadSettings } from './read-results.ts';
import type {
  ApplyResult,
  ImportListItem,
  ImportPreview,
  ImportProgress,
  ImportReport,
  ImportView,
  ReadProgress,
} from '../../api/assessment-imports.ts';
import { isHeader, openResultsSource, sourceRecords } from './results-source.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

/** Why an import that is over cannot be read, applied or cancelled again (an expired one says so). */
function closedMessage(row: { status: string; report: unknown }): string {
  const report = row.report as { expired?: boolean; error?: string };
  if (row.status === 'cancelled' && report.expired && report.error) return report.error;
  return 'Загрузка уже применена или отменена.';
}

export type { ImportPreview, ImportView };

function assertImporter(ctx: UseCaseContext): void {
  if (!isOperator(ctx.actor)) throw forbidden('Загружать результаты оценочных процедур может администратор или оператор мониторинга.');
}

/** The territory of a new import: the one asked for (seen by the caller), else the caller's scope. */
async function territoryOf(
  ctx: UseCaseContext,
  territoryId: number | null,
): Promise<{ id: number; path: string; kind: string; name: string } | null> {
  const id = territoryId ?? ctx.actor.scopeOrgId;
  if (id === null) return null;
  const t = await orgRepository.findById(ctx.db, id);
  if (!t) throw notFound(`Территория с id ${id}`);
  if (t.kind === 'organisation')
    throw new AppError('validation_failed', `«${t.name}» — не территория: результаты загружает муниципалитет или регион.`);
  if (!actorSees(ctx.actor, t.path)) throw forbidden(`«${t.name}» вне вашей зоны доступа.`);
  return t;
}

const guessKind = (text: string): AssessmentKind | null => {
  const t = text.toLowerCase();
  if (/егэ|ege/.test(t)) return 'ege';
  if (/огэ|oge/.test(t)) return 'oge';
  if (/впр|vpr/.test(t)) return 'vpr';
  if (/нико|niko/.test(t)) return 'niko';
  if (/олимп|olymp/.test(t)) return 'olympiad';
  if (/грамотн|literacy/.test(t)) return 'fl';
  return null;
};

/** Reuses a saved mapping on a header: its fields are found by their header texts. */
export function mappingOnHeader(saved: Record<string, string>, header: readonly string[]): ColumnMapping | null {
  const names = header.map(normaliseHeader);
  const out: ColumnMapping = {};
  for (const [field, text] of Object.entries(saved)) {
    const i = names.indexOf(normaliseHeader(text));
    if (i < 0 || !FIELD_KEYS.includes(field as FieldKey)) return null;
    out[field as FieldKey] = i;
  }
  return out;
}

async function previewOf(ctx: UseCaseContext, path: string, fileName: string): Promise<ImportPreview> {
  const source = await openResultsSource(path, fileName);
  const yearInName = /(20\d\d)/.exec(fileName);
  if (source.format === 'xlsx' && source.template) {
    return {
      format: 'xlsx',
      encoding: null,
      template: true,
      header: [],
      sample: [],
      mapping: {},
      savedMappings: [],
      kind: 'ege',
      year: null,
    };
  }
  let header: string[] | null = null;
  const sample: string[][] = [];
  for await (const batch of sourceRecords(source)) {
    for (const r of batch) {
      if (header === null) {
        if (isHeader(r.cells)) header = r.cells;
      } else if (r.cells.some((c) => c.trim() !== '')) sample.push(r.cells);
      if (sample.length >= 10) break;
    }
    if (sample.length >= 10) break;
  }
  if (header === null)
    throw new AppError('import_invalid', 'В файле нет строки заголовков: первой строкой таблицы должны быть названия столбцов.');
  if (sample.length === 0)
    throw new AppError(
      'import_invalid',
      `В файле «${fileName}» только строка заголовков — строк с результатами нет. Проверьте, что выбрана выгрузка с результатами участников или организаций, и загрузите её снова.`,
    );
  const saved = await ctx.db.selectFrom('import_mapping').selectAll().orderBy('name').execute();
  const savedMappings = saved.flatMap((s) => {
    const mapping = mappingOnHeader(s.columns as unknown as Record<string, string>, header);
    return mapping ? [{ id: s.id, name: s.name, kind: s.kind, mapping }] : [];
  });
  return {
    format: source.format,
    encoding: source.format === 'csv' ? source.encoding : null,
    template: false,
    header,
    sample,
    mapping: savedMappings[0]?.mapping ?? proposeMapping(header),
    savedMappings,
    kind: guessKind(`${fileName} ${header.join(' ')}`) ?? (savedMappings[0]?.kind as AssessmentKind | undefined) ?? null,
    year: yearInName ? Number(yearInName[1]) : null,
  };
}

/** Registers an uploaded file (already written to `path`) and returns what it looks like. */
export async function createImport(
  ctx: UseCaseContext,
  input: { territoryId: number | null; fileName: string; path: string },
): Promise<ImportView> {
  assertImporter(ctx);
  const territory = await territoryOf(ctx, input.territoryId);
  let preview: ImportPreview;
  try {
    preview = await previewOf(ctx, input.path, input.fileName);
  } catch (error) {
    await rm(input.path, { force: true });
    throw error;
  }
  const row = await ctx.db
    .insertInto('assessment_import')
    .values({
      scope_org_id: territory?.id ?? null,
      file_name: input.fileName,
      format: preview.format,
      kind: preview.kind,
      year: preview.year,
      settings: JSON.stringify({ path: input.path, preview }),
      progress: '{}',
      report: '{}',
      created_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(
    ctx.db,
    ctx.actor,
    {
      action: 'assessment.import.upload',
      entity: 'assessment_import',
      entityId: row.id,
      after: { fileName: input.fileName, format: preview.format },
    },
    ctx.requestId,
  );
  return getImport(ctx, row.id);
}

/** Imports with their territory: what a view of one is made of. */
const importRows = (ctx: UseCaseContext) =>
  ctx.db
    .selectFrom('assessment_import as i')
    .leftJoin('org as t', 't.id', 'i.scope_org_id')
    .select([
      'i.id',
      'i.scope_org_id',
      'i.file_name',
      'i.status',
      'i.kind',
      'i.year',
      'i.settings',
      'i.progress',
      'i.report',
      'i.created_at',
      't.path as territory_path',
      't.name as territory_name',
      't.kind as territory_kind',
    ]);

async function loadImport(ctx: UseCaseContext, id: number) {
  assertImporter(ctx);
  const row = await importRows(ctx).where('i.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Загрузка результатов № ${id}`);
  const visible =
    row.territory_path === null ? ctx.actor.role === 'admin' && ctx.actor.scopePath === null : actorSees(ctx.actor, row.territory_path);
  if (!visible) throw forbidden('Эта загрузка — другой территории.');
  return row;
}

function viewOf(row: Awaited<ReturnType<typeof loadImport>>): ImportView {
  const settings = row.settings as unknown as { preview?: ImportPreview };
  const report = row.report as unknown as { read?: ImportReport; applied?: ApplyResult; error?: string };
  return {
    id: row.id,
    territoryId: row.scope_org_id,
    territoryName: row.territory_name,
    fileName: row.file_name,
    status: row.status,
    kind: row.kind,
    year: row.year,
    createdAt: new Date(row.created_at as unknown as string).toISOString(),
    progress: row.progress as unknown as ImportProgress,
    preview: settings.preview ?? null,
    report: report.read ?? null,
    applied: report.applied ?? null,
    error: report.error ?? null,
  };
}

export async function getImport(ctx: UseCaseContext, id: number): Promise<ImportView> {
  return viewOf(await loadImport(ctx, id));
}

export async function listImports(ctx: UseCaseContext): Promise<ImportListItem[]> {
  assertImporter(ctx);
  const rows = await importRows(ctx).orderBy('i.id', 'desc').limit(200).execute();
  return rows
    .filter((r) =>
      r.territory_path === null ? ctx.actor.role === 'admin' && ctx.actor.scopePath === null : actorSees(ctx.actor, r.territory_path),
    )
    .map((r) => {
      // the list leaves out each import's preview and read report
      const rest: ImportListItem & Partial<ImportView> = viewOf(r);
      delete rest.preview;
      delete rest.report;
      return rest;
    });
}

function parseSettings(input: { kind: unknown; year?: unknown; stage?: unknown; mapping?: unknown }): ReadSettings {
  if (!isAssessmentKind(input.kind))
    throw new AppError(
      'validation_failed',
      'Выберите вид оценочной процедуры (ВПР, ОГЭ, ЕГЭ, НИКО, функциональная грамотность, олимпиада).',
      [{ path: 'body.kind', message: 'Обязательно.' }],
    );
  const year = input.year === undefined || input.year === null ? null : Number(input.year);
  if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100))
    throw new AppError('validation_failed', `Год «${String(input.year)}» невозможен: укажите год проведения, например 2025.`, [
      { path: 'body.year', message: 'Четыре цифры.' },
    ]);
  const mapping: ColumnMapping = {};
  for (const [k, v] of Object.entries((input.mapping as Record<string, unknown>) ?? {})) {
    if (!FIELD_KEYS.includes(k as FieldKey))
      throw new AppError('validation_failed', `Поле сопоставления «${k}» неизвестно.`, [
        { path: `body.mapping.${k}`, message: 'Неизвестное поле.' },
      ]);
    if (v === null || v === undefined) continue;
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 500)
      throw new AppError('validation_failed', `Номер столбца для «${k}» неверен.`, [
        { path: `body.mapping.${k}`, message: 'Номер столбца с 0.' },
      ]);
    mapping[k as FieldKey] = v as number;
  }
  const used = Object.values(mapping);
  if (new Set(used).size !== used.length)
    throw new AppError('validation_failed', 'Один столбец выбран для двух полей: у каждого поля свой столбец.', [
      { path: 'body.mapping', message: 'Повтор столбца.' },
    ]);
  return { kind: input.kind, year, stage: typeof input.stage === 'string' && input.stage.trim() ? input.stage.trim() : null, mapping };
}

/**
 * Reads the file with the confirmed settings (and saves the mapping under a name when asked).
 * The returned promise ends when reading does; a server does not wait for it and shows progress
 * from the import row, which is updated outside any transaction.
 */
export async function startReading(
  ctx: UseCaseContext,
  id: number,
  input: { kind: unknown; year?: unknown; stage?: unknown; mapping?: unknown; saveMappingAs?: unknown },
  onProgress?: (p: ReadProgress) => Promise<void> | void,
): Promise<{ started: ImportView; done: Promise<ImportView> }> {
  const row = await loadImport(ctx, id);
  if (!['uploaded', 'ready', 'failed'].includes(row.status))
    throw new AppError('conflict', row.status === 'reading' ? 'Файл уже читается: дождитесь окончания.' : closedMessage(row));
  const settings = parseSettings(input);
  const stored = row.settings as unknown as { path: string; preview?: ImportPreview };
  if (typeof input.saveMappingAs === 'string' && input.saveMappingAs.trim() && stored.preview && !stored.preview.template) {
    const header = stored.preview.header;
    const columns = Object.fromEntries(Object.entries(settings.mapping).map(([k, i]) => [k, header[i] ?? '']));
    await ctx.db
      .insertInto('import_mapping')
      .values({
        name: input.saveMappingAs.trim().slice(0, 200),
        kind: settings.kind,
        columns: JSON.stringify(columns),
        created_by: ctx.actor.login,
      })
      .onConflict((oc) => oc.column('name').doUpdateSet({ kind: settings.kind, columns: JSON.stringify(columns) }))
      .execute();
  }
  const claimed = await ctx.db
    .updateTable('assessment_import')
    .set({
      status: 'reading',
      kind: settings.kind,
      year: settings.year,
      progress: JSON.stringify({ phase: 'reading', rows: 0 }),
      report: JSON.stringify({}),
      settings: JSON.stringify({ ...stored, read: settings, reader: currentReader() }),
    })
    .where('id', '=', id)
    .where('status', '=', row.status)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('conflict', 'Загрузку только что изменили: обновите страницу.');
  await writeAudit(
    ctx.db,
    ctx.actor,
    { action: 'assessment.import.read', entity: 'assessment_import', entityId: id, after: settings },
    ctx.requestId,
  );
  const started = await getImport(ctx, id);
  const done = (async () => {
    try {
      const report = await readResults(
        ctx.db,
        {
          importId: id,
          path: stored.path,
          fileName: row.file_name,
          territoryPath: row.territory_path,
          canCreateRegion: ctx.actor.role === 'admin' && ctx.actor.scopePath === null,
        },
        settings,
        async (p) => {
          await onProgress?.(p);
          await ctx.db
            .updateTable('assessment_import')
            .set({ progress: JSON.stringify(p) })
            .where('id', '=', id)
            .execute();
        },
      );
      await ctx.db
        .updateTable('assessment_import')
        .set({ status: 'ready', report: JSON.stringify({ read: report }), progress: JSON.stringify({ phase: 'done', rows: report.rows }) })
        .where('id', '=', id)
        .where('status', '=', 'reading') // not if it expired meanwhile
        .execute();
    } catch (error) {
      await recordReadFailure(ctx, id, error);
    }
    return getImport(ctx, id);
  })();
  return { started, done };
}

/** What the operator reads when the reading failed: the storage's own words, or what to do. */
function readFailureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const storage = storageFailure(error);
  if (storage) return storage.message;
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
    return 'Файл загрузки не найден (сервер перезапускали): загрузите файл снова.';
  return 'Файл не удалось прочитать из-за внутренней ошибки; она записана в журнал сервера.';
}

/**
 * Marks the import failed with the reason. The database may be away at that moment (the reason
 * itself), so the write is retried for a while; if it never lands, the import stays «reading»
 * until the next start marks it interrupted. Never throws: a background job's failure is the
 * job's, not the process's.
 */
async function recordReadFailure(ctx: UseCaseContext, id: number, error: unknown): Promise<void> {
  const message = readFailureMessage(error);
  if (!(error instanceof AppError)) logSwallowed(ctx, error, `Assessment import ${id}: reading failed`);
  for (let attempt = 1; ; attempt++) {
    try {
      await ctx.db
        .updateTable('assessment_import')
        .set({ status: 'failed', report: JSON.stringify({ error: message }) })
        .where('id', '=', id)
        .where('status', '=', 'reading') // not if it expired or was cancelled meanwhile
        .execute();
      return;
    } catch (writeError) {
      if (attempt >= FAILURE_WRITE_ATTEMPTS) {
        logSwallowed(ctx, writeError, `Assessment import ${id}: its read failure could not be recorded`);
        return;
      }
      await new Promise((done) => setTimeout(done, FAILURE_WRITE_PAUSE_MS));
    }
  }
}

const FAILURE_WRITE_ATTEMPTS = 10;
const FAILURE_WRITE_PAUSE_MS = 1000;

/** Applies a read import: the operator's decisions (or the accepted proposals), all or nothing. */
export async function applyImport(ctx: UseCaseContext, id: number, input: ApplyInput): Promise<ImportView> {
  const row = await loadImport(ctx, id);
  if (row.status !== 'ready')
    throw new AppError(
      'conflict',
      row.status === 'applied'
        ? 'Загрузка уже применена.'
        : row.status === 'cancelled'
          ? closedMessage(row)
          : 'Сначала прочитайте файл: загрузка ещё не готова к применению.',
    );
  const report = (row.report as unknown as { read?: ImportReport }).read;
  if (!report) throw new AppError('conflict', 'Отчёт чтения не найден: прочитайте файл снова.');
  const errors = report.errorRows;
  if (errors > 0 && !input.skipErrors)
    throw new AppError(
      'conflict',
      `В файле ${errors} строк с ошибками (см. список): исправьте файл и загрузите снова или подтвердите, что эти строки пропускаются.`,
    );
  const decisions = resolveDecisions(report.places, input);
  const territory = row.scope_org_id === null ? null : { id: row.scope_org_id, path: row.territory_path!, kind: row.territory_kind! };
  const applied = await applyStaged(ctx, id, report.places, decisions, territory);
  await ctx.db
    .updateTable('assessment_import')
    .set({ report: JSON.stringify({ read: report, applied }) })
    .where('id', '=', id)
    .execute();
  const stored = row.settings as unknown as { path: string };
  await rm(stored.path, { force: true });
  return getImport(ctx, id);
}

export async function cancelImport(ctx: UseCaseContext, id: number): Promise<ImportView> {
  const row = await loadImport(ctx, id);
  if (row.status === 'applied' || row.status === 'cancelled' || row.status === 'reading')
    throw new AppError('conflict', row.status === 'reading' ? 'Файл читается: отменить можно после окончания чтения.' : closedMessage(row));
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('assessment_import_chunk').where('import_id', '=', id).execute();
    await trx.updateTable('assessment_import').set({ status: 'cancelled' }).where('id', '=', id).execute();
    await writeAudit(trx, ctx.actor, { action: 'assessment.import.cancel', entity: 'assessment_import', entityId: id }, ctx.requestId);
  });
  await rm((row.settings as unknown as { path: string }).path, { force: true });
  return getImport(ctx, id);
}

export type { PlaceMatch };
