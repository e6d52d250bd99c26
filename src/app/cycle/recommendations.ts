import type { Finding } from '../../domain/report/report-content.ts';
import { recommendationOverdue, recommendationRefusal } from '../../domain/cycle/management.ts';
import { isWithinScope } from '../../domain/org/org-path.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { RecommendationInput, RecommendationSuggestion, RecommendationView } from '../../api/cycle.ts';
import type { UseCaseContext } from '../context.ts';
import { readsPerson } from '../personnel/personnel-access.ts';
import { InputCheck } from '../personnel/personnel-input.ts';
import { assertWritesReports } from '../reports/report-access.ts';
import { loadReport } from '../reports/report-record.ts';
import { today } from '../today.ts';
import { loadTerritory, managedTerritory, userIdOf } from './cycle-access.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

export type { RecommendationInput, RecommendationSuggestion, RecommendationView };

const LIMIT = 4000;

function selectRecommendations(ctx: UseCaseContext) {
  return ctx.db
    .selectFrom('recommendation as r')
    .innerJoin('org as o', 'o.id', 'r.org_id')
    .innerJoin('report as p', 'p.id', 'r.report_id')
    .leftJoin('leader as l', 'l.id', 'r.leader_id')
    .leftJoin('org as lo', 'lo.id', 'l.org_id')
    .leftJoin('org as lm', 'lm.id', 'lo.parent_id')
    .selectAll('r')
    .select([
      'o.name as org_name',
      'o.short_name as org_short',
      'o.path as org_path',
      'p.title as report_title',
      'l.full_name as leader_name',
      'l.user_id as leader_user_id',
      'lm.path as leader_municipality_path',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRecommendations>['executeTakeFirstOrThrow']>>;

/** What a caller who may not read the leader's card sees instead of a personal recommendation's text. */
export const PERSONAL_RECOMMENDATION_NOTE =
  'Рекомендация адресована руководителю организации лично: её текст и имя руководителя видят муниципальный оператор, администратор и сам руководитель.';

/** A recommendation to a named leader is personal data: the personnel rule of the leader's card applies. */
function readsLeader(ctx: UseCaseContext, r: Row): boolean {
  if (r.leader_id === null) return false;
  return (
    r.leader_municipality_path !== null &&
    readsPerson(ctx.actor, { municipalityPath: r.leader_municipality_path, userId: r.leader_user_id })
  );
}

/**
 * The views of recommendations for the caller: personal ones whole only for whom may read the
 * leader's card, each such read logged as a read of the card is (`personnel.read`).
 */
async function viewsFor(ctx: UseCaseContext, rows: Row[]): Promise<RecommendationView[]> {
  const now = today();
  const views = rows.map((r) => viewOf(r, now, readsLeader(ctx, r)));
  for (const r of rows) {
    if (r.leader_id !== null && readsLeader(ctx, r)) {
      await writeAudit(
        ctx.db,
        ctx.actor,
        { action: 'personnel.read', entity: 'leader', entityId: r.leader_id, after: { recommendationId: r.id } },
        ctx.requestId,
      );
    }
  }
  return views;
}

function viewOf(r: Row, now: string, readsLeaderCard: boolean): RecommendationView {
  const hidden = r.leader_id !== null && !readsLeaderCard;
  return {
    id: r.id,
    territoryId: r.scope_org_id,
    reportId: r.report_id,
    reportTitle: r.report_title,
    frameworkId: r.framework_id,
    directionCode: r.direction_code,
    finding: r.finding,
    orgId: r.org_id,
    orgName: r.org_short ?? r.org_name,
    personal: r.leader_id !== null,
    leaderId: hidden ? null : r.leader_id,
    leaderName: hidden ? null : r.leader_name,
    text: hidden ? PERSONAL_RECOMMENDATION_NOTE : r.text,
    dueOn: r.due_on,
    status: r.status,
    overdue: recommendationOverdue({ status: r.status, dueOn: r.due_on }, now),
    acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at).toISOString() : null,
    acknowledgedBy: r.acknowledged_by,
    reportText: r.report_text,
    reportedOn: r.reported_on,
    reportedBy: r.reported_by,
    approvedOn: r.approved_on,
    approvedMinutes: r.approved_minutes,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/**
 * What the report suggests addressing: every deficit that names an organisation, and for a
 * deficit of the territory on an indicator, the organisations with the weakest values of it.
 */
export async function suggestRecommendations(ctx: UseCaseContext, reportId: number): Promise<RecommendationSuggestion[]> {
  const report = await loadReport(ctx, reportId);
  assertWritesReports(ctx.actor, report.territoryPath);
  const c = report.content;
  const out: RecommendationSuggestion[] = [];
  const seen = new Set<string>();
  const add = (orgId: number, orgName: string, finding: Finding, text: string) => {
    const key = `${orgId}|${finding.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ orgId, orgName, finding, text });
  };
  const names = new Map(c.comparisons.flatMap((x) => x.rows.map((r) => [r.orgId, r.name] as const)));
  for (const f of c.findings.deficits) {
    const indicator = f.indicator ? c.indicators.find((i) => i.code === f.indicator) : undefined;
    if (f.orgId !== undefined && f.orgId !== c.scope.territory.id) {
      const what = indicator ? `по показателю ${indicator.code} «${indicator.name}»` : 'по выявленному дефициту';
      add(
        f.orgId,
        names.get(f.orgId) ?? `Организация ${f.orgId}`,
        f,
        `Разработать и реализовать план устранения дефицита ${what}; отразить принятые меры.`,
      );
    } else if (indicator) {
      for (const w of indicator.worst) {
        add(
          w.orgId,
          w.name,
          f,
          `Проанализировать причины низкого значения показателя ${indicator.code} «${indicator.name}» и принять меры по его повышению.`,
        );
      }
    }
  }
  return out;
}

/** Writes recommendations from a report to chosen organisations (and their leaders): all or none. */
export async function createRecommendations(
  ctx: UseCaseContext,
  reportId: number,
  items: RecommendationInput[],
): Promise<{ ids: number[] }> {
  const report = await loadReport(ctx, reportId);
  assertWritesReports(ctx.actor, report.territoryPath);
  if (items.length === 0) {
    throw new AppError('validation_failed', 'Выберите хотя бы одну организацию и напишите рекомендацию.', [
      { path: 'body.items', message: 'Добавьте рекомендацию.' },
    ]);
  }
  const check = new InputCheck();
  const orgIds = [...new Set(items.map((i) => i.orgId))];
  const orgs = await orgRepository.findByIds(ctx.db, orgIds);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const leaderIds = items.map((i) => i.leaderId).filter((x): x is number => typeof x === 'number');
  const leaders = leaderIds.length
    ? await ctx.db.selectFrom('leader').select(['id', 'org_id', 'full_name']).where('id', 'in', leaderIds).execute()
    : [];
  const values = items.map((item, n) => {
    const org = orgById.get(item.orgId);
    if (!org || org.kind !== 'organisation' || !isWithinScope(org.path, report.territoryPath) || org.path === report.territoryPath) {
      check.fail(
        `items.${n}.orgId`,
        `Строка ${n + 1}: организация с id ${item.orgId} не относится к территории отчёта «${report.territoryName}».`,
      );
    }
    if (item.leaderId) {
      const leader = leaders.find((l) => l.id === item.leaderId);
      if (!leader || leader.org_id !== item.orgId)
        check.fail(`items.${n}.leaderId`, `Строка ${n + 1}: руководитель с id ${item.leaderId} не работает в выбранной организации.`);
    }
    const text = check.text(`items.${n}.text`, item.text, `текст рекомендации (строка ${n + 1})`);
    if (text.length > LIMIT) check.fail(`items.${n}.text`, `Строка ${n + 1}: текст рекомендации длиннее ${LIMIT} знаков.`);
    const dueOn = check.date(`items.${n}.dueOn`, item.dueOn, `срок исполнения (строка ${n + 1})`);
    return {
      scope_org_id: report.territoryId,
      report_id: report.id,
      framework_id: report.frameworkId,
      direction_code: report.directionCode,
      finding: JSON.stringify(item.finding ?? null),
      org_id: item.orgId,
      leader_id: item.leaderId ?? null,
      text,
      due_on: dueOn ?? '',
      created_by: userIdOf(ctx),
    };
  });
  check.done();
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await trx.insertInto('recommendation').values(values).returning('id').execute();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'recommendation.create',
        entity: 'report',
        entityId: report.id,
        after: { ids: rows.map((r) => r.id), orgIds: values.map((v) => v.org_id) },
      },
      ctx.requestId,
    );
    return { ids: rows.map((r) => r.id) };
  });
}

/** The territory's recommendations (its operators and viewers); overdue ones flagged. */
export async function listRecommendations(ctx: UseCaseContext, territoryId: number): Promise<RecommendationView[]> {
  const territory = await loadTerritory(ctx, territoryId);
  const rows = await selectRecommendations(ctx).where('r.scope_org_id', '=', territory.id).orderBy('r.due_on').orderBy('r.id').execute();
  return viewsFor(ctx, rows);
}

/** What is addressed to the caller's organisation, from every territory above it. */
export async function myRecommendations(ctx: UseCaseContext): Promise<RecommendationView[]> {
  if (ctx.actor.role !== 'org_representative' || ctx.actor.scopeOrgId === null) {
    throw forbidden('Рекомендации в кабинете организации видит её представитель.');
  }
  const rows = await selectRecommendations(ctx).where('r.org_id', '=', ctx.actor.scopeOrgId).orderBy('r.due_on').orderBy('r.id').execute();
  return viewsFor(ctx, rows);
}

async function addressed(ctx: UseCaseContext, id: number, version: number, action: 'acknowledge' | 'report') {
  const row = await selectRecommendations(ctx).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Рекомендация с id ${id}`);
  if (ctx.actor.role !== 'org_representative' || ctx.actor.scopeOrgId !== row.org_id) {
    if (!actorSees(ctx.actor, row.org_path)) throw notFound(`Рекомендация с id ${id}`);
    throw forbidden('Принять рекомендацию и отразить её исполнение может представитель организации, которой она адресована.');
  }
  const refusal = recommendationRefusal(row.status, action);
  if (refusal) throw new AppError('conflict', refusal);
  if (row.version !== version) {
    throw new AppError('version_conflict', 'Рекомендацию изменили, пока вы её читали: обновите страницу и повторите.');
  }
  return row;
}

/** The organisation acknowledges a recommendation addressed to it. */
export async function acknowledgeRecommendation(ctx: UseCaseContext, id: number, version: number): Promise<RecommendationView> {
  const row = await addressed(ctx, id, version, 'acknowledge');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('recommendation')
      .set({ status: 'acknowledged', acknowledged_at: new Date(), acknowledged_by: ctx.actor.fullName, version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, ctx.actor, { action: 'recommendation.acknowledge', entity: 'recommendation', entityId: id }, ctx.requestId);
  });
  return getRecommendation(ctx, id);
}

/** The organisation reports what it did (acknowledging it on the way, if it had not). */
export async function reportRecommendation(
  ctx: UseCaseContext,
  id: number,
  input: { text: string; version: number },
): Promise<RecommendationView> {
  const row = await addressed(ctx, id, input.version, 'report');
  const check = new InputCheck();
  const text = check.text('text', input.text, 'что сделано по рекомендации');
  if (text.length > LIMIT)
    check.fail('text', `Отчёт об исполнении длиннее ${LIMIT} знаков: сократите его или приложите документ к отчёту организации.`);
  check.done();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('recommendation')
      .set({
        status: 'reported',
        acknowledged_at: row.acknowledged_at ?? new Date(),
        acknowledged_by: row.acknowledged_by ?? ctx.actor.fullName,
        report_text: text,
        reported_on: today(),
        reported_by: ctx.actor.fullName,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'recommendation.report', entity: 'recommendation', entityId: id, after: { text } },
      ctx.requestId,
    );
  });
  return getRecommendation(ctx, id);
}

/** One recommendation: for the territory's readers, or the organisation it is addressed to. */
export async function getRecommendation(ctx: UseCaseContext, id: number): Promise<RecommendationView> {
  const row = await selectRecommendations(ctx).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Рекомендация с id ${id}`);
  const own = ctx.actor.role === 'org_representative' && ctx.actor.scopeOrgId === row.org_id;
  if (!own && (ctx.actor.role === 'org_representative' || !actorSees(ctx.actor, row.org_path))) throw notFound(`Рекомендация с id ${id}`);
  const [view] = await viewsFor(ctx, [row]);
  return view!;
}

/** Records the working group's approval of recommendations of the territory (meeting date, minutes). */
export async function approveRecommendations(
  ctx: UseCaseContext,
  territoryId: number,
  input: { ids: number[]; meetingDate: string; minutesNumber: string },
): Promise<{ approved: number }> {
  const territory = await managedTerritory(ctx, territoryId);
  const check = new InputCheck();
  const on = check.date('meetingDate', input.meetingDate, 'дату заседания рабочей группы', { notAfter: today() });
  const minutes = check.text('minutesNumber', input.minutesNumber, 'номер протокола');
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) check.fail('ids', 'Отметьте рекомендации, которые одобрила рабочая группа.');
  check.done();
  const found = await ctx.db
    .selectFrom('recommendation')
    .select('id')
    .where('id', 'in', ids)
    .where('scope_org_id', '=', territory.id)
    .execute();
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) {
    throw new AppError('validation_failed', `Рекомендаций ${missing.join(', ')} нет среди рекомендаций «${territory.name}».`, [
      { path: 'body.ids', message: 'Выберите рекомендации этой территории.' },
    ]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('recommendation')
      .set((eb) => ({ approved_on: on, approved_minutes: minutes, version: eb('version', '+', 1) }))
      .where('id', 'in', ids)
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'recommendation.approve', entity: 'org', entityId: territory.id, after: { ids, meetingDate: on, minutes } },
      ctx.requestId,
    );
  });
  return { approved: ids.length };
}
