import type { UserUnlocked } from '../api/users.ts';
import { notFound } from './app-error.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';
import { clearFailures } from './login-attempts.ts';
import type { Role } from '../domain/access/role.ts';
import { assertMayManage } from './users.ts';
import { userRepository } from '../db/repositories/user-repository.ts';

/**
 * The administrator (or an operator, for an account it manages) lifts a login lock: every recorded failed check of the user's login (from any
 * address) is cleared, so the user may log in at once; audited, with how many were cleared.
 * Locks of a network address are not lifted here: they end by themselves after fifteen minutes.
 */
export async function unlockUser(ctx: UseCaseContext, userId: number): Promise<UserUnlocked> {
  return ctx.db.transaction().execute(async (trx) => {
    const user = await userRepository.withScopeById(trx, userId);
    if (!user) throw notFound('Пользователь');
    assertMayManage(ctx.actor, { userId, role: user.role as Role, scopePath: user.scope_path });
    const cleared = await clearFailures(trx, user.login);
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'auth.unlocked', entity: 'user', entityId: userId, after: { login: user.login, cleared } },
      ctx.requestId,
    );
    return { cleared };
  });
}
