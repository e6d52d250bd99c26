// Benchmark: what one change of the personnel register costs in the demo region (npm run
// bench:personnel). Each change (a training record of a head, a diagnostics of a candidate) is
// written with its audit row, turned into the seed-003 data values of every period
// (syncRegisterValues) and followed by the recompute of the periods it changed, as the API does it.
// SOKO_BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL (an empty database).
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { SYSTEM_ACTOR } from '../src/app/actor.ts';
import { syncCatalogues } from '../src/app/catalogues/sync-catalogues.ts';
import { loadDemo } from '../src/app/demo/load-demo.ts';
import { addReserveEvent } from '../src/app/personnel/candidates.ts';
import { addLeaderEvent } from '../src/app/personnel/leaders.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

const RUNS = 7;
const url = process.env.SOKO_BENCH_DATABASE_URL;
const handle = await createDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: null });
const { db } = handle;
await migrateToLatest(db);
await syncCatalogues(db, resolve('catalogs'));
await loadDemo(db, { lastYear: 2025 });
const ctx = { db, actor: SYSTEM_ACTOR, requestId: null };
const district = await db.selectFrom('org').select('id').where('code', '=', '99-01').executeTakeFirstOrThrow();
const head = await db
  .selectFrom('leader as l')
  .innerJoin('org as o', 'o.id', 'l.org_id')
  .select('l.id')
  .where('o.parent_id', '=', district.id)
  .where('l.post_kind', '=', 'head')
  .where('l.left_on', 'is', null)
  .orderBy('l.id')
  .executeTakeFirstOrThrow();
const candidate = await db
  .selectFrom('reserve_candidate')
  .select('id')
  .where('municipality_id', '=', district.id)
  .where('status', '=', 'enrolled')
  .orderBy('id')
  .executeTakeFirstOrThrow();

async function time(label: string, change: (i: number) => Promise<unknown>) {
  await change(-1); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await change(i);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${Math.round(ms[Math.floor(RUNS / 2)] ?? 0)} ms, max ${Math.round(ms.at(-1) ?? 0)} ms`);
}

console.log(`personnel register, demo region; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${url ? 'PostgreSQL' : 'PGlite (memory)'}`);
// A training within three years of several school years: several periods change and are recomputed.
await time('training of a head (sync + recompute of the changed periods)', (i) =>
  addLeaderEvent(ctx, head.id, { kind: 'training', heldOn: `2025-03-${String(10 + (i % 9)).padStart(2, '0')}`, title: `Курс ${i}`, relevant: true }),
);
// A repeated diagnostics in a year already covered: the values do not change, nothing is recomputed.
await time('diagnostics of a candidate already diagnosed that year (sync only)', (i) =>
  addReserveEvent(ctx, candidate.id, { kind: 'diagnostics', heldOn: '2025-02-26', title: `Повторная диагностика ${i}`, passed: true }),
);
await handle.close();
