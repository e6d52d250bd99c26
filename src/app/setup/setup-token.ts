import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SetupTokenState } from '../../api/setup.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { AppError } from '../app-error.ts';
import { writeAudit } from '../audit.ts';

/** The system_setting row that holds the hash of the one valid setup token and its expiry. */
export const SETUP_SETTING_KEY = 'setup_token';

/** A setup address works for 24 hours from the server's start. */
export const SETUP_TTL_MS = 24 * 60 * 60 * 1000;

interface StoredSetupToken {
  hash: string;
  expiresAt: string;
}

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/** True when some user has the administrator's role (active or not): then setup is over. */
export async function hasAdministrator(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('app_user').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Issues a new setup token (256 random bits) valid for 24 hours and stores only its hash,
 * replacing any earlier one: the addresses printed at earlier starts stop working. Audited.
 */
export async function issueSetupToken(db: Kysely<Database>, now: Date = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SETUP_TTL_MS);
  const value: StoredSetupToken = { hash: hashOf(token).toString('hex'), expiresAt: expiresAt.toISOString() };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('system_setting').where('key', '=', SETUP_SETTING_KEY).execute();
    await trx
      .insertInto('system_setting')
      .values({ key: SETUP_SETTING_KEY, value: JSON.stringify(value) })
      .execute();
    await writeAudit(trx, SYSTEM_ACTOR, {
      action: 'setup.address_issued',
      entity: 'system',
      entityId: null,
      after: { expiresAt: value.expiresAt },
    });
  });
  return { token, expiresAt };
}

/** Forgets any setup token (an administrator exists): its address answers 404 from now on. */
export async function dropSetupToken(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('system_setting').where('key', '=', SETUP_SETTING_KEY).execute();
}

const INVALID =
  'Адрес настройки недействителен: он уже использован, устарел (действует 24 часа с запуска сервера) или набран с ошибкой. ' +
  'Перезапустите сервер СОКО: пока в системе нет администратора, при запуске он напечатает новый адрес и запишет его ' +
  'в файл setup-address.txt в каталоге данных.';

const DONE =
  'Первоначальная настройка уже выполнена: в системе есть администратор. Войдите под его учётной записью на странице входа; ' +
  'новых пользователей добавляет администратор на странице «Пользователи».';

function parseStored(value: unknown): StoredSetupToken | null {
  const v = (typeof value === 'string' ? (JSON.parse(value) as unknown) : value) as Partial<StoredSetupToken> | null;
  if (!v || typeof v.hash !== 'string' || typeof v.expiresAt !== 'string') return null;
  return { hash: v.hash, expiresAt: v.expiresAt };
}

/**
 * Checks a setup token: 404 (`not_found`) with a Russian message when an administrator exists or
 * the token is unknown, used or expired. Compared in constant time (hash against hash). Pass a
 * transaction to lock the stored token until it commits, so two submissions cannot both pass.
 */
export async function checkSetupToken(db: Kysely<Database>, token: string, now: Date = new Date()): Promise<SetupTokenState> {
  if (await hasAdministrator(db)) throw new AppError('not_found', DONE);
  let query = db.selectFrom('system_setting').select('value').where('key', '=', SETUP_SETTING_KEY);
  if (db.isTransaction) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  const stored = row ? parseStored(row.value) : null;
  if (!stored) throw new AppError('not_found', INVALID);
  const expected = Buffer.from(stored.hash, 'hex');
  const given = hashOf(token);
  const same = expected.length === given.length && timingSafeEqual(expected, given);
  if (!same || now.getTime() >= Date.parse(stored.expiresAt)) throw new AppError('not_found', INVALID);
  return { expiresAt: stored.expiresAt };
}
