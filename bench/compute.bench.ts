// Benchmark: recomputing a synthetic region (npm run bench:compute). Deterministic data: 2,000
// schools in 40 municipalities, a catalogue of 300 ratio indicators over 600 data elements, one
// school year (1.2 million values); a recompute is per period, so five years cost five times one.
// Measures the floor (one bulk read of the period's values and one bulk write of as many rows as
// the recompute stores), the full recompute, the recompute after one school's data changed, the
// p95 of rating reads made during a full recompute, and a single hand-written SQL statement
// computing the same values, scores and places (the second yardstick). Prints a markdown table.
// SOKO_BENCH_INDICATORS=30 for a quick run; SOKO_BENCH_DATABASE_URL=postgres://… for PostgreSQL;
// SOKO_BENCH_FEDERAL=1 (PostgreSQL only): 45,000 schools in 85 regions (3,400 municipalities), 50
// indicators, time and memory only; SOKO_BENCH_TRACE=1 prints the phases.
import { cpus, loadavg, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../src/app/actor.ts';
import { computeResults } from '../src/app/results/compute-results.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildSyntheticRegion } from '../test/helpers/synthetic-region.ts';
import { handWrittenRating } from './hand-written-rating.ts';
import { measureFloor } from './compute-floor.ts';
import { viewRating } from '../src/app/results/comparison-clusters.ts';

const FEDERAL = process.env.SOKO_BENCH_FEDERAL === '1';
const REGIONS = FEDERAL ? 85 : 1;
const MUNICIPALITIES = FEDERAL ? 3400 : 40;
const SCHOOLS = FEDERAL ? 45000 : 2000;
const INDICATORS = Number(process.env.SOKO_BENCH_INDICATORS ?? (FEDERAL ? 50 : 300));

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (pass: boolean) => (pass ? 'pass' : 'falls short');

const url = process.env.SOKO_BENCH_DATABASE_URL;
if (FEDERAL && !url) throw new Error('SOKO_BENCH_FEDERAL=1 runs on PostgreSQL only: set SOKO_BENCH_DATABASE_URL');
const handle = await createDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: null });
const { db } = handle;
await migrateToLatest(db);

const t0 = performance.now();
const region = await buildSyntheticRegion(db, { REGIONS, MUNICIPALITIES, SCHOOLS, INDICATORS });
const period = { id: region.periodId };
const framework = { id: region.frameworkId };
const values = { n: region.values };
const loadMs = performance.now() - t0;

const ctx = { db, actor: SYSTEM_ACTOR, requestId: null };
const t1 = performance.now();
const report = await computeResults(
  ctx,
  { frameworkId: framework.id, periodId: period.id },
  (step) => process.env.SOKO_BENCH_TRACE && console.log(`${seconds(performance.now() - t1)} ${step}`),
);
const fullMs = performance.now() - t1;

// The recompute's peak: data generation and the full recompute (what follows measures other things).
const rssAfterFull = process.resourceUsage().maxRSS;
const ratingRows = await db
  .selectFrom('rating_result')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
const floor = await measureFloor(db, period.id, report.values + Number(ratingRows.n));

if (FEDERAL) {
  printHead();
  console.log(`| full recompute | ${seconds(fullMs)} | — | — |`);
  console.log(`| floor: ${floor.what} | ${seconds(floor.ms)} | — | — |`);
  console.log(`| ratio full recompute / floor | ${(fullMs / floor.ms).toFixed(2)} | ≤ 1.5 | ${verdict(fullMs / floor.ms <= 1.5)} |`);
  console.log(`| time per school × indicator | ${((fullMs * 1000) / (SCHOOLS * INDICATORS)).toFixed(1)} µs | — | — |`);
  console.log(
    `| peak memory (max RSS of the process) | ${Math.round(rssAfterFull / 1024)} MiB | < 1024 MiB | ${verdict(rssAfterFull / 1024 < 1024)} |`,
  );
  await handle.close();
  process.exit(0);
}

const t2 = performance.now();
const handRows = await handWrittenRating(db, period.id, INDICATORS);
const sqlMs = performance.now() - t2;

