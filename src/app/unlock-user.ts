import { notFound } from './app-error.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';
import { clearFailures } from './login-attempts.ts';

/**
 * The administrator lifts a login lock: every recorded failed check of the user's login (from any
 * address) is cleared, so the user may log in at once; audited, with how many were cleared.
 * Locks of a network address are not lifted here: they end by themselves after fifteen minutes.
 */
export async function unlockUser(ctx: UseCaseContext, userId: number): Promise<{ cleared: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('app_user').select('login').where('id', '=', userId).executeTakeFirst();
    if (!user) throw notFound('Пользователь');
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
