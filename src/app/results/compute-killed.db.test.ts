import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSyntheticRegion } from '../../../test/helpers/synthetic-region.ts';
import { createTestDatabase, TEST_DATABASE_KIND } from '../../../test/helpers/test-database.ts';
import { createDatabase, type DatabaseHandle } from '../../db/create-database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { computeResults } from './compute-results.ts';

describe(`a recompute killed midway (${TEST_DATABASE_KIND})`, () => {
  let handle: DatabaseHandle;
  let dir: string;
  let target: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soko-kill-compute-'));
    if (TEST_DATABASE_KIND === 'postgres') {
      handle = await createTestDatabase();
      target = handle.target.kind === 'postgres' ? handle.target.url : '';
    } else {
      target = join(dir, 'data');
      handle = await createDatabase({ kind: 'pglite', dataDir: target });
      await migrateToLatest(handle.db);
    }
  }, 60_000);
  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const snapshot = async (db = handle.db) => ({
    values: await db
      .selectFrom('indicator_result')
      .select(['org_id', 'indicator_code', 'outcome', 'value'])
      .orderBy('org_id')
      .orderBy('indicator_code')
      .execute(),
    ratings: await db.selectFrom('rating_result').select(['comparison_key', 'content']).orderBy('comparison_key').execute(),
    runs: await db.selectFrom('compute_run').select('id').orderBy('id').execute(),
  });

  it('leaves the previous results standing, and the next recompute runs clean', async () => {
    const region = await buildSyntheticRegion(handle.db, { MUNICIPALITIES: 2, SCHOOLS: 12, INDICATORS: 6 });
    const ids = { frameworkId: region.frameworkId, periodId: region.periodId };
    await computeResults({ db: handle.db, actor: SYSTEM_ACTOR, requestId: null }, ids);
    // the data changes after the first recompute: a second one would give other values
    await sql`update data_value set value = value + 5 where data_element_code = 'e0'`.execute(handle.db);
    const before = await snapshot();
    expect(before.values.length).toBeGreaterThan(0);
    expect(before.runs).toHaveLength(1);
    // PGlite on disk is one process's: hand the directory over to the child
    if (TEST_DATABASE_KIND === 'pglite') await handle.close();

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve('test/helpers/compute-then-hang.ts'), target, String(ids.frameworkId), String(ids.periodId)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const reachedSave = await new Promise<boolean>((done) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('step: Сохранение')) done(true);
      });
      child.on('exit', () => done(false));
    });
    expect(reachedSave, `${out}\n${err}`).toBe(true);
    expect(out).toContain('step: Рейтинги');
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));

    if (TEST_DATABASE_KIND === 'pglite') {
      rmSync(join(target, 'postmaster.pid'), { force: true });
      handle = await createDatabase({ kind: 'pglite', dataDir: target });
    }
    expect(await snapshot()).toEqual(before);

    // the next start is clean: a recompute runs and takes the changed data
    await computeResults({ db: handle.db, actor: SYSTEM_ACTOR, requestId: null }, ids);
    const after = await snapshot();
    expect(after.runs).toHaveLength(2);
    expect(after.values).not.toEqual(before.values);
  }, 120_000);
});
