import { createReadStream, createWriteStream } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { isSokoProcess } from './data-dir-lock.ts';
import { knownMigrations } from './migrate.ts';
import { storageFailureKind } from './storage-failure-kind.ts';

export const BACKUP_FORMAT = 'soko-backup';
export const BACKUP_VERSION = 1;

/** Tables never backed up: migration bookkeeping (recreated by migrate) and live sessions. */
const SKIPPED = new Set(['kysely_migration', 'kysely_migration_lock', 'user_session']);

interface TableInfo {
  name: string;
  jsonColumns: Set<string>;
  /** bytea columns travel as base64 text in the JSON lines. */
  byteaColumns: Set<string>;
  orderBy: string[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

type Progress = (table: string, done: number, total: number) => void;

/** Tables of the public schema, parents before children (foreign keys), with their jsonb columns. */
async function describeTables(db: Kysely<any>): Promise<TableInfo[]> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const fks = await sql<{ tbl: string; ref: string }>`
    select c.conrelid::regclass::text as tbl, c.confrelid::regclass::text as ref
    from pg_constraint c where c.contype = 'f'`.execute(db);
  const cols = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select table_name, column_name, data_type from information_schema.columns where table_schema = 'public'`.execute(db);
  const pks = await sql<{ tbl: string; col: string; pos: number }>`
    select tc.table_name as tbl, kcu.column_name as col, kcu.ordinal_position as pos
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY' order by tc.table_name, kcu.ordinal_position`.execute(db);

  const names = tables.rows.map((t) => t.name).filter((n) => !SKIPPED.has(n));
  const deps = new Map(names.map((n) => [n, new Set<string>()]));
  for (const fk of fks.rows) if (fk.tbl !== fk.ref) deps.get(fk.tbl)?.add(fk.ref);
  const ordered: string[] = [];
  const visit = (n: string, seen: Set<string>) => {
    if (ordered.includes(n) || seen.has(n)) return;
    seen.add(n);
    for (const d of deps.get(n) ?? []) if (deps.has(d)) visit(d, seen);
    ordered.push(n);
  };
  for (const n of names) visit(n, new Set());
  return ordered.map((name) => ({
    name,
    jsonColumns: new Set(cols.rows.filter((c) => c.table_name === name && c.data_type === 'jsonb').map((c) => c.column_name)),
    byteaColumns: new Set(cols.rows.filter((c) => c.table_name === name && c.data_type === 'bytea').map((c) => c.column_name)),
    // Rows in primary-key order: a parent organisation always has a smaller id than its children.
    orderBy: pks.rows.filter((p) => p.tbl === name).map((p) => p.col),
  }));
}

async function readTable(db: Kysely<any>, table: TableInfo): Promise<Record<string, unknown>[]> {
  let q = db.selectFrom(table.name).selectAll();
  for (const col of table.orderBy) q = q.orderBy(col);
  const rows = await q.execute();
  if (table.byteaColumns.size === 0) return rows;
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        table.byteaColumns.has(k) && v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v,
      ]),
    ),
  );
}

/**
 * Writes a logical backup (gzipped JSON lines: a header, then one line per row) that restores
 * on PGlite and PostgreSQL alike. Returns the header.
 */
export async function backupDatabase(db: Kysely<any>, file: string, onProgress?: Progress): Promise<BackupHeader> {
  const tables = await describeTables(db);
  const data: { table: TableInfo; rows: Record<string, unknown>[] }[] = [];
  // One repeatable-read snapshot: the backup is consistent even while the server writes.
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      for (const table of tables) data.push({ table, rows: await readTable(trx, table) });
    });
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    migrations: knownMigrations(),
    tables: data.map((d) => ({ name: d.table.name, rows: d.rows.length })),
  };
  function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const [i, d] of data.entries()) {
      onProgress?.(d.table.name, i + 1, data.length);
      for (const row of d.rows) yield `${JSON.stringify({ t: d.table.name, r: row })}\n`;
    }
  }
  await writeAtomically(file, (out) => pipeline(Readable.from(lines()), createGzip(), out));
  return header;
}

export class BackupError extends Error {}

/** Where a backup is written until it is complete: a killed or failed backup never has the final name. */
export const partialName = (file: string) => `${file}.partial-${process.pid}`;

/**
 * Writes `file` through a temporary file beside it (mode 0600: a copy holds every password hash
 * and personal record), flushed to disk and renamed only when complete. A failure removes the
 * temporary file; a full, read-only or failing disk is said in Russian.
 */
