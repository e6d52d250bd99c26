import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PostgresClients } from './postgres-copy.ts';
import { damagedDataDir, unwritableDataDir } from './database-open-error.ts';
import { storageFailureKind } from './storage-failure-kind.ts';
import type { Database } from './schema.ts';

export type DatabaseTarget = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

export interface DatabaseHandle {
  db: Kysely<Database>;
  target: DatabaseTarget;
  close(): Promise<void>;
}

// Both drivers return the same JS types: int8 and numeric as numbers (int8 holds ids and counts
// well within 2^53), date as the ISO text "YYYY-MM-DD" (no time-zone shift), timestamptz as Date.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
/** SQLSTATE 57P01: the server ended the connection on an administrator's command. */
const ADMIN_SHUTDOWN = '57P01';
const parsers: Record<number, (value: string) => unknown> = {
  [INT8]: (v) => Number(v),
  [NUMERIC]: (v) => Number(v),
  [DATE]: (v) => v,
};

/** Opens the embedded PGlite (on disk, or in memory when dataDir is null) or a PostgreSQL server. */
export async function createDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          parsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server ends (a restart, pg_terminate_backend, a dropped database)
    // reports an error on the pool; without a listener Node treats it as an uncaught exception and
    // the whole server stops. The pool replaces the connection on the next query.
    const onLost = (error: Error & { code?: string }) => {
      if (error.code !== ADMIN_SHUTDOWN)
        process.stderr.write(`PostgreSQL: соединение закрыто сервером (${error.message}); будет открыто новое.\n`);
    };
    pool.on('error', onLost);
    // A connection in use when the server goes (a restart) reports on the client itself, not the
    // pool: without a listener that too would stop the process. Its query fails, and the pool drops
    // the broken client when it is released.
    pool.on('connect', (client) => client.on('error', onLost));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new PostgresClients(pool)] });
    return { db, target, close: () => db.destroy() };
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(target.dataDir ?? 'memory://', { parsers });
  } catch (error) {
    const kind = storageFailureKind(error);
    if (kind && kind !== 'away') throw unwritableDataDir(target.dataDir ?? 'memory://', error);
    throw damagedDataDir(target.dataDir ?? 'memory://', error);
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return { db, target, close: () => db.destroy() };
}
