import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrgTree } from '../../test/helpers/factories.ts';
import { killableDatabase, runUntilThenKill, type KillableDatabase } from '../../test/helpers/killable-process.ts';
import { TEST_DATABASE_KIND } from '../../test/helpers/test-database.ts';
import { backupDatabase, readBackup } from './backup.ts';

describe(`a backup killed midway (${TEST_DATABASE_KIND})`, () => {
  let killable: KillableDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'soko-backup-killed-'));

  beforeAll(async () => {
    killable = await killableDatabase();
    await buildOrgTree(killable.handle.db);
  }, 60_000);
  afterAll(async () => {
    await killable.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves no file under the final name (the rotation never sees it); the next backup is whole and clears the leftover', async () => {
    const file = join(dir, 'soko-2026-12-07.gz');
    await killable.handOver();
    await runUntilThenKill('backup-then-hang.ts', [killable.target, file], 'writing');
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir).every((f) => f.startsWith('soko-2026-12-07.gz.partial-'))).toBe(true);

    const { db } = await killable.takeBack();
    await backupDatabase(db, file);
    // what the killed backup left is removed by the next one
    expect(readdirSync(dir)).toEqual(['soko-2026-12-07.gz']);
    const checked = await readBackup(file);
    expect(checked.header.tables.find((t) => t.name === 'org')?.rows).toBe(6);
  });
});
