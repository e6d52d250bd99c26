import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { REPORT_SECTION_KEYS } from '../../domain/report/report-content.ts';
import { quoteInput } from '../../domain/validation/quote-input.ts';
import type { ApprovalInput, ReviewInput, SaveSectionsInput } from '../../api/reports.ts';
import { refusalOf, REVIEW_DECISION_NAMES, statusAfter, type ReportAction } from '../../domain/report/report-workflow.ts';
import { AppError, type AppErrorDetail } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { parseDate } from '../catalogues/workbook-cells.ts';
import type { UseCaseContext } from '../context.ts';
import { gatherReport } from './gather-report.ts';
import { assertWritesReports } from './report-access.ts';
import { loadReport, type ReportRecord } from './report-record.ts';
import { loadWorkingGroup } from './working-group.ts';

/** Longest text of one section (a report of a whole monitoring runs to tens of pages). */
export const SECTION_LIMIT = 100_000;

async function managed(ctx: UseCaseContext, id: number, action: ReportAction): Promise<ReportRecord> {
  const report = await loadReport(ctx, id);
  assertWritesReports(ctx.actor, report.territoryPath);
  const refusal = refusalOf(report.status, action);
  if (refusal) throw new AppError('conflict', refusal);
  return report;
}

const userId = (ctx: UseCaseContext) => (ctx.actor.userId === 0 ? null : ctx.actor.userId);

async function recordStep(
  trx: Kysely<Database>,
  ctx: UseCaseContext,
  report: ReportRecord,
  step: 'review' | 'approve' | 'publish' | 'unpublish' | 'new_version',
  after: string,
  details: Record<string, unknown>,
  fileId: number | null = null,
): Promise<void> {
  await trx
    .insertInto('report_step')
    .values({
      report_id: report.id,
      step,
      status_after: after,
      details: JSON.stringify(details),
      file_id: fileId,
      user_id: userId(ctx),
      user_name: ctx.actor.fullName,
    })
    .execute();
  await writeAudit(
    trx,
    ctx.actor,
    {
      action: `report.${step}`,
      entity: 'report',
      entityId: report.id,
      before: { status: report.status },
      after: { status: after, ...details },
    },
    ctx.requestId,
  );
}

function fail(details: AppErrorDetail[]): never {
  throw new AppError('validation_failed', details.map((d) => d.message).join(' '), details);
}

/** Saves the operator's texts of a draft (optimistic lock on editVersion). */
export async function saveSections(ctx: UseCaseContext, id: number, input: SaveSectionsInput): Promise<void> {
  const report = await managed(ctx, id, 'edit');
  const unknown = Object.keys(input.sections).filter((k) => !REPORT_SECTION_KEYS.includes(k));
  const long = Object.entries(input.sections).filter(([, v]) => v.length > SECTION_LIMIT);
  if (unknown.length || long.length) {
    fail([
      ...unknown.map((k) => ({ path: `body.sections.${k}`, message: `Раздела ${quoteInput(k)} в отчёте нет.` })),
      ...long.map(([k, v]) => ({
        path: `body.sections.${k}`,
        message: `Текст раздела длиннее ${SECTION_LIMIT} знаков (${v.length}): сократите его.`,
      })),
    ]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('report')
      .set((eb) => ({
        sections: JSON.stringify({ ...report.sections, ...input.sections }),
        edit_version: eb('edit_version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', report.id)
      .where('edit_version', '=', input.editVersion)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      throw new AppError('version_conflict', 'Отчёт изменил кто-то другой, пока вы его правили: обновите страницу и внесите правку снова.');
    }
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'report.edit', entity: 'report', entityId: report.id, after: { sections: Object.keys(input.sections) } },
      ctx.requestId,
    );
  });
}

/** Takes the numbers of a draft again from the current results; the texts stay. */
export async function refreshNumbers(ctx: UseCaseContext, id: number): Promise<void> {
  const report = await managed(ctx, id, 'edit');
  const { content } = await gatherReport(ctx, subjectOf(report));
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('report')
      .set((eb) => ({
        content: JSON.stringify(content),
        compute_run_id: content.computeRunId,
        edit_version: eb('edit_version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', report.id)
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'report.refresh',
        entity: 'report',
        entityId: report.id,
        before: { computeRunId: report.computeRunId },
        after: { computeRunId: content.computeRunId },
      },
      ctx.requestId,
    );
  });
}

const subjectOf = (r: ReportRecord) => ({
  catalogueId: r.frameworkId,
  periodId: r.periodId,
  scopeKind: r.scopeKind,
  territoryId: r.territoryId,
  directionCode: r.directionCode,
  orgId: r.orgId,
});