async function writeAtomically(file: string, write: (out: NodeJS.WritableStream) => Promise<void>): Promise<void> {
  const partial = partialName(file);
  await removeDeadPartials(file);
  try {
    await rm(partial, { force: true });
    await write(createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
    const handle = await open(partial, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
    // the rename itself is durable once the folder is flushed
    const folder = await open(dirname(file), 'r');
    try {
      await folder.sync().catch(() => undefined);
    } finally {
      await folder.close();
    }
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    const kind = storageFailureKind(error);
    if (kind && kind !== 'away') {
      const why = {
        full: 'на диске нет места',
        readOnly: 'нет прав на запись или диск только для чтения',
        io: 'ошибка ввода-вывода диска',
      }[kind];
      throw new BackupError(
        `Резервная копия ${file} не записана: ${why}. Неполный файл удалён, прежние копии не тронуты. ` +
          `Освободите место или выберите другой каталог и повторите «soko backup».`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** Removes what killed backups of the same file left (their process is gone). */
async function removeDeadPartials(file: string): Promise<void> {
  const prefix = `${basename(file)}.partial-`;
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) continue;
    if (isSokoProcess(pid)) continue;
    await rm(join(dirname(file), name), { force: true }).catch(() => undefined);
  }
}

/** What a full reading of a copy found: its header and the rows of each table as counted. */
export interface BackupCheck {
  header: BackupHeader;
  tables: number;
  rows: number;
}

/**
 * Reads a whole copy (gzip integrity, the header, every line) and compares each table's rows with
 * the header's count: a copy cut anywhere (mid-gzip, at a line boundary, a header that promises
 * more) is a BackupError that says what is missing. `onRow` sees every row as it is read.
 */
export async function readBackup(file: string, onRow?: (table: string, row: Record<string, unknown>) => void): Promise<BackupCheck> {
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header: BackupHeader | null = null;
  const counted = new Map<string, number>();
  let line = 0;
  try {
    for await (const text of input) {
      line++;
      if (text.length === 0) continue;
      const parsed = JSON.parse(text) as unknown;
      if (header === null) {
        const h = parsed as Partial<BackupHeader>;
        if (h.format !== BACKUP_FORMAT || !Array.isArray(h.tables)) throw new BackupError(`Файл ${file} — не резервная копия СОКО.`);
        header = h as BackupHeader;
        continue;
      }
      const { t, r } = parsed as { t: string; r: Record<string, unknown> };
      counted.set(t, (counted.get(t) ?? 0) + 1);
      onRow?.(t, r);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `Файл ${file} повреждён или не является резервной копией СОКО (gzip с JSON-строками): ` +
        `${(error as Error).message} (строка ${line}). Копия неполна или испорчена: восстановите другую копию.`,
    );
  }
  if (header === null) throw new BackupError(`Файл ${file} пуст.`);
  const expected = new Map(header.tables.map((t) => [t.name, t.rows]));
  const short = header.tables.filter((t) => (counted.get(t.name) ?? 0) !== t.rows);
  const extra = [...counted.keys()].filter((t) => !expected.has(t));
  if (short.length > 0 || extra.length > 0) {
    const promised = header.tables.reduce((s, t) => s + t.rows, 0);
    const found = [...counted.values()].reduce((s, n) => s + n, 0);
    const listed = short
      .slice(0, 5)
      .map((t) => `${t.name}: ${counted.get(t.name) ?? 0} из ${t.rows}`)
      .join(', ');
    throw new BackupError(
      `Копия ${file} неполна: в ней ${found} строк из ${promised}, указанных в её заголовке; ` +
        `не совпадает число строк в ${short.length} таблицах (${listed}${short.length > 5 ? ', …' : ''})` +
        `${extra.length ? `; таблиц нет в заголовке: ${extra.join(', ')}` : ''}. ` +
        `Копия обрезана (прерванная запись или копирование): восстановите другую, целую копию.`,
    );
  }
  return { header, tables: header.tables.length, rows: header.tables.reduce((s, t) => s + t.rows, 0) };
}

/**
 * Tables a migration fills with reference data (the minimum ЕГЭ scores of 0010): a fresh database
 * has their rows, so they do not make it "not empty"; a restore replaces them with the backup's,
 * which carry what the operators changed.
 */
const SEEDED_TABLES = new Set(['assessment_threshold']);

/** True when no table outside the migration bookkeeping and the seeded reference tables holds a row. */
export async function isDatabaseEmpty(db: Kysely<any>): Promise<boolean> {
  for (const table of await describeTables(db)) {
    if (SEEDED_TABLES.has(table.name)) continue;
    const row = await db
      .selectFrom(table.name)
      .select(sql`1`.as('x'))
      .limit(1)
      .executeTakeFirst();
    if (row) return false;
  }
  return true;
}

/**
 * Restores a backup into an empty, migrated database in one transaction: either all of it
 * lands or nothing does. Identity sequences continue after the restored ids.
 */
export async function restoreDatabase(db: Kysely<any>, file: string, onProgress?: Progress): Promise<BackupHeader> {
  const rowsByTable = new Map<string, Record<string, unknown>[]>();
  const { header } = await readBackup(file, (t, r) => {
    const list = rowsByTable.get(t) ?? [];
    list.push(r);
    rowsByTable.set(t, list);
  });
  const known = knownMigrations();
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length > 0) {
    throw new BackupError(`Копия сделана более новой версией СОКО (миграции ${unknown.join(', ')}): обновите программу и повторите.`);
  }
  if (!(await isDatabaseEmpty(db))) {
    throw new BackupError(
      'База назначения не пуста: восстановление выполняется только в пустую базу. Укажите новый каталог данных (SOKO_DATA_DIR) или пустую базу PostgreSQL.',
    );
  }
  const tables = await describeTables(db);
  const finalHeader = header;
  await db.transaction().execute(async (trx) => {
    for (const [i, table] of tables.entries()) {
      onProgress?.(table.name, i + 1, tables.length);
      const rows = rowsByTable.get(table.name) ?? [];
      if (SEEDED_TABLES.has(table.name) && rowsByTable.has(table.name)) await trx.deleteFrom(table.name).execute();
      const prepared = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [
            k,
            table.jsonColumns.has(k) && v !== null
              ? JSON.stringify(v)
              : table.byteaColumns.has(k) && typeof v === 'string'
                ? Buffer.from(v, 'base64')
                : v,
          ]),
        ),
      );
      for (let start = 0; start < prepared.length; start += 500) {
        await trx
          .insertInto(table.name)
          .values(prepared.slice(start, start + 500))
          .execute();
      }
      if (table.orderBy.length === 1 && table.orderBy[0] === 'id' && rows.length > 0) {
        await sql`select setval(pg_get_serial_sequence(${table.name}, 'id'), (select max(id) from ${sql.table(table.name)}))`.execute(trx);
      }
    }
  });
  return finalHeader;
}
