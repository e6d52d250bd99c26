import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type DatabaseHandle } from '../../src/db/create-database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/** Which database the db tests run on: PGlite in memory, or PostgreSQL when SOKO_TEST_DATABASE_URL is set. */
export const TEST_DATABASE_KIND = process.env.SOKO_TEST_DATABASE_URL ? 'postgres' : 'pglite';

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, empty, unmigrated PostgreSQL database on the test server; dropped on close. */
export async function createPostgresTestDatabase(baseUrl: string): Promise<DatabaseHandle> {
  const name = `soko_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(baseUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** A fresh migrated database for one test file: PGlite in memory, or a new PostgreSQL database. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<DatabaseHandle> {
  const url = process.env.SOKO_TEST_DATABASE_URL;
  const handle = url ? await createPostgresTestDatabase(url) : await createDatabase({ kind: 'pglite', dataDir: null });
  if (options.migrate !== false) await migrateToLatest(handle.db);
  return handle;
}
