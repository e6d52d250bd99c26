import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { actionOverdue, DECISION_KINDS, MEASURE_STATUSES, type DecisionKind, type MeasureStatus } from '../../domain/cycle/management.ts';
import { isWithinScope } from '../../domain/org/org-path.ts';
import { AppError, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { CycleActionInput, CycleActionView } from '../../api/cycle.ts';
import type { UseCaseContext } from '../context.ts';
import { InputCheck } from '../personnel/personnel-input.ts';
import { today } from '../today.ts';
import { loadTerritory, managedTerritory, userIdOf, type CycleTerritory } from './cycle-access.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

export type { CycleActionInput, CycleActionView };

async function indicatorsFramework(ctx: UseCaseContext, frameworkId: number) {
  const f = await catalogueRepository.findById(ctx.db, frameworkId);
  if (!f) throw notFound(`Методика с id ${frameworkId}`);
  if (f.kind !== 'indicators') {
    throw new AppError(
      'validation_failed',
      `«${f.name}» — методика оценки механизмов: меры нацеливаются на показатели методики показателей.`,
      [{ path: 'body.frameworkId', message: 'Выберите методику показателей.' }],
    );
  }
  return { id: f.id, name: f.name, catalogue: f.content as Catalogue };
}

const directionsOf = (c: Catalogue) => c.blocks.flatMap((b) => b.directions.map((d) => ({ code: d.code, name: d.name })));

/** The roadmap and decisions of the territory, optionally of one framework and direction. */
export async function listCycleActions(
  ctx: UseCaseContext,
  territoryId: number,
  filter: { frameworkId?: number; directionCode?: string } = {},
): Promise<CycleActionView[]> {
  const territory = await loadTerritory(ctx, territoryId);
  return actionsOf(ctx, territory, filter);
}

export async function actionsOf(
  ctx: UseCaseContext,
  territory: CycleTerritory,
  filter: { frameworkId?: number; directionCode?: string; ids?: number[] } = {},
): Promise<CycleActionView[]> {
  let q = ctx.db.selectFrom('cycle_action').selectAll().where('scope_org_id', '=', territory.id);
  if (filter.frameworkId) q = q.where('framework_id', '=', filter.frameworkId);
  if (filter.directionCode) q = q.where('direction_code', '=', filter.directionCode);
  if (filter.ids) q = filter.ids.length ? q.where('id', 'in', filter.ids) : q.where('id', '=', -1);
  const rows = await q.orderBy('deadline').orderBy('id').execute();
  if (rows.length === 0) return [];
  const sources = await ctx.db
    .selectFrom('cycle_action_source')
    .selectAll()
    .where(
      'action_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const frameworkIds = [...new Set(rows.map((r) => r.framework_id))];
  const frameworks = await ctx.db.selectFrom('framework').select(['id', 'content']).where('id', 'in', frameworkIds).execute();
  const catalogues = new Map(frameworks.map((f) => [f.id, f.content as Catalogue]));
  const orgIds = [...new Set(rows.flatMap((r) => r.org_ids))];
  const orgs = await orgRepository.findByIds(ctx.db, orgIds);
  const orgName = new Map(orgs.map((o) => [o.id, o.short_name ?? o.name]));
  const now = today();
  return rows.map((r) => {
    const catalogue = catalogues.get(r.framework_id);
    const indicatorName = new Map((catalogue?.indicators ?? []).map((i) => [i.code, i.name]));
    const mine = sources.filter((s) => s.action_id === r.id);
    return {
      id: r.id,
      kind: r.kind,
      territoryId: r.scope_org_id,
      frameworkId: r.framework_id,
      directionCode: r.direction_code,
      directionName: (catalogue ? directionsOf(catalogue) : []).find((d) => d.code === r.direction_code)?.name ?? r.direction_code,
      title: r.title,
      startsOn: r.starts_on,
      deadline: r.deadline,
      responsible: r.responsible,
      status: r.status,
      overdue: actionOverdue({ kind: r.kind, status: r.status, deadline: r.deadline }, now),
      decisionKind: r.decision_kind,
      actKind: r.act_kind,
      actNumber: r.act_number,
      actDate: r.act_date,
      participants: r.participants,
      resultText: r.result_text,
      indicators: r.indicator_codes.map((code) => ({ code, name: indicatorName.get(code) ?? code })),
      orgs: r.org_ids.map((id) => ({ id, name: orgName.get(id) ?? String(id) })),
      recommendationIds: mine.map((s) => s.recommendation_id).filter((x): x is number => x !== null),
      measureIds: mine.map((s) => s.measure_id).filter((x): x is number => x !== null),
      version: r.version,
    };
  });
}

/** Records a measure of the roadmap or a management decision, with its links: all or nothing. */
export async function createCycleAction(ctx: UseCaseContext, territoryId: number, input: CycleActionInput): Promise<CycleActionView> {
  const territory = await managedTerritory(ctx, territoryId);
  const framework = await indicatorsFramework(ctx, input.frameworkId);
  const check = new InputCheck();
  const isDecision = input.kind === 'decision';
  const direction = directionsOf(framework.catalogue).find((d) => d.code === input.directionCode);
  if (!direction) check.fail('directionCode', `Направления «${input.directionCode}» нет в методике «${framework.name}».`);
  const title = check.text('title', input.title, isDecision ? 'содержание решения' : 'содержание мероприятия');
  const startsOn = check.date('startsOn', input.startsOn, 'дату начала');
  const deadline = check.date('deadline', input.deadline, 'срок исполнения');
  if (startsOn && deadline && deadline < startsOn) check.fail('deadline', 'Срок исполнения раньше даты начала: исправьте одну из дат.');
  const responsible = check.text('responsible', input.responsible, 'ответственного');

  const codes = [...new Set(input.indicatorCodes)];
  const ofDirection = new Set(
    (framework.catalogue.indicators ?? []).filter((i) => i.directions.includes(input.directionCode)).map((i) => i.code),
  );
  if (codes.length === 0)
    check.fail('indicatorCodes', 'Укажите показатели, на которые направлено: по ним будет проведён анализ эффективности.');
  const foreign = codes.filter((c) => !ofDirection.has(c));
  if (direction && foreign.length)
    check.fail('indicatorCodes', `Показатели ${foreign.join(', ')} не относятся к направлению «${direction.name}».`);

  const orgIds = [...new Set(input.orgIds)];
  if (orgIds.length === 0) check.fail('orgIds', 'Укажите организации, на которые направлено.');
  const orgs = await orgRepository.findByIds(ctx.db, orgIds);
  const outside = orgIds.filter((id) => {
    const o = orgs.find((x) => x.id === id);
    return !o || o.kind !== 'organisation' || !isWithinScope(o.path, territory.path);
  });
  if (outside.length) check.fail('orgIds', `Организации с id ${outside.join(', ')} не относятся к «${territory.name}».`);

  const recommendationIds = [...new Set(input.recommendationIds ?? [])];
  if (recommendationIds.length) {
    const found = await ctx.db
      .selectFrom('recommendation')
      .select('id')
      .where('id', 'in', recommendationIds)
      .where('scope_org_id', '=', territory.id)
      .execute();
    const missing = recommendationIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) check.fail('recommendationIds', `Рекомендаций ${missing.join(', ')} нет среди рекомендаций «${territory.name}».`);
  }
  const measureIds = [...new Set(input.measureIds ?? [])];
  if (measureIds.length && !isDecision) check.fail('measureIds', 'С мероприятиями связывается управленческое решение, а не мероприятие.');
  if (measureIds.length) {
    const found = await ctx.db
      .selectFrom('cycle_action')
      .select('id')
      .where('id', 'in', measureIds)
      .where('kind', '=', 'measure')
      .where('scope_org_id', '=', territory.id)
      .execute();
    const missing = measureIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) check.fail('measureIds', `Мероприятий ${missing.join(', ')} нет в дорожной карте «${territory.name}».`);
  }

  let decision: { kind: DecisionKind; actKind: string; actNumber: string; actDate: string | null; participants: string } | null = null;
  if (isDecision) {
    const kind = input.decisionKind;
    if (!kind || !(DECISION_KINDS as readonly string[]).includes(kind))
      check.fail('decisionKind', 'Укажите вид решения: организующее, активизирующее, координирующее, контролирующее или стимулирующее.');
    const actKind = check.text('actKind', input.actKind ?? '', 'вид акта (приказ, распоряжение, постановление…)');
    const actNumber = check.text('actNumber', input.actNumber ?? '', 'номер акта');
    const actDate = check.date('actDate', input.actDate, 'дату акта', { notAfter: today() });
    const participants = check.text('participants', input.participants ?? '', 'участников');
    decision = { kind: kind as DecisionKind, actKind, actNumber, actDate, participants };
  }
  check.done();

  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('cycle_action')
      .values({
        kind: input.kind,
        scope_org_id: territory.id,
        framework_id: framework.id,
        direction_code: input.directionCode,
        title,
        starts_on: startsOn ?? '',
        deadline: deadline ?? '',
        responsible,
        decision_kind: decision?.kind ?? null,
        act_kind: decision?.actKind ?? null,
        act_number: decision?.actNumber ?? null,
        act_date: decision?.actDate ?? null,
        participants: decision?.participants ?? null,
        indicator_codes: JSON.stringify(codes),
        org_ids: JSON.stringify(orgIds),
        created_by: userIdOf(ctx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const links = [
      ...recommendationIds.map((r) => ({ action_id: row.id, recommendation_id: r, measure_id: null })),
      ...measureIds.map((m) => ({ action_id: row.id, recommendation_id: null, measure_id: m })),
    ];
    if (links.length) await trx.insertInto('cycle_action_source').values(links).execute();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: `cycle.${input.kind}.create`,
        entity: 'cycle_action',
        entityId: row.id,
        after: { title, directionCode: input.directionCode, indicatorCodes: codes, orgIds, recommendationIds, measureIds },
      },
      ctx.requestId,
    );
    return row.id;
  });
  const [view] = await actionsOf(ctx, territory, { ids: [id] });
  return view as CycleActionView;
}

