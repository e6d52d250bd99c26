import { sql, type Kysely } from 'kysely';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import { migrationFailed, newerSchema } from './database-open-error.ts';
import { migrations } from './migrations/index.ts';

/**
 * Applies pending migrations, all in one transaction (PostgreSQL and PGlite have transactional DDL),
 * so a crash in the middle leaves the schema as it was. A database migrated by a newer build, or a
 * failing migration, is refused with a `DatabaseOpenError` that says what to do.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const known = new Set(Object.keys(migrations));
  const unknown = await appliedUnknown(db, known);
  if (unknown.length > 0) throw newerSchema(unknown);
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw migrationFailed(failed?.migrationName ?? '?', result.error);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of the migrations this build knows, in order (backups record them). */
export function knownMigrations(): string[] {
  return Object.keys(migrations).sort();
}

/** Migrations recorded in the database that this build does not have. */
async function appliedUnknown(db: Kysely<any>, known: ReadonlySet<string>): Promise<string[]> {
  const table = await sql<{ exists: boolean }>`select to_regclass('public.kysely_migration') is not null as exists`.execute(db);
  if (!table.rows[0]?.exists) return [];
  const rows = await db.selectFrom('kysely_migration').select('name').execute();
  return rows
    .map((r: { name: string }) => r.name)
    .filter((n: string) => !known.has(n))
    .sort();
}
