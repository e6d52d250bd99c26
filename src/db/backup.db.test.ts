import { readdirSync, readFileSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo/loader/load-demo.ts';
import { createTestDatabase, TEST_DATABASE_KIND } from '../../test/helpers/test-database.ts';
import { backupDatabase, isDatabaseEmpty, readBackup, restoreDatabase } from './backup.ts';
import { createDatabase, type DatabaseHandle } from './create-database.ts';
import { migrateToLatest } from './migrate.ts';

const dir = mkdtempSync(join(tmpdir(), 'soko-backup-'));
let source: DatabaseHandle;

async function snapshot(db: Kysely<any>) {
  const tables = ['org', 'org_group', 'org_group_member', 'period', 'app_user', 'audit_log', 'system_setting'];
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const rows = await db.selectFrom(t).selectAll().execute();
    out[t] = rows
      .map((r) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>)
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

beforeAll(async () => {
  // The source is always the embedded database: the case Debian's pg_dump cannot read.
  source = await createDatabase({ kind: 'pglite', dataDir: null });
  await migrateToLatest(source.db);
  await loadDemo(source.db, { lastYear: 2025 });
});
afterAll(async () => {
  await source.close();
});

describe(`backup and restore (PGlite → ${TEST_DATABASE_KIND})`, () => {
  it('restores into an empty database the same data, and ids continue after the restored ones', async () => {
    const file = join(dir, 'full.soko-backup.gz');
    const header = await backupDatabase(source.db, file);
    expect(header.tables.find((t) => t.name === 'org')?.rows).toBeGreaterThan(200);
    const target = await createTestDatabase();
    try {
      await restoreDatabase(target.db, file);
      expect(await snapshot(target.db)).toEqual(await snapshot(source.db));
      const next = await target.db
        .insertInto('period')
        .values({ code: '2099', kind: 'calendar_year', name: '2099 год', starts_on: '2099-01-01', ends_on: '2099-12-31' })
        .returning('id')
        .executeTakeFirstOrThrow();
      // The demo has 10 periods with ids 1–10: the identity continues at 11, no clash.
      expect(next.id).toBe(11);
    } finally {
      await target.close();
    }
  });

  it('refuses to restore into a database that holds data, and leaves it untouched', async () => {
    const file = join(dir, 'again.soko-backup.gz');
    await backupDatabase(source.db, file);
    const before = await snapshot(source.db);
    await expect(restoreDatabase(source.db, file)).rejects.toThrow('База назначения не пуста');
    expect(await snapshot(source.db)).toEqual(before);
  });

  it('refuses a file that is not a backup with a clear message', async () => {
    const file = join(dir, 'not-a-backup.gz');
    writeFileSync(file, gzipSync('{"hello":1}\n'));
    const target = await createTestDatabase();
    try {
      await expect(restoreDatabase(target.db, file)).rejects.toThrow('не резервная копия СОКО');
      const plain = join(dir, 'plain.txt');
      writeFileSync(plain, 'just text');
      await expect(restoreDatabase(target.db, plain)).rejects.toThrow('повреждён или не является резервной копией');
    } finally {
      await target.close();
    }
  });
});

describe('a copy cut short is refused, and a restore of it changes nothing', () => {
  let full: string;
  let lines: string[];
  beforeAll(async () => {
    full = join(dir, 'whole.soko-backup.gz');
    await backupDatabase(source.db, full);
    lines = gunzipSync(readFileSync(full)).toString('utf8').split('\n');
  });

  const refusedIntoEmpty = async (file: string, words: RegExp) => {
    await expect(readBackup(file)).rejects.toThrow(words);
    const target = await createTestDatabase();
    try {
      await expect(restoreDatabase(target.db, file)).rejects.toThrow(words);
      expect(await isDatabaseEmpty(target.db)).toBe(true);
    } finally {
      await target.close();
    }
  };

  it('is written complete under its name, readable only by its owner, with no temporary file left', async () => {
    expect(statSync(full).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    const checked = await readBackup(full);
    expect(checked.rows).toBe(lines.length - 2); // the header and the final newline
    expect(checked.tables).toBe(checked.header.tables.length);
  });

  it('refuses a copy cut at a line boundary (zcat | head -n | gzip)', async () => {
    const cut = join(dir, 'cut-at-line.gz');
    writeFileSync(cut, gzipSync(`${lines.slice(0, Math.floor(lines.length / 3)).join('\n')}\n`));
    await refusedIntoEmpty(cut, /неполна: в ней \d+ строк из \d+/);
  });

  it('refuses a copy truncated in the middle of its gzip stream', async () => {
    const cut = join(dir, 'cut-mid-gzip.gz');
    const bytes = readFileSync(full);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await refusedIntoEmpty(cut, /повреждён/);
  });

  it('refuses a copy whose header promises more rows than it holds', async () => {
    const lying = join(dir, 'header-says-more.gz');
    const header = JSON.parse(lines[0]!) as { tables: { name: string; rows: number }[] };
    header.tables[header.tables.length - 1]!.rows += 5;
    writeFileSync(lying, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    await refusedIntoEmpty(lying, /неполна/);
  });
});
