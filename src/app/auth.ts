import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isRole } from '../domain/access/role.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { AppError } from './app-error.ts';
import { writeAudit } from './audit.ts';
import { toMe, type Me } from './me.ts';
import { verifyPassword } from './password.ts';
import type { LoginLock } from '../domain/auth/login-lockout.ts';
import { reserveAttempt, settleFailure, settleSuccess } from './login-attempts.ts';
import { orgRepository } from '../db/repositories/org-repository.ts';
import { userRepository } from '../db/repositories/user-repository.ts';

/** Sessions last 12 hours: a working day, after which the user logs in again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** A session is stored under the hash of its token, so a stolen database holds no usable session. */
export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

// A hash of a random password: failed logins for unknown users cost the same time as for known ones.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

const invalidCredentials = () =>
  new AppError('invalid_credentials', 'Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock.');

/** The refusal a blocked user gets at login. */
export const accountBlocked = () =>
  new AppError(
    'account_blocked',
    'Учётная запись заблокирована: войти нельзя. Обратитесь к администратору или оператору вашей территории, чтобы её разблокировали.',
  );

const FAILED_LOGIN = 'auth.login_failed';

/**
 * A failed password check is audited under the login name tried, with the address it came from
 * and whether it was a login or a password change; the failure that starts a lock (or several) says so.
 */
export async function recordFailure(
  db: Kysely<Database>,
  attempt: { id: number; name: string; userId: number | null; ip: string; source: 'login' | 'password_change' },
  requestId: string | null,
): Promise<void> {
  const { name, userId, ip, source } = attempt;
  const actor: Actor = { userId: userId ?? 0, login: name, fullName: name, role: 'viewer', scopeOrgId: null, scopePath: null };
  await writeAudit(
    db,
    actor,
    { action: FAILED_LOGIN, entity: 'login', entityId: name, after: { known: userId !== null, ip, source } },
    requestId,
  );
  for (const lock of await settleFailure(db, attempt.id, name, ip)) {
    const until = lock.until.toISOString();
    if (lock.kind === 'address') {
      await writeAudit(db, actor, { action: 'auth.address_locked', entity: 'address', entityId: ip, after: { until } }, requestId);
    } else {
      // the login-wide lock refuses, until it ends, every address that failed at this login; fresh addresses get their try
      const after = lock.kind === 'login' ? { until, loginWide: true } : { until, ip };
      await writeAudit(db, actor, { action: 'auth.locked', entity: 'login', entityId: name, after }, requestId);
    }
  }
}

const moscowTime = (d: Date) => d.toLocaleTimeString('ru-RU', { timeZone: 'Europe/Moscow', hour: '2-digit', minute: '2-digit' });

/** The refusal of a check that a lock closes, in words that say which lock and what to do. */
export function lockedOut(name: string, lock: LoginLock): AppError {
  const until = moscowTime(lock.until);
  switch (lock.kind) {
    case 'address':
      return new AppError(
        'too_many_attempts',
        `Слишком много неудачных попыток входа с вашего сетевого адреса: вход с него закрыт до ${until} (МСК). Подождите; если это ошибка, сообщите администратору.`,
      );
    case 'login_address':
      return new AppError(
        'too_many_attempts',
        `Слишком много неудачных попыток входа под именем «${name}»: вход закрыт до ${until} (МСК) для вашего сетевого адреса. Подождите или попросите администратора снять блокировку (раздел «Пользователи»).`,
      );
    case 'login':
      return new AppError(
        'too_many_attempts',
        `Слишком много неудачных попыток входа под именем «${name}» с разных адресов, и с вашего адреса такая попытка уже была: вход под этим именем с вашего сетевого адреса закрыт до ${until} (МСК). Подождите или попросите администратора снять блокировку (раздел «Пользователи»).`,
      );
  }
}

async function scopeNameAndPath(db: Kysely<Database>, scopeOrgId: number | null) {
  if (scopeOrgId === null) return { name: null, path: null };
  const org = await orgRepository.findById(db, scopeOrgId);
  return { name: org?.name ?? null, path: org?.path ?? null };
}

/** Checks the password and opens a session; returns the cookie token. */
export async function login(
  db: Kysely<Database>,
  loginName: string,
  password: string,
  requestId: string | null,
  ip = 'unknown',
): Promise<{ token: string; user: Me }> {
  const name = loginName.trim();
  const reserved = await reserveAttempt(db, name, ip, 'login');
  if ('lock' in reserved) throw lockedOut(name, reserved.lock);
  const user = await userRepository.findByLogin(db, name);
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok || !isRole(user.role)) {
    await recordFailure(db, { id: reserved.id, name, userId: user?.id ?? null, ip, source: 'login' }, requestId);
    throw invalidCredentials();
  }
  await settleSuccess(db, reserved.id, name, ip, 'login');
  if (!user.is_active) {
    // only the right password learns that the account is blocked, and what to do
    const refused: Actor = {
      userId: user.id,
      login: user.login,
      fullName: user.full_name,
      role: user.role,
      scopeOrgId: null,
      scopePath: null,
    };
    await writeAudit(db, refused, { action: 'auth.login_blocked', entity: 'user', entityId: user.id, after: { ip } }, requestId);
    throw accountBlocked();
  }
  const token = randomBytes(32).toString('base64url');
  const scope = await scopeNameAndPath(db, user.scope_org_id);
  const actor: Actor = {
    userId: user.id,
    login: user.login,
    fullName: user.full_name,
    role: user.role,
    scopeOrgId: user.scope_org_id,
    scopePath: scope.path,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('user_session')
      .values({ id: tokenId(token), user_id: user.id, expires_at: new Date(Date.now() + SESSION_TTL_MS) })
      .execute();
    await trx.updateTable('app_user').set({ last_login_at: new Date() }).where('id', '=', user.id).execute();
    await writeAudit(trx, actor, { action: 'auth.login', entity: 'user', entityId: user.id }, requestId);
  });
  return { token, user: toMe({ ...user, role: user.role }, scope.name) };
}

/** The actor behind a session token, or null when it is unknown, expired or disabled. */
export async function resolveSession(db: Kysely<Database>, token: string): Promise<{ actor: Actor; me: Me } | null> {
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .leftJoin('org as o', 'o.id', 'u.scope_org_id')
    .select([
      'u.id',
      'u.login',
      'u.full_name',
      'u.role',
      'u.scope_org_id',
      'u.is_active',
      'u.must_change_password',
      's.expires_at',
      'o.name as scope_name',
      'o.path as scope_path',
    ])
    .where('s.id', '=', tokenId(token))
    .executeTakeFirst();
  if (!row || !row.is_active || !isRole(row.role) || new Date(row.expires_at).getTime() < Date.now()) return null;
  const actor: Actor = {
    userId: row.id,
    login: row.login,
    fullName: row.full_name,
    role: row.role,
    scopeOrgId: row.scope_org_id,
    scopePath: row.scope_path,
  };
  return { actor, me: toMe({ ...row, role: row.role }, row.scope_name) };
}

/** Ends a session (logging out is not a data change, so it is not audited). */
export async function logout(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('user_session').where('id', '=', tokenId(token)).execute();
}
