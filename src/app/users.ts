import { ROLE_NAMES, requiredScopeKind, type Role } from '../domain/access/role.ts';
import { ORG_KIND_NAMES, type OrgKind } from '../domain/org/org-kind.ts';
import { AppError } from './app-error.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';
import type { Me } from './me.ts';
import { checkNewPassword } from './check-new-password.ts';
import { lockedLogins } from './login-attempts.ts';
import { hashPassword } from './password.ts';
import { inTransaction } from './in-transaction.ts';

/** A user as administrators see it: what the user sees of themself, plus whether the account is active. */
export interface UserView extends Me {
  isActive: boolean;
  /** Until when failed password checks lock the login (from some address or from all), or null. */
  lockedUntil: string | null;
}

export interface UserInput {
  login: string;
  fullName: string;
  role: Role;
  scopeOrgId: number | null;
  password: string;
}

export async function listUsers(ctx: UseCaseContext): Promise<UserView[]> {
  const rows = await ctx.db
    .selectFrom('app_user as u')
    .leftJoin('org as o', 'o.id', 'u.scope_org_id')
    .select(['u.id', 'u.login', 'u.full_name', 'u.role', 'u.scope_org_id', 'u.is_active', 'o.name as scope_name'])
    .orderBy('u.login')
    .execute();
  const locked = await lockedLogins(
    ctx.db,
    rows.map((r) => r.login),
  );
  return rows.map((r) => ({
    id: r.id,
    login: r.login,
    fullName: r.full_name,
    role: r.role as Role,
    roleName: ROLE_NAMES[r.role as Role] ?? r.role,
    scopeOrgId: r.scope_org_id,
    scopeOrgName: r.scope_name,
    isActive: r.is_active,
    lockedUntil: locked.get(r.login)?.toISOString() ?? null,
  }));
}

/** Creates a user; the scope must be an organisation of the kind the role works on. */
export async function createUser(ctx: UseCaseContext, input: UserInput): Promise<UserView> {
  const login = input.login.trim();
  if (!/^[a-zA-Z0-9._-]{3,64}$/.test(login)) {
    throw new AppError('validation_failed', 'Логин: от 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний.', [
      { path: 'body.login', message: 'Недопустимый логин.' },
    ]);
  }
  checkNewPassword(input.password, { login, fullName: input.fullName }, 'body.password');
  const needed = requiredScopeKind(input.role);
  let scopeName: string | null = null;
  if (needed === null) {
    if (input.scopeOrgId !== null) {
      throw new AppError(
        'validation_failed',
        'Администратор работает со всей системой: не указывайте для него организацию (scopeOrgId = null).',
        [{ path: 'body.scopeOrgId', message: 'Должно быть null.' }],
      );
    }
  } else {
    const scope =
      input.scopeOrgId === null
        ? undefined
        : await ctx.db.selectFrom('org').select(['kind', 'name']).where('id', '=', input.scopeOrgId).executeTakeFirst();
    if (!scope) {
      throw new AppError(
        'validation_failed',
        `Для роли «${ROLE_NAMES[input.role]}» укажите существующую организацию, в пределах которой работает пользователь.`,
        [{ path: 'body.scopeOrgId', message: 'Организация не найдена.' }],
      );
    }
    if (needed !== 'any' && scope.kind !== needed) {
      throw new AppError(
        'validation_failed',
        `Для роли «${ROLE_NAMES[input.role]}» зона доступа должна быть уровня «${ORG_KIND_NAMES[needed]}», а выбран «${ORG_KIND_NAMES[scope.kind as OrgKind]}».`,
        [{ path: 'body.scopeOrgId', message: 'Неверный уровень организации.' }],
      );
    }
    scopeName = scope.name;
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, async (trx) => {
    const taken = await trx.selectFrom('app_user').select('id').where('login', '=', login).executeTakeFirst();
    if (taken) {
      throw new AppError('conflict', `Логин «${login}» уже занят: выберите другой.`, [{ path: 'body.login', message: 'Логин занят.' }]);
    }
    const row = await trx
      .insertInto('app_user')
      .values({ login, full_name: input.fullName.trim(), role: input.role, scope_org_id: input.scopeOrgId, password_hash: passwordHash })
      .returning(['id', 'is_active'])
      .executeTakeFirstOrThrow();
    const view: UserView = {
      id: row.id,
      login,
      fullName: input.fullName.trim(),
      role: input.role,
      roleName: ROLE_NAMES[input.role],
      scopeOrgId: input.scopeOrgId,
      scopeOrgName: scopeName,
      isActive: row.is_active,
      lockedUntil: null,
    };
    await writeAudit(trx, ctx.actor, { action: 'user.create', entity: 'user', entityId: row.id, after: view }, ctx.requestId);
    return view;
  });
}