/** Moves a measure or decision along (planned → in progress → done, or cancelled), with what came of it. */
export async function updateCycleActionStatus(
  ctx: UseCaseContext,
  id: number,
  input: { status: MeasureStatus; resultText?: string | null; version: number },
): Promise<CycleActionView> {
  const row = await ctx.db.selectFrom('cycle_action').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Мероприятие или решение с id ${id}`);
  const territory = await managedTerritory(ctx, row.scope_org_id);
  if (!(MEASURE_STATUSES as readonly string[]).includes(input.status)) {
    throw new AppError('validation_failed', 'Неизвестное состояние.', [{ path: 'body.status', message: 'Выберите состояние из списка.' }]);
  }
  const resultText = input.resultText?.trim() || null;
  if (input.status === 'done' && !resultText && !row.result_text) {
    throw new AppError('validation_failed', 'Отметьте результат: что сделано и к чему это привело.', [
      { path: 'body.resultText', message: 'Опишите результат.' },
    ]);
  }
  if (row.version !== input.version) {
    throw new AppError('version_conflict', 'Запись изменили, пока вы её читали: обновите страницу и повторите.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('cycle_action')
      .set({ status: input.status, result_text: resultText ?? row.result_text, version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'cycle.action.status',
        entity: 'cycle_action',
        entityId: id,
        before: { status: row.status },
        after: { status: input.status, resultText },
      },
      ctx.requestId,
    );
  });
  const [view] = await actionsOf(ctx, territory, { ids: [id] });
  return view as CycleActionView;
}
