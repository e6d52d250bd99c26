import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../db/database-open-error.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createTestDatabase, TEST_DATABASE_KIND } from '../../test/helpers/test-database.ts';
import { publishDemoAccounts } from './demo-accounts-file.ts';
import { openDatabase, PGLITE_SUBDIR } from './open-database.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<DatabaseOpenError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatabaseOpenError);
  return error as DatabaseOpenError;
}

describe('start-up on a damaged data directory', () => {
  it('says the embedded database is damaged and how to recover, and frees the directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'soko-damaged-'));
    dirs.push(dataDir);
    const first = await openDatabase({ dataDir, databaseUrl: null });
    await first.close();
    // a cut-off copy, a disk error, a hand edit: PostgreSQL's version file no longer says what it is
    writeFileSync(join(dataDir, PGLITE_SUBDIR, 'PG_VERSION'), 'испорчено\n');
    const error = await refusal(openDatabase({ dataDir, databaseUrl: null }));
    const pgdata = join(dataDir, PGLITE_SUBDIR);
    expect(error.message).toContain(`Встроенная база в каталоге ${pgdata} повреждена или неполна`);
    expect(error.message).toContain(`переименуйте каталог, например в ${pgdata}.damaged`);
    expect(error.message).toContain('soko restore ФАЙЛ');
    // the lock is released: the next attempt is refused for the same reason, not as "busy"
    expect((await refusal(openDatabase({ dataDir, databaseUrl: null }))).message).toContain('повреждена');
    expect(existsSync(join(dataDir, 'soko.lock'))).toBe(false);
  });

  it('refuses a PostgreSQL server that does not answer, naming it without the password', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'soko-pg-'));
    dirs.push(dataDir);
    const error = await refusal(openDatabase({ dataDir, databaseUrl: 'postgres://soko:top-secret@127.0.0.1:1/soko' }));
    expect(error.message).toMatch(/^Не удалось подключиться к PostgreSQL 127\.0\.0\.1:1\/soko \(пользователь soko\)/);
    expect(error.message).not.toContain('top-secret');
  });
});

describe(`a database migrated by a newer СОКО (${TEST_DATABASE_KIND})`, () => {
  it('is refused with the unknown schema changes named', async () => {
    const handle = await createTestDatabase();
    try {
      await handle.db
        .insertInto('kysely_migration' as never)
        .values({ name: '9999-from-the-future', timestamp: new Date().toISOString() } as never)
        .execute();
      const error = await refusal(migrateToLatest(handle.db));
      expect(error.message).toContain('Схема базы новее этой версии СОКО');
      expect(error.message).toContain('9999-from-the-future');
    } finally {
      await handle.close();
    }
  });
});

/** Every file and folder under `dir`, with its permission bits. */
function modesUnder(dir: string): { path: string; mode: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => {
    const path = join(dir, name);
    return { path, mode: statSync(path).mode & 0o777 };
  });
}

describe('a private data directory', () => {
  it('is created 0700, and the database files and the demo passwords in it are the owner’s only', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'soko-private-'));
    dirs.push(parent);
    const dataDir = join(parent, 'data');
    const handle = await openDatabase({ dataDir, databaseUrl: null });
    try {
      await handle.db.selectFrom('app_user').select('id').execute();
    } finally {
      await handle.close();
    }
    const file = publishDemoAccounts([], dataDir, 'http://localhost:8080');
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const files = modesUnder(dataDir);
    expect(files.some((f) => f.path.includes(PGLITE_SUBDIR))).toBe(true);
    expect(files.map((f) => f.path)).toContain(file);
    // nothing readable, writable or enterable by the group or others
    expect(files.filter((f) => (f.mode & 0o077) !== 0)).toEqual([]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses to start on a directory open to others, with the command that closes it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'soko-open-'));
    dirs.push(parent);
    const dataDir = join(parent, 'data');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    for (const databaseUrl of [null, 'postgres://soko:secret@127.0.0.1:1/soko']) {
      const error = await refusal(openDatabase({ dataDir, databaseUrl }));
      expect(error.message).toContain(`Каталог данных ${dataDir} доступен другим пользователям`);
      expect(error.message).toContain(`chmod 700 ${dataDir}`);
    }
    // nothing was created in it, and it is not taken
    expect(readdirSync(dataDir)).toEqual([]);
    chmodSync(dataDir, 0o700);
    const handle = await openDatabase({ dataDir, databaseUrl: null });
    await handle.close();
  });
});