/** Records the working group's meeting: its date, decision, minutes number and the attached minutes. */
export async function reviewReport(ctx: UseCaseContext, id: number, input: ReviewInput, today: string): Promise<void> {
  const report = await managed(ctx, id, 'review');
  const date = parseDate(input.meetingDate.trim());
  const number = input.minutesNumber.trim();
  const details: AppErrorDetail[] = [];
  if (!date)
    details.push({
      path: 'body.meetingDate',
      message: `Дата заседания ${quoteInput(input.meetingDate)} не распознана: укажите её как дд.мм.гггг.`,
    });
  else if (date > today)
    details.push({ path: 'body.meetingDate', message: 'Дата заседания ещё не наступила: запишите решение после заседания.' });
  if (!number) details.push({ path: 'body.minutesNumber', message: 'Укажите номер протокола заседания рабочей группы, например «3».' });
  if (details.length) fail(details);
  const group = await loadWorkingGroup(ctx.db, report.territoryId);
  if (!group || group.members.length === 0) {
    throw new AppError(
      'conflict',
      `Состав рабочей группы «${report.territoryName}» не записан: внесите его (раздел «Рабочая группа») до записи решения.`,
    );
  }
  if (input.minutesFileId !== undefined) {
    const file = await ctx.db
      .selectFrom('report_file')
      .select('id')
      .where('id', '=', input.minutesFileId)
      .where('report_id', '=', report.id)
      .executeTakeFirst();
    if (!file)
      fail([{ path: 'body.minutesFileId', message: 'Приложенный протокол не найден у этого отчёта: загрузите файл протокола снова.' }]);
  }
  const after = statusAfter('review', input.decision);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('report').set({ status: after, updated_at: new Date() }).where('id', '=', report.id).execute();
    await recordStep(
      trx,
      ctx,
      report,
      'review',
      after,
      {
        meetingDate: date,
        decision: input.decision,
        decisionName: REVIEW_DECISION_NAMES[input.decision],
        minutesNumber: number,
        note: input.note?.trim() || null,
        group: {
          name: group.name,
          orderNumber: group.orderNumber,
          orderDate: group.orderDate,
          members: group.members.map((m) => `${m.fullName}, ${m.post}`),
        },
      },
      input.minutesFileId ?? null,
    );
  });
}

/** Records the approval by an official of the education authority: name, post, date. The report is frozen from now on. */
export async function approveReport(ctx: UseCaseContext, id: number, input: ApprovalInput, today: string): Promise<void> {
  const report = await managed(ctx, id, 'approve');
  const date = parseDate(input.date.trim());
  const details: AppErrorDetail[] = [];
  if (!input.name.trim()) details.push({ path: 'body.name', message: 'Укажите ФИО утвердившего должностного лица.' });
  if (!input.post.trim())
    details.push({ path: 'body.post', message: 'Укажите должность утвердившего, например «начальник управления образования».' });
  if (!date)
    details.push({ path: 'body.date', message: `Дата утверждения ${quoteInput(input.date)} не распознана: укажите её как дд.мм.гггг.` });
  else if (date > today) details.push({ path: 'body.date', message: 'Дата утверждения ещё не наступила.' });
  if (details.length) fail(details);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('report').set({ status: 'approved', updated_at: new Date() }).where('id', '=', report.id).execute();
    await recordStep(trx, ctx, report, 'approve', 'approved', { name: input.name.trim(), post: input.post.trim(), date });
  });
}

/** Publishes an approved report in the public «МСОКО» section under a stable link. */
export async function publishReport(ctx: UseCaseContext, id: number): Promise<{ publicationId: number }> {
  const report = await managed(ctx, id, 'publish');
  return ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('report')
      .set({ status: statusAfter('publish'), updated_at: new Date() })
      .where('id', '=', report.id)
      .execute();
    // A report published again keeps its link.
    const existing = await trx.selectFrom('publication').select('id').where('report_id', '=', report.id).executeTakeFirst();
    const publicationId = existing
      ? (
          await trx
            .updateTable('publication')
            .set({ withdrawn_at: null, published_by: userId(ctx) })
            .where('id', '=', existing.id)
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id
      : (
          await trx
            .insertInto('publication')
            .values({
              kind: 'report',
              scope_org_id: report.territoryId,
              title: report.title,
              report_id: report.id,
              content: null,
              published_by: userId(ctx),
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
    await recordStep(trx, ctx, report, 'publish', 'published', { publicationId });
    return { publicationId };
  });
}

/** Withdraws a published report from the public section; it stays approved. */
export async function unpublishReport(ctx: UseCaseContext, id: number): Promise<void> {
  const report = await managed(ctx, id, 'unpublish');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('report')
      .set({ status: statusAfter('unpublish'), updated_at: new Date() })
      .where('id', '=', report.id)
      .execute();
    await trx.updateTable('publication').set({ withdrawn_at: new Date() }).where('report_id', '=', report.id).execute();
    await recordStep(trx, ctx, report, 'unpublish', 'approved', {});
  });
}

/** Starts a new version of an approved report: a draft with the current numbers and the approved texts. */
export async function newReportVersion(ctx: UseCaseContext, id: number): Promise<{ id: number }> {
  const report = await managed(ctx, id, 'new_version');
  const open = await ctx.db
    .selectFrom('report')
    .select(['id', 'version'])
    .where('lineage_id', '=', report.lineageId)
    .where('status', 'in', ['draft', 'reviewed'])
    .executeTakeFirst();
  if (open) throw new AppError('conflict', `У отчёта уже есть неутверждённая версия ${open.version}: продолжите работу в ней.`);
  const { content } = await gatherReport(ctx, subjectOf(report));
  const last = await ctx.db
    .selectFrom('report')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('lineage_id', '=', report.lineageId)
    .executeTakeFirstOrThrow();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('report')
      .values({
        lineage_id: report.lineageId,
        version: Number(last.v ?? report.version) + 1,
        scope_org_id: report.territoryId,
        framework_id: report.frameworkId,
        period_id: report.periodId,
        scope_kind: report.scopeKind,
        direction_code: report.directionCode,
        org_id: report.orgId,
        title: report.title,
        content: JSON.stringify(content),
        sections: JSON.stringify(report.sections),
        compute_run_id: content.computeRunId,
        created_by: userId(ctx),
      })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    await recordStep(trx, ctx, { ...report, id: row.id, status: 'draft' }, 'new_version', 'draft', {
      from: report.id,
      version: row.version,
    });
    return { id: row.id };
  });
}
