import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KIND } from '../../test/helpers/test-database.ts';
import type { DatabaseHandle } from './create-database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe(`database driver types (${TEST_DATABASE_KIND})`, () => {
  it('returns int8 and numeric as numbers, date as ISO text, timestamptz as Date, jsonb parsed', async () => {
    const { rows } = await sql<{ n: unknown; x: unknown; d: unknown; t: unknown; j: unknown }>`
      select count(*) as n, 1.25::numeric as x, date '2025-09-01' as d, now() as t, '{"a":[1]}'::jsonb as j`.execute(handle.db);
    expect(rows[0]).toMatchObject({ n: 1, x: 1.25, d: '2025-09-01', j: { a: [1] } });
    expect(rows[0]?.t).toBeInstanceOf(Date);
  });
});

describe.runIf(TEST_DATABASE_KIND === 'postgres')('a PostgreSQL connection ended by the server', () => {
  it('does not stop the process: the next query gets a new connection', async () => {
    const before = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
    const pid = before.rows[0]?.pid;
    // another connection ends ours while it is idle in the pool, as a server restart would
    const other = await createTestDatabase({ migrate: false });
    try {
      await sql`select pg_terminate_backend(${pid})`.execute(other.db);
    } finally {
      await other.close();
    }
    await new Promise((done) => setTimeout(done, 200));
    const after = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
    expect(after.rows[0]?.pid).not.toBe(pid);
  });
});
