import { join } from 'node:path';
import { createDatabase, type DatabaseHandle } from '../db/create-database.ts';
import { DatabaseOpenError, postgresUnavailable } from '../db/database-open-error.ts';
import { lockDataDir } from '../db/data-dir-lock.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Config } from './config.ts';
import { closeTreeToOthers, preparePrivateDataDir } from './private-data-dir.ts';

/** PGlite's files live in this sub-folder of the data directory. */
export const PGLITE_SUBDIR = 'pgdata';

/**
 * Opens the configured database and applies migrations. The data directory is made private (or
 * refused when open to others) first; for the embedded database it is then locked: only one
 * process may ever open it.
 */
export async function openDatabase(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<DatabaseHandle> {
  // On PostgreSQL too: the data directory holds the uploaded files and the demo passwords.
  preparePrivateDataDir(config.dataDir);
  if (config.databaseUrl !== null) {
    const handle = await createDatabase({ kind: 'postgres', url: config.databaseUrl });
    try {
      await migrateToLatest(handle.db);
    } catch (error) {
      await handle.close().catch(() => undefined);
      if (error instanceof DatabaseOpenError) throw error;
      throw postgresUnavailable(config.databaseUrl, error);
    }
    return handle;
  }
  const lock = lockDataDir(config.dataDir);
  try {
    const pgdata = join(config.dataDir, PGLITE_SUBDIR);
    const handle = await createDatabase({ kind: 'pglite', dataDir: pgdata });
    await migrateToLatest(handle.db);
    closeTreeToOthers(pgdata);
    return {
      ...handle,
      close: async () => {
        try {
          await handle.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
