import { ORG_TYPE_NAMES, type OrgType } from '../../domain/org/org-kind.ts';
import { isClosedForPeriod, ruDate } from '../../domain/org/org-life.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { periodClosedError } from '../period-guard.ts';
import type { CampaignInput } from '../../api/campaigns.ts';
import type { UseCaseContext } from '../context.ts';
import { loadIndicatorCatalogue } from '../results/indicator-catalogue.ts';
import { campaignPlan, findCampaign, isOperator, type CampaignRecord } from './campaign-record.ts';
import { cyclogramFor, monitoringYearOf } from './cyclogram-store.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

const invalid = (message: string, path: string) => new AppError('validation_failed', message, [{ path, message }]);

/** Creates a campaign and the empty form of every participant, in one transaction. */
export async function createCampaign(ctx: UseCaseContext, input: CampaignInput): Promise<CampaignRecord> {
  if (!isOperator(ctx.actor)) throw forbidden('Кампанию создаёт оператор мониторинга.');
  const name = input.name.trim();
  if (!name) throw invalid('Укажите название кампании.', 'body.name');
  const responsible = input.responsible.trim();
  if (!responsible) throw invalid('Укажите ответственного за мониторинг (ФИО, должность).', 'body.responsible');
  const scope = await orgRepository.findById(ctx.db, input.scopeOrgId);
  if (!scope) throw notFound(`Территория с id ${input.scopeOrgId}`);
  if (scope.kind === 'organisation')
    throw invalid('Кампанию проводят для муниципалитета или региона, а не для одной организации.', 'body.scopeOrgId');
  if (!actorSees(ctx.actor, scope.path)) throw forbidden(`«${scope.name}» вне вашей зоны доступа.`);
  const period = await ctx.db.selectFrom('period').selectAll().where('id', '=', input.periodId).executeTakeFirst();
  if (!period) throw notFound(`Период с id ${input.periodId}`);
  if (period.closed_at !== null) throw periodClosedError(period.name, 'body.periodId');
  const { catalogue } = await loadIndicatorCatalogue(ctx.db, input.frameworkId);
  if (input.indicatorCodes) {
    if (input.indicatorCodes.length === 0) throw invalid('Выберите хотя бы один показатель или оставьте все.', 'body.indicatorCodes');
    const known = new Map((catalogue.indicators ?? []).map((i) => [i.code, i]));
    for (const code of input.indicatorCodes) {
      const indicator = known.get(code);
      if (!indicator) throw invalid(`Показателя «${code}» нет в методике «${catalogue.name}».`, 'body.indicatorCodes');
      if (indicator.periodKind !== period.kind) {
        throw invalid(
          `Показатель ${code} считается за ${indicator.periodKind === 'school_year' ? 'учебный' : 'календарный'} год, а выбран период «${period.name}».`,
          'body.indicatorCodes',
        );
      }
    }
  }

  let startsOn = input.startsOn;
  let deadline = input.deadline;
  if (!startsOn || !deadline) {
    const stages = await cyclogramFor(ctx.db, scope.id, monitoringYearOf(period.code), responsible);
    const collection = stages.find((s) => s.code === 'collection');
    startsOn ??= collection?.startsOn;
    deadline ??= collection?.endsOn;
  }
  if (!startsOn || !deadline) throw invalid('Укажите даты начала и окончания сбора данных.', 'body.deadline');
  if (startsOn > deadline) throw invalid('Срок сдачи раньше начала сбора: поменяйте даты местами.', 'body.deadline');

  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('campaign')
      .values({
        scope_org_id: scope.id,
        framework_id: input.frameworkId,
        period_id: period.id,
        name,
        indicator_codes: input.indicatorCodes ? JSON.stringify(input.indicatorCodes) : null,
        starts_on: startsOn,
        deadline,
        responsible,
        created_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const campaign = await findCampaign(trx, row.id);
    if (!campaign) throw new Error('campaign vanished');
    const plan = await campaignPlan(trx, campaign);

    const { orgTypes = [], groupIds = [], orgIds = [] } = input.participants;
    const everyone = orgTypes.length === 0 && groupIds.length === 0 && orgIds.length === 0;
    const members = groupIds.length
      ? new Set(
          (await trx.selectFrom('org_group_member').select('org_id').where('group_id', 'in', groupIds).execute()).map((m) => m.org_id),
        )
      : new Set<number>();
    const inScope = await orgRepository
      .under(trx, scope.path)
      .select(['id', 'type', 'name', 'closed_on'])
      .where('kind', '=', 'organisation')
      .orderBy('code')
      .execute();
    // Closed on or before the period starts: not asked for its data (earlier periods keep it).
    const closed = inScope.filter((o) => isClosedForPeriod(o.closed_on, period.starts_on) && orgIds.includes(o.id));
    if (closed.length) {
      throw new AppError(
        'org_closed',
        `${closed.map((o) => `«${o.name}» закрыта с ${ruDate(o.closed_on ?? '')}`).join('; ')}: в период «${period.name}» закрытые организации не опрашивают — уберите их из участников.`,
        [{ path: 'body.participants.orgIds', message: 'Организация закрыта.' }],
      );
    }
    const orgs = inScope.filter((o) => !isClosedForPeriod(o.closed_on, period.starts_on));
    const chosen = orgs.filter((o) => everyone || orgTypes.includes(o.type as OrgType) || members.has(o.id) || orgIds.includes(o.id));
    const outside = orgIds.filter((id) => !orgs.some((o) => o.id === id));
    if (outside.length) throw invalid(`Организации с id ${outside.join(', ')} не входят в «${scope.name}».`, 'body.participants.orgIds');
    const participants = chosen.filter((o) => o.type && plan.cellsOf(o.type as OrgType).length > 0);
    if (participants.length === 0) {
      const types = [...new Set(chosen.map((o) => ORG_TYPE_NAMES[o.type as OrgType] ?? o.type))].join(', ');
      throw invalid(
        chosen.length
          ? `Выбранным показателям нечего спросить у выбранных организаций (${types}): выберите другие показатели или участников.`
          : 'Не выбрано ни одной организации: укажите типы, группы или сами организации.',
        'body.participants',
      );
    }
    await trx
      .insertInto('submission')
      .values(participants.map((o) => ({ campaign_id: row.id, org_id: o.id })))
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'campaign.create',
        entity: 'campaign',
        entityId: row.id,
        after: {
          name,
          period: period.code,
          catalogue: catalogue.code,
          indicators: input.indicatorCodes ?? 'все',
          participants: participants.length,
          startsOn,
          deadline,
          responsible,
        },
      },
      ctx.requestId,
    );
    return campaign;
  });
}
