import { actorSees, type Actor } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import { isOperator } from '../campaigns/campaign-record.ts';
import type { UseCaseContext } from '../context.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

/** The territory (municipality or region) whose management cycle is meant. */
export interface CycleTerritory {
  id: number;
  name: string;
  path: string;
  kind: 'municipality' | 'region';
}

/**
 * The territory if the caller sees it. Its operators write its recommendations, roadmap,
 * decisions and analyses; whoever else sees it (viewers, experts) reads them; an organisation's
 * representative reads only what is addressed to their organisation (see recommendations).
 */
export async function loadTerritory(ctx: UseCaseContext, id: number): Promise<CycleTerritory> {
  const t = await orgRepository.findById(ctx.db, id);
  if (!t) throw notFound(`Территория с id ${id}`);
  if (t.kind !== 'municipality' && t.kind !== 'region') {
    throw new AppError('validation_failed', `«${t.name}» — не муниципалитет и не регион: управленческий цикл ведёт территория.`, [
      { path: 'territoryId', message: 'Укажите муниципалитет или регион.' },
    ]);
  }
  if (ctx.actor.role === 'org_representative' || !actorSees(ctx.actor, t.path)) throw forbidden(`«${t.name}» вне вашей зоны доступа.`);
  return { id: t.id, name: t.name, path: t.path, kind: t.kind };
}

export function assertManagesCycle(actor: Actor, territory: { name: string; path: string }): void {
  if (!isOperator(actor) || !actorSees(actor, territory.path)) {
    throw forbidden(
      `Рекомендации, дорожную карту и управленческие решения «${territory.name}» ведёт оператор мониторинга этой территории.`,
    );
  }
}

/** The territory for writing: seen and managed by the caller. */
export async function managedTerritory(ctx: UseCaseContext, id: number): Promise<CycleTerritory> {
  const t = await loadTerritory(ctx, id);
  assertManagesCycle(ctx.actor, t);
  return t;
}

export const userIdOf = (ctx: UseCaseContext) => (ctx.actor.userId === 0 ? null : ctx.actor.userId);
