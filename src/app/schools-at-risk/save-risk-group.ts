import { writeAudit } from '../audit.ts';
import { AppError, forbidden } from '../app-error.ts';
import { isOperator } from '../campaigns/campaign-record.ts';
import type { UseCaseContext } from '../context.ts';
import { riskTerritory } from './risk-territory.ts';
import type { RiskList as ContractRiskList, SavedGroup } from '../../api/schools-at-risk.ts';
import type { Assert, Equal } from '../../api/type-equality.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

export const RISK_LISTS = { shnor: 'ШНОР', shfnsu: 'ШФНСУ' } as const;
export type RiskList = keyof typeof RISK_LISTS;
/** The contract names the same lists (tsc fails if one gains a list the other lacks). */
export type _RiskListCheck = Assert<Equal<RiskList, ContractRiskList>>;

export type { SavedGroup };

/**
 * Saves a list of schools as an organisation group of the territory (the start of the work with them:
 * campaigns, recommendations and reports take groups). Every member must be a school of the territory;
 * the name must be new in the territory. Audited with the list's kind, period and parameters.
 */
export async function saveRiskGroup(
  ctx: UseCaseContext,
  input: { territoryId: number; list: RiskList; name: string; orgIds: readonly number[]; periodCode?: string | null; params?: unknown },
): Promise<SavedGroup> {
  const territory = await riskTerritory(ctx, input.territoryId);
  if (!isOperator(ctx.actor)) throw forbidden('Группы организаций создают операторы мониторинга.');
  const name = input.name.trim();
  if (name === '')
    throw new AppError('validation_failed', 'Укажите название группы.', [{ path: 'body.name', message: 'Название не может быть пустым.' }]);
  const orgIds = [...new Set(input.orgIds)];
  if (orgIds.length === 0)
    throw new AppError('validation_failed', 'В списке нет школ: сохранять нечего.', [
      { path: 'body.orgIds', message: 'Нужна хотя бы одна школа.' },
    ]);
  const schools = await orgRepository
    .under(ctx.db, territory.path)
    .select(['id'])
    .where('id', 'in', orgIds)
    .where('type', '=', 'school')
    .execute();
  const found = new Set(schools.map((s) => s.id));
  const stray = orgIds.filter((id) => !found.has(id));
  if (stray.length)
    throw new AppError('validation_failed', `Не школы территории «${territory.name}»: организации с id ${stray.join(', ')}.`, [
      { path: 'body.orgIds', message: 'Только школы выбранной территории.' },
    ]);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('org_group').select(['code', 'name']).where('scope_org_id', '=', territory.id).execute();
    if (existing.some((g) => g.name.toLowerCase() === name.toLowerCase()))
      throw new AppError('already_exists', `Группа «${name}» уже есть у территории «${territory.name}»: выберите другое название.`, [
        { path: 'body.name', message: 'Название уже занято.' },
      ]);
    const stem = `${input.list}-${(input.periodCode ?? 'list').replace(/[^0-9a-z]+/gi, '-')}`;
    const codes = new Set(existing.map((g) => g.code));
    let code = stem;
    for (let i = 2; codes.has(code); i++) code = `${stem}-${i}`;
    const group = await trx
      .insertInto('org_group')
      .values({ scope_org_id: territory.id, code, name })
      .returning(['id', 'code', 'name', 'scope_org_id'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('org_group_member')
      .values(orgIds.map((org_id) => ({ group_id: group.id, org_id })))
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'org_group.create',
        entity: 'org_group',
        entityId: group.id,
        after: {
          code,
          name,
          scopeOrgId: territory.id,
          list: input.list,
          period: input.periodCode ?? null,
          params: input.params ?? null,
          orgIds,
        },
      },
      ctx.requestId,
    );
    return { id: group.id, code: group.code, name: group.name, scopeOrgId: group.scope_org_id, members: orgIds.length };
  });
}
