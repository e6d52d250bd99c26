import { ROLE_NAMES, type Role } from '../../domain/access/role.ts';
import { actorSees } from '../actor.ts';
import { forbidden } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { managesRounds } from './scoring-round.ts';

export interface Scorer {
  id: number;
  fullName: string;
  role: Role;
  roleName: string;
  scopeName: string | null;
}

/**
 * Who a round's manager may assign: for an expert round every active expert (experts often come
 * from other municipalities); for a self-assessment the operators and experts within the
 * manager's own scope. Logins are not listed.
 */
export async function listScorers(ctx: UseCaseContext, kind: 'expert' | 'self'): Promise<Scorer[]> {
  if (!managesRounds(ctx.actor)) throw forbidden('Список экспертов нужен оператору, открывающему раунд оценки.');
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
    .filter((r) => kind === 'expert' || (r.path !== null ? actorSees(ctx.actor, r.path) : ctx.actor.scopePath === null))
    .map((r) => ({ id: r.id, fullName: r.full_name, role: r.role as Role, roleName: ROLE_NAMES[r.role as Role], scopeName: r.scope_name }));
}
