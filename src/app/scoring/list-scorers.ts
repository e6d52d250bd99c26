import { ROLE_NAMES, type Role } from '../../domain/access/role.ts';
import { isWithinScope } from '../../domain/org/org-path.ts';
import { actorSees, type Actor } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { managesRounds } from './scoring-round.ts';
import type { Scorer } from '../../api/scoring.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';
export type { Scorer };

/**
 * Whether a user may score a round of a territory: their scope lies within the territory or
 * covers it (a region's experts score its districts; another district's do not, and are not even
 * listed to its operator). A self-assessment is the territory's own, so its scorers (operators
 * and experts) come from the caller's zone too. A user without a scope (the whole system) covers
 * every territory, but joins a self-assessment only by a caller without one.
 */
export function scoresTerritory(actor: Actor, kind: 'expert' | 'self', userPath: string | null, territoryPath: string | null): boolean {
  if (userPath === null) return kind === 'expert' || actor.scopePath === null;
  if (kind === 'self' && !actorSees(actor, userPath)) return false;
  return territoryPath === null || isWithinScope(userPath, territoryPath) || isWithinScope(territoryPath, userPath);
}

/**
 * Who a round's manager may assign for a round of the territory (by default the caller's own
 * scope): see `scoresTerritory`. Logins are not listed.
 */
export async function listScorers(ctx: UseCaseContext, kind: 'expert' | 'self', territoryId?: number | null): Promise<Scorer[]> {
  if (!managesRounds(ctx.actor)) throw forbidden('Список экспертов нужен оператору, открывающему раунд оценки.');
  const id = territoryId ?? ctx.actor.scopeOrgId;
  let territoryPath: string | null = null;
  if (id !== null) {
    const t = await orgRepository.findById(ctx.db, id);
    if (!t) throw notFound(`Территория с id ${id}`);
    if (!actorSees(ctx.actor, t.path))
      throw forbidden(`«${t.name}» вне вашей зоны доступа: экспертов назначают в раунды своей территории.`);
    if (t.kind === 'organisation') throw new AppError('validation_failed', 'Раунд оценки открывают для региона или муниципалитета.');
    territoryPath = t.path;
  }
  const roles: Role[] = kind === 'expert' ? ['expert'] : ['admin', 'regional_operator', 'municipal_operator', 'expert'];
  const rows = await ctx.db
    .selectFrom('app_user as u')
    .leftJoin('org as o', 'o.id', 'u.scope_org_id')
    .select(['u.id', 'u.full_name', 'u.role', 'o.name as scope_name', 'o.path'])
    .where('u.is_active', '=', true)
    .where('u.role', 'in', roles)
    .orderBy('u.full_name')
    .execute();
  return rows
    .filter((r) => scoresTerritory(ctx.actor, kind, r.path, territoryPath))
    .map((r) => ({ id: r.id, fullName: r.full_name, role: r.role as Role, roleName: ROLE_NAMES[r.role as Role], scopeName: r.scope_name }));
}
