import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { activeLock, LOCKOUT_WINDOW_MS, startedLocks, type CountedAttempt, type LoginLock } from '../domain/auth/login-lockout.ts';

type Source = 'login' | 'password_change';

/** How long attempt rows are kept: a day, far beyond the windows that count them. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Serialises the checks of one login and of one address, on PostgreSQL's concurrent connections
 * as on PGlite: a transaction-scoped advisory lock per key, always the login's before the
 * address's, so two checks never wait on each other in a circle.
 */
async function lockKeys(trx: Transaction<Database>, login: string, ip: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`login:${login}`}))`.execute(trx);
  await sql`select pg_advisory_xact_lock(hashtext(${`ip:${ip}`}))`.execute(trx);
}

/** Failed and still unverified checks of a login or from an address, recent enough to lock. */
async function countedAttempts(db: Kysely<Database>, login: string, ip: string, exceptId?: number): Promise<CountedAttempt[]> {
  let query = db
    .selectFrom('login_attempt')
    .select(['login', 'ip', 'at'])
    .where('outcome', 'in', ['pending', 'failed'])
    .where('at', '>', new Date(Date.now() - 2 * LOCKOUT_WINDOW_MS))
    .where((eb) => eb.or([eb('login', '=', login), eb('ip', '=', ip)]));
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.execute()).map((r) => ({ login: r.login, ip: r.ip, at: new Date(r.at) }));
}

/**
 * Reserves one password check before the slow hash is verified: under the lock, a check that a
 * lock refuses is answered with that lock and nothing is recorded; otherwise a pending attempt is
 * inserted, which counts as a failure until it is settled. So thirty parallel guesses verify at
 * most as many hashes as the limit allows.
 */
export async function reserveAttempt(
  db: Kysely<Database>,
  login: string,
  ip: string,
  source: Source,
): Promise<{ id: number } | { lock: LoginLock }> {
  return db.transaction().execute(async (trx) => {
    await lockKeys(trx, login, ip);
    // rows too old to count are dropped as the same login or address comes again (the audit log keeps the record)
    await trx
      .deleteFrom('login_attempt')
      .where('at', '<', new Date(Date.now() - KEEP_MS))
      .where((eb) => eb.or([eb('login', '=', login), eb('ip', '=', ip)]))
      .execute();
    const lock = activeLock(await countedAttempts(trx, login, ip), login, ip, new Date());
    if (lock) return { lock };
    const row = await trx
      .insertInto('login_attempt')
      .values({ login, ip, at: new Date(), outcome: 'pending', source })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id };
  });
}

/**
 * Marks a reserved check failed; returns the locks this very failure started (the failures
 * settled before it did not lock, these do), so each lock is audited once.
 */
export async function settleFailure(db: Kysely<Database>, id: number, login: string, ip: string): Promise<LoginLock[]> {
  return db.transaction().execute(async (trx) => {
    await lockKeys(trx, login, ip);
    await trx.updateTable('login_attempt').set({ outcome: 'failed' }).where('id', '=', id).execute();
    const failedOnly = async (exceptId?: number) => {
      const rows = await trx
        .selectFrom('login_attempt')
        .select(['login', 'ip', 'at'])
        .where('outcome', '=', 'failed')
        .where('at', '>', new Date(Date.now() - 2 * LOCKOUT_WINDOW_MS))
        .where((eb) => eb.or([eb('login', '=', login), eb('ip', '=', ip)]))
        .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId ?? 0))
        .execute();
      return rows.map((r) => ({ login: r.login, ip: r.ip, at: new Date(r.at) }));
    };
    return startedLocks(await failedOnly(id), await failedOnly(), login, ip, new Date());
  });
}

/** Marks a reserved check succeeded; a successful login also clears that login's earlier failures from the same address. */
export async function settleSuccess(db: Kysely<Database>, id: number, login: string, ip: string, source: Source): Promise<void> {
  await db.updateTable('login_attempt').set({ outcome: 'succeeded' }).where('id', '=', id).execute();
  if (source === 'login') {
    await db
      .updateTable('login_attempt')
      .set({ outcome: 'cleared' })
      .where('login', '=', login)
      .where('ip', '=', ip)
      .where('outcome', '=', 'failed')
      .execute();
  }
}

/** Clears every recorded failure of a login (the administrator's unlock); returns how many. */
export async function clearFailures(db: Kysely<Database>, login: string): Promise<number> {
  const result = await db
    .updateTable('login_attempt')
    .set({ outcome: 'cleared' })
    .where('login', '=', login)
    .where('outcome', 'in', ['failed', 'pending'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** When each of these logins is locked from some address (the latest end), for the users list. */
export async function lockedLogins(db: Kysely<Database>, logins: readonly string[]): Promise<Map<string, Date>> {
  const result = new Map<string, Date>();
  if (logins.length === 0) return result;
  const rows = await db
    .selectFrom('login_attempt')
    .select(['login', 'ip', 'at'])
    .where('outcome', '=', 'failed')
    .where('at', '>', new Date(Date.now() - 2 * LOCKOUT_WINDOW_MS))
    .where('login', 'in', logins)
    .execute();
  const attempts = rows.map((r) => ({ login: r.login, ip: r.ip, at: new Date(r.at) }));
  const now = new Date();
  for (const a of attempts) {
    // only addresses that failed are ever refused (a fresh address gets its try even under the login-wide rule)
    const lock = activeLock(
      attempts.filter((x) => x.login === a.login),
      a.login,
      a.ip,
      now,
    );
    const known = result.get(a.login);
    if (lock && lock.kind !== 'address' && (!known || known < lock.until)) result.set(a.login, lock.until);
  }
  return result;
}
