import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from './create-database.ts';
import { migrateToLatest } from './migrate.ts';

// PGlite has one connection. Two overlapping "requests": one writes and rolls back after a
// pause, the other writes meanwhile. The second write must survive, not be swallowed by the
// first request's transaction (what happened here with the kysely-pglite package).
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createDatabase({ kind: 'pglite', dataDir: null });
  await migrateToLatest(handle.db);
});
afterAll(async () => {
  await handle.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('serialised PGlite connection', () => {
  it('keeps a concurrent write when another transaction rolls back', async () => {
    const { db } = handle;
    const failing = db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('system_setting').values({ key: 'rolled-back', value: '1' }).execute();
        await sleep(50);
        throw new Error('rollback on purpose');
      })
      .catch((e: Error) => e.message);
    const concurrent = (async () => {
      await sleep(10);
      await db.insertInto('system_setting').values({ key: 'survivor', value: '2' }).execute();
    })();
    const [outcome] = await Promise.all([failing, concurrent]);
    expect(outcome).toBe('rollback on purpose');
    const keys = (await db.selectFrom('system_setting').select('key').execute()).map((r) => r.key);
    expect(keys).toContain('survivor');
    expect(keys).not.toContain('rolled-back');
  });
});
