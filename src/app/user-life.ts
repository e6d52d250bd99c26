import type { AccessChange, NewPassword, UserAccess, UserBlocked } from '../api/users.ts';
import type { Kysely } from 'kysely';
import { ROLE_NAMES, type Role } from '../domain/access/role.ts';
import { leavesNoAdministrator, mayChange } from '../domain/access/user-management.ts';
import type { Database } from '../db/schema.ts';
import { AppError, notFound } from './app-error.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';
import { clearFailures } from './login-attempts.ts';
import { generatePassword, hashPassword } from './password.ts';
import { assertMayManage, managerOf, resolveScope } from './users.ts';
import { userRepository } from '../db/repositories/user-repository.ts';

/** An account with the path of its scope, as the management rule needs it. */
async function loadAccount(db: Kysely<Database>, id: number) {
  const row = await userRepository.withScopeById(db, id);
  if (!row) throw notFound('Пользователь');
  return { ...row, role: row.role as Role };
}

async function activeAdministrators(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('role', '=', 'admin')
    .where('is_active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const lastAdministrator = () =>
  new AppError(
    'conflict',
    'Это последний действующий администратор: его нельзя заблокировать или лишить роли. Сначала назначьте другого администратора.',
  );

async function endSessions(db: Kysely<Database>, userId: number): Promise<number> {
  const ended = await db.deleteFrom('user_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(ended.numDeletedRows);
}

/** Blocks an account: its sessions end at once and it cannot log in until unblocked. Audited. */
export async function blockUser(ctx: UseCaseContext, id: number): Promise<UserBlocked> {
  return ctx.db.transaction().execute(async (trx) => {
    const user = await loadAccount(trx, id);
    assertMayManage(ctx.actor, { userId: user.id, role: user.role, scopePath: user.scope_path });
    if (
      leavesNoAdministrator(
        await activeAdministrators(trx),
        { role: user.role, isActive: user.is_active },
        { role: user.role, isActive: false },
      )
    ) {
      throw lastAdministrator();
    }
    await userRepository.setActive(trx, id, false);
    const sessionsEnded = await endSessions(trx, id);
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'user.blocked',
        entity: 'user',
        entityId: id,
        before: { isActive: user.is_active },
        after: { isActive: false, sessionsEnded },
      },
      ctx.requestId,
    );
    return { sessionsEnded };
  });
}

/** Unblocks an account. Audited. */
export async function unblockUser(ctx: UseCaseContext, id: number): Promise<{ isActive: true }> {
  return ctx.db.transaction().execute(async (trx) => {
    const user = await loadAccount(trx, id);
    assertMayManage(ctx.actor, { userId: user.id, role: user.role, scopePath: user.scope_path });
    await userRepository.setActive(trx, id, true);
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'user.unblocked', entity: 'user', entityId: id, before: { isActive: user.is_active }, after: { isActive: true } },
      ctx.requestId,
    );
    return { isActive: true };
  });
}

/**
 * A new one-time password for the account: generated, hashed, returned once (never stored in
 * clear nor written to the audit); the user must change it at the next login. The account's
 * sessions end and its failed-login lock is lifted. Audited.
 */
export async function resetPassword(ctx: UseCaseContext, id: number): Promise<NewPassword> {
  const user = await loadAccount(ctx.db, id);
  assertMayManage(ctx.actor, { userId: user.id, role: user.role, scopePath: user.scope_path });
  const password = generatePassword({ login: user.login, fullName: user.full_name });
  const hash = await hashPassword(password);
  return ctx.db.transaction().execute(async (trx) => {
    await userRepository.setPassword(trx, id, hash, true);
    const sessionsEnded = await endSessions(trx, id);
    const cleared = await clearFailures(trx, user.login);
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'user.password_reset', entity: 'user', entityId: id, after: { mustChangePassword: true, sessionsEnded, cleared } },
      ctx.requestId,
    );
    return { login: user.login, password };
  });
}

/**
 * Changes an account's role and scope within what the caller may grant (both the old and the new
 * state must be the caller's to manage); the last active administrator keeps its role. Audited.
 */
export async function changeUserAccess(ctx: UseCaseContext, id: number, input: AccessChange): Promise<UserAccess> {
  const scope = await resolveScope(ctx.db, input.role, input.scopeOrgId);
  return ctx.db.transaction().execute(async (trx) => {
    const user = await loadAccount(trx, id);
    const decision = mayChange(
      managerOf(ctx.actor),
      { userId: user.id, role: user.role, scopePath: user.scope_path },
      { userId: user.id, role: input.role, scopePath: scope.path },
    );
    if (!decision.ok) throw new AppError('forbidden', decision.message);
    if (
      leavesNoAdministrator(
        await activeAdministrators(trx),
        { role: user.role, isActive: user.is_active },
        { role: input.role, isActive: user.is_active },
      )
    ) {
      throw lastAdministrator();
    }
    await trx
      .updateTable('app_user')
      .set({ role: input.role, scope_org_id: input.scopeOrgId, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    const after = { role: input.role, roleName: ROLE_NAMES[input.role], scopeOrgId: input.scopeOrgId, scopeOrgName: scope.name };
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'user.access_changed', entity: 'user', entityId: id, before: { role: user.role, scopeOrgId: user.scope_org_id }, after },
      ctx.requestId,
    );
    return after;
  });
}
