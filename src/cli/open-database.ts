import { join } from 'node:path';
import { createDatabase, type DatabaseHandle } from '../db/create-database.ts';
import { DatabaseOpenError, postgresUnavailable } from '../db/database-open-error.ts';
import { lockDataDir } from '../db/data-dir-lock.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Config } from './config.ts';

/** PGlite's files live in this sub-folder of the data directory. */
export const PGLITE_SUBDIR = 'pgdata';

/**
 * Opens the configured database and applies migrations. For the embedded database the data
 * directory is locked first: only one process may ever open it.
 */
export async function openDatabase(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<DatabaseHandle> {
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
    const handle = await createDatabase({ kind: 'pglite', dataDir: join(config.dataDir, PGLITE_SUBDIR) });
    await migrateToLatest(handle.db);
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
