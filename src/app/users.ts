import type { Kysely } from 'kysely';
import { ROLE_NAMES, requiredScopeKind, type Role } from '../domain/access/role.ts';
import { mayManage, type Manager } from '../domain/access/user-management.ts';
import { ORG_KIND_NAMES, type OrgKind } from '../domain/org/org-kind.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { AppError } from './app-error.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';
import type { NewUser, UserFilter, UserView } from '../api/users.ts';
import { checkNewPassword } from './check-new-password.ts';
import { lockedLogins } from './login-attempts.ts';
import { hashPassword } from './password.ts';
import { inTransaction } from './in-transaction.ts';
import { orgRepository } from '../db/repositories/org-repository.ts';
import { userRepository } from '../db/repositories/user-repository.ts';

export { USER_STATUSES, type UserFilter, type UserStatus, type UserView } from '../api/users.ts';

/** A new account: the HTTP request's fields, and how the password was given. */
export interface UserInput extends NewUser {
  /** The password is given by someone else: the user changes it at the first login. */
  mustChangePassword?: boolean;
}

/** The actor as the user-management rule sees it. */
export const managerOf = (actor: Actor): Manager => ({ userId: actor.userId, role: actor.role, scopePath: actor.scopePath });

/** Refuses, with the rule's Russian message, what the actor may not do to the account. */
export function assertMayManage(actor: Actor, account: Parameters<typeof mayManage>[1]): void {
  const decision = mayManage(managerOf(actor), account);
  if (!decision.ok) throw new AppError('forbidden', decision.message);
}

/** The users the caller sees (its scope's; the administrator: all), filtered. */
export async function listUsers(ctx: UseCaseContext, filter: UserFilter = {}): Promise<UserView[]> {
  let query = ctx.db
    .selectFrom('app_user as u')
    .leftJoin('org as o', 'o.id', 'u.scope_org_id')
    .select([
      'u.id',
      'u.login',
      'u.full_name',
      'u.role',
      'u.scope_org_id',
      'u.is_active',
      'u.must_change_password',
      'u.last_login_at',
      'o.name as scope_name',
    ])
    .orderBy('u.login');
  const { actor } = ctx;
  if (!(actor.role === 'admin' && actor.scopePath === null)) {
    query = query.where('o.path', 'like', `${actor.scopePath ?? '/none/'}%`);
  }
  if (filter.role) query = query.where('u.role', '=', filter.role);
  if (filter.territoryId !== undefined) {
    const territory = await orgRepository.findById(ctx.db, filter.territoryId);
    if (!territory) {
      throw new AppError('validation_failed', 'Территория для отбора не найдена: выберите её из списка.', [
        { path: 'query.territoryId', message: 'Нет такой организации.' },
      ]);
    }
    query = query.where('o.path', 'like', `${territory.path}%`);
  }
  if (filter.status === 'active') query = query.where('u.is_active', '=', true);
  if (filter.status === 'blocked') query = query.where('u.is_active', '=', false);
  if (filter.status === 'must_change_password') query = query.where('u.must_change_password', '=', true);
  const rows = await query.execute();
  const locked = await lockedLogins(
    ctx.db,
    rows.map((r) => r.login),
  );
  const views = rows.map((r): UserView => ({
    id: r.id,
    login: r.login,
    fullName: r.full_name,
    role: r.role as Role,
    roleName: ROLE_NAMES[r.role as Role] ?? r.role,
    scopeOrgId: r.scope_org_id,
    scopeOrgName: r.scope_name,
    mustChangePassword: r.must_change_password,
    isActive: r.is_active,
    lockedUntil: locked.get(r.login)?.toISOString() ?? null,
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
  }));
  return filter.status === 'locked' ? views.filter((v) => v.lockedUntil !== null) : views;
}

/**
 * The scope a role works in: none for the administrator, else an existing organisation of the
 * kind the role needs. Returns its name and path (null for none).
 */
export async function resolveScope(
  db: Kysely<Database>,
  role: Role,
  scopeOrgId: number | null,
): Promise<{ name: string | null; path: string | null }> {
  const needed = requiredScopeKind(role);
  if (needed === null) {
    if (scopeOrgId !== null) {
      throw new AppError(
        'validation_failed',
        'Администратор работает со всей системой: не указывайте для него организацию (scopeOrgId = null).',
        [{ path: 'body.scopeOrgId', message: 'Должно быть null.' }],
      );
    }
    return { name: null, path: null };
  }
  const scope = scopeOrgId === null ? undefined : await orgRepository.findById(db, scopeOrgId);
  if (!scope) {
    throw new AppError(
      'validation_failed',
      `Для роли «${ROLE_NAMES[role]}» укажите существующую организацию, в пределах которой работает пользователь.`,
      [{ path: 'body.scopeOrgId', message: 'Организация не найдена.' }],
    );
  }
  if (needed !== 'any' && scope.kind !== needed) {
    throw new AppError(
      'validation_failed',
      `Для роли «${ROLE_NAMES[role]}» зона доступа должна быть уровня «${ORG_KIND_NAMES[needed]}», а выбран «${ORG_KIND_NAMES[scope.kind as OrgKind]}».`,
      [{ path: 'body.scopeOrgId', message: 'Неверный уровень организации.' }],
    );
  }
  return { name: scope.name, path: scope.path };
}

/** The login rule, with the field named. */
export function checkLogin(raw: string): string {
  const login = raw.trim();
  if (!/^[a-zA-Z0-9._-]{3,64}$/.test(login)) {
    throw new AppError('validation_failed', 'Логин: от 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний.', [
      { path: 'body.login', message: 'Недопустимый логин.' },
    ]);
  }
  return login;
}

/** Creates a user; the scope must be an organisation of the kind the role works on, and the caller's to grant. */
export async function createUser(ctx: UseCaseContext, input: UserInput): Promise<UserView> {
  const login = checkLogin(input.login);
  checkNewPassword(input.password, { login, fullName: input.fullName }, 'body.password');
  const scope = await resolveScope(ctx.db, input.role, input.scopeOrgId);
  assertMayManage(ctx.actor, { userId: null, role: input.role, scopePath: scope.path });
  const passwordHash = await hashPassword(input.password);
  const mustChangePassword = input.mustChangePassword === true;
  return inTransaction(ctx.db, async (trx) => {
    const taken = await userRepository.findByLogin(trx, login);
    if (taken) {
      throw new AppError('already_exists', `Логин «${login}» уже занят: выберите другой.`, [
        { path: 'body.login', message: 'Логин занят.' },
      ]);
    }
    const row = await trx
      .insertInto('app_user')
      .values({
        login,
        full_name: input.fullName.trim(),
        role: input.role,
        scope_org_id: input.scopeOrgId,
        password_hash: passwordHash,
        must_change_password: mustChangePassword,
      })
      .returning(['id', 'is_active'])
      .executeTakeFirstOrThrow();
    const view: UserView = {
      id: row.id,
      login,
      fullName: input.fullName.trim(),
      role: input.role,
      roleName: ROLE_NAMES[input.role],
      scopeOrgId: input.scopeOrgId,
      scopeOrgName: scope.name,
      mustChangePassword,
      isActive: row.is_active,
      lockedUntil: null,
      lastLoginAt: null,
    };
    await writeAudit(trx, ctx.actor, { action: 'user.create', entity: 'user', entityId: row.id, after: view }, ctx.requestId);
    return view;
  });
}