// One school's data changes (a numerator moves), then only what depends on it is recomputed.
const school = await db.selectFrom('org').select('id').where('kind', '=', 'organisation').orderBy('id').executeTakeFirstOrThrow();
const incrementalRuns: number[] = [];
for (let run = 0; run < 5; run++) {
  await sql`update data_value set value = value + 1 where org_id = ${school.id} and data_element_code = 'e0'`.execute(db);
  const t = performance.now();
  const trace = process.env.SOKO_BENCH_TRACE && run === 4;
  await computeResults(ctx, { frameworkId: framework.id, periodId: period.id, orgId: school.id }, (step) => {
    if (trace) console.log(`incremental ${seconds(performance.now() - t)} ${step}`);
  });
  if (trace) console.log(`incremental ${seconds(performance.now() - t)} done`);
  incrementalRuns.push(performance.now() - t);
}
const incrementalMs = [...incrementalRuns].sort((a, b) => a - b)[2] ?? 0;

// Rating reads (the use case behind GET /api/ratings/view), one every READ_EVERY_MS, during a second full recompute.
const READ_EVERY_MS = 10;
const key = (await db.selectFrom('rating_result').select('comparison_key').orderBy('comparison_key').executeTakeFirstOrThrow())
  .comparison_key;
const reads: number[] = [];
let running = true;
const recompute = computeResults(ctx, { frameworkId: framework.id, periodId: period.id }).finally(() => (running = false));
while (running) {
  const t = performance.now();
  await viewRating(ctx, framework.id, period.id, key, undefined, { explain: true });
  reads.push(performance.now() - t);
  // The next request arrives as a server's would, on a later turn of the event loop: back-to-back
  // reads in one chain of promises would never let the recompute's own turns in.
  await sleep(READ_EVERY_MS);
}
await recompute;
const p95 = [...reads].sort((a, b) => a - b)[Math.max(0, Math.ceil(reads.length * 0.95) - 1)] ?? 0;

const target = url ? 3000 : 5000;
const peakMiB = Math.round(rssAfterFull / 1024);
printHead();
console.log(`| floor: ${floor.what} | ${seconds(floor.ms)} | — | — |`);
console.log(
  `| full recompute (load, engine, ratings, save in one transaction) | ${seconds(fullMs)} | < ${seconds(target)} | ${verdict(fullMs < target)} |`,
);
console.log(`| ratio full recompute / floor | ${(fullMs / floor.ms).toFixed(2)} | ≤ 1.5 | ${verdict(fullMs / floor.ms <= 1.5)} |`);
console.log(
  `| one hand-written SQL statement: the same values, scores and places (${handRows} rated rows, nothing saved) | ${seconds(sqlMs)} | — | — |`,
);
console.log(
  `| ratio full recompute / hand-written statement | ${(fullMs / sqlMs).toFixed(2)} | < 1.5 | ${verdict(fullMs / sqlMs < 1.5)} |`,
);
console.log(
  `| incremental update after one school's change (median of 5) | ${seconds(incrementalMs)} | < 0.20 s | ${verdict(incrementalMs < 200)} |`,
);
// maxRSS is the process's true peak (KiB) up to that point, whatever ran synchronously.
console.log(
  `| peak memory (max RSS of the process up to the end of the full recompute, data generation included) | ${peakMiB} MiB | < 1024 MiB | ${verdict(peakMiB < 1024)} |`,
);
console.log(`| p95 of ${reads.length} rating reads (one every ${READ_EVERY_MS} ms) during a full recompute | ${seconds(p95)} | — | — |`);
await handle.close();

function printHead(): void {
  console.log(
    `\n${FEDERAL ? 'Federal-size run' : 'Full recompute'} on ${url ? 'PostgreSQL' : 'PGlite (in memory)'}: ${SCHOOLS} schools, ${MUNICIPALITIES} municipalities, ${REGIONS} region(s), ${INDICATORS} indicators, ${Number(values.n)} values, one period`,
  );
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; date ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(`Data generation: ${seconds(loadMs)}; stored: ${report.values} values, ${report.comparisons} ratings\n`);
  console.log('| measure | figure | target | verdict |');
  console.log('| --- | --- | --- | --- |');
}
