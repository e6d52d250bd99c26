import { AppError } from './app-error.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';
import { tokenId } from './auth.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { MIN_PASSWORD_LENGTH } from './users.ts';

/** Ends every session of the caller but the one making the request; returns how many ended. */
async function endOtherSessions(ctx: UseCaseContext, currentToken: string): Promise<number> {
  const ended = await ctx.db
    .deleteFrom('user_session')
    .where('user_id', '=', ctx.actor.userId)
    .where('id', '!=', tokenId(currentToken))
    .executeTakeFirst();
  return Number(ended.numDeletedRows);
}

/**
 * A user changes their own password: the current one must be given (a session left open on a
 * shared computer must not be enough), the new one must be long enough and differ from it. Every
 * other session of the user ends, so whoever knew the old password is logged out everywhere.
 */
export async function changeOwnPassword(
  ctx: UseCaseContext,
  currentToken: string,
  input: { currentPassword: string; newPassword: string },
): Promise<{ sessionsEnded: number }> {
  const user = await ctx.db.selectFrom('app_user').select('password_hash').where('id', '=', ctx.actor.userId).executeTakeFirst();
  if (!user || !(await verifyPassword(input.currentPassword, user.password_hash))) {
    throw new AppError('validation_failed', 'Текущий пароль введён неверно. Пароль не изменён.', [
      { path: 'body.currentPassword', message: 'Неверный текущий пароль.' },
    ]);
  }
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('validation_failed', `Новый пароль слишком короткий: нужно не менее ${MIN_PASSWORD_LENGTH} символов.`, [
      { path: 'body.newPassword', message: `Не менее ${MIN_PASSWORD_LENGTH} символов.` },
    ]);
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('validation_failed', 'Новый пароль совпадает с текущим. Придумайте другой.', [
      { path: 'body.newPassword', message: 'Совпадает с текущим.' },
    ]);
  }
  const hash = await hashPassword(input.newPassword);
  return ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('app_user').set({ password_hash: hash, updated_at: new Date() }).where('id', '=', ctx.actor.userId).execute();
    const sessionsEnded = await endOtherSessions({ ...ctx, db: trx }, currentToken);
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'auth.password_changed', entity: 'user', entityId: ctx.actor.userId, after: { sessionsEnded } },
      ctx.requestId,
    );
    return { sessionsEnded };
  });
}

/** "Выйти на других устройствах": every session of the caller but this one ends, audited. */
export async function logOutOtherSessions(ctx: UseCaseContext, currentToken: string): Promise<{ sessionsEnded: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const sessionsEnded = await endOtherSessions({ ...ctx, db: trx }, currentToken);
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'auth.sessions_ended', entity: 'user', entityId: ctx.actor.userId, after: { sessionsEnded } },
      ctx.requestId,
    );
    return { sessionsEnded };
  });
}
