import type { ChangePasswordBody, SessionsEnded } from '../api/auth.ts';
import { AppError } from './app-error.ts';
import { checkNewPassword } from './check-new-password.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';
import { lockedOut, recordFailure, tokenId } from './auth.ts';
import { reserveAttempt, settleSuccess } from './login-attempts.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { userRepository } from '../db/repositories/user-repository.ts';

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
  input: ChangePasswordBody,
  ip = 'unknown',
): Promise<SessionsEnded> {
  // The current password is checked like a login: reserved before the hash, counted, audited and locked with the login's failures.
  const login = ctx.actor.login;
  const reserved = await reserveAttempt(ctx.db, login, ip, 'password_change');
  if ('lock' in reserved) throw lockedOut(login, reserved.lock);
  const user = await userRepository.findById(ctx.db, ctx.actor.userId);
  if (!user || !(await verifyPassword(input.currentPassword, user.password_hash))) {
    await recordFailure(ctx.db, { id: reserved.id, name: login, userId: ctx.actor.userId, ip, source: 'password_change' }, ctx.requestId);
    throw new AppError('validation_failed', 'Текущий пароль введён неверно. Пароль не изменён.', [
      { path: 'body.currentPassword', message: 'Неверный текущий пароль.' },
    ]);
  }
  await settleSuccess(ctx.db, reserved.id, login, ip, 'password_change');
  if (input.newPassword === input.currentPassword) {
    throw new AppError('validation_failed', 'Новый пароль совпадает с текущим. Придумайте другой.', [
      { path: 'body.newPassword', message: 'Совпадает с текущим.' },
    ]);
  }
  checkNewPassword(input.newPassword, { login, fullName: ctx.actor.fullName }, 'body.newPassword');
  const hash = await hashPassword(input.newPassword);
  return ctx.db.transaction().execute(async (trx) => {
    await userRepository.setPassword(trx, ctx.actor.userId, hash, false);
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
export async function logOutOtherSessions(ctx: UseCaseContext, currentToken: string): Promise<SessionsEnded> {
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
