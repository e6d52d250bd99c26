// Benchmark: what one change of the personnel register costs in the demo region (npm run
// bench:personnel). Each change (a training record of a head, a diagnostics of a candidate) is
// written with its audit row, turned into the seed-003 data values of every period
// (syncRegisterValues) and followed by the recompute of the periods it changed, as the API does it.
// SOKO_BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL (an empty database).
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { SYSTEM_ACTOR } from '../src/app/actor.ts';
import { syncCatalogues } from '../src/app/catalogues/sync-catalogues.ts';
import { loadDemo } from '../src/demo/loader/load-demo.ts';
import { addReserveEvent } from '../src/app/personnel/candidates.ts';
import { addLeaderEvent, getLeader, removeLeaderEvent, updateLeader } from '../src/app/personnel/leaders.ts';
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
  // one with no training of their own, so that a training changes their values
  .where(({ not, exists, selectFrom }) =>
    not(exists(selectFrom('leader_event as e').select('e.id').whereRef('e.leader_id', '=', 'l.id').where('e.kind', '=', 'training'))),
  )
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

console.log(
  `personnel register, demo region; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${url ? 'PostgreSQL' : 'PGlite (memory)'}`,
);
// A head's management degree recorded, then taken back: each change flips D1.03 and D5.1.01 in
// every school year, so each of the three is recomputed.
let version = (await getLeader(ctx, head.id)).version;
await time("a head's management degree changed (sync + recompute of the 3 school years)", async (i) => {
  const l = await getLeader(ctx, head.id);
  const { leader } = await updateLeader(ctx, head.id, {
    orgId: l.org.id,
    fullName: l.fullName,
    postKind: l.postKind,
    postTitle: l.postTitle,
    appointedOn: l.appointedOn,
    educationLevel: 'higher',
    mgmtEducation: i % 2 === 0 ? null : 'Менеджмент',
    version,
  });
  version = leader.version;
});
// A relevant training of a head in the reporting year: the school years within three years change.
await time('a training of a head (sync + recompute of the changed periods)', async (i) => {
  const { leader } = await addLeaderEvent(ctx, head.id, { kind: 'training', heldOn: '2025-03-10', title: `Курс ${i}`, relevant: true });
  const added = leader.events.find((e) => e.title === `Курс ${i}`);
  if (added) await removeLeaderEvent(ctx, head.id, added.id); // back to no training: the next run changes the values again
});
// A repeated diagnostics in a year already covered: the values do not change, nothing is recomputed.
await time('diagnostics of a candidate already diagnosed that year (sync only)', (i) =>
  addReserveEvent(ctx, candidate.id, { kind: 'diagnostics', heldOn: '2025-02-26', title: `Повторная диагностика ${i}`, passed: true }),
);
await handle.close();
