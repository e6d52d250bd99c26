import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killableDatabase, runUntilThenKill, type KillableDatabase } from '../../../test/helpers/killable-process.ts';
import { buildSyntheticRegion } from '../../../test/helpers/synthetic-region.ts';
import { TEST_DATABASE_KIND } from '../../../test/helpers/test-database.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { computeResults } from './compute-results.ts';

describe(`a recompute killed midway (${TEST_DATABASE_KIND})`, () => {
  let killable: KillableDatabase;

  beforeAll(async () => {
    killable = await killableDatabase();
  }, 60_000);
  afterAll(async () => {
    await killable.close();
  });

  const snapshot = async ({ db }: DatabaseHandle) => ({
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
    const { db } = killable.handle;
    const region = await buildSyntheticRegion(db, { MUNICIPALITIES: 2, SCHOOLS: 12, INDICATORS: 6 });
    const ids = { frameworkId: region.frameworkId, periodId: region.periodId };
    await computeResults({ db, actor: SYSTEM_ACTOR, requestId: null }, ids);
    // the data changes after the first recompute: a second one would give other values
    await sql`update data_value set value = value + 5 where data_element_code = 'e2'`.execute(db);
    const before = await snapshot(killable.handle);
    expect(before.values.length).toBeGreaterThan(0);
    expect(before.runs).toHaveLength(1);
    await killable.handOver();

    const out = await runUntilThenKill(
      'compute-then-hang.ts',
      [killable.target, String(ids.frameworkId), String(ids.periodId)],
      'step: Сохранение',
    );
    expect(out).toContain('step: Состав рейтингов');

    const reopened = await killable.takeBack();
    expect(await snapshot(reopened)).toEqual(before);

    // the next start is clean: a recompute runs and takes the changed data
    await computeResults({ db: reopened.db, actor: SYSTEM_ACTOR, requestId: null }, ids);
    const after = await snapshot(reopened);
    expect(after.runs).toHaveLength(2);
    expect(after.values).not.toEqual(before.values);
  }, 120_000);
});
