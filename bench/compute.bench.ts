// Benchmark: recomputing a synthetic region (npm run bench:compute). Deterministic data: 2,000
// schools in 40 municipalities, a catalogue of 300 ratio indicators over 600 data elements, one
// school year (1.2 million values); a recompute is per period, so five years cost five times one.
// Measures the full recompute, the recompute after one school's data changed, and a single
// hand-written SQL statement computing the same values, scores and places (the yardstick).
import { cpus, totalmem } from 'node:os';
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../src/app/actor.ts';
import { computeResults } from '../src/app/results/compute-results.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildSyntheticRegion } from '../test/helpers/synthetic-region.ts';
import { handWrittenRating } from './hand-written-rating.ts';

const MUNICIPALITIES = 40;
const SCHOOLS = 2000;
const INDICATORS = Number(process.env.SOKO_BENCH_INDICATORS ?? 300);

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const url = process.env.SOKO_BENCH_DATABASE_URL;
const handle = await createDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: null });
const { db } = handle;
await migrateToLatest(db);

const t0 = performance.now();
const region = await buildSyntheticRegion(db, { MUNICIPALITIES, SCHOOLS, INDICATORS });
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

const t2 = performance.now();
const handRows = await handWrittenRating(db, period.id, INDICATORS);
const sqlMs = performance.now() - t2;

// One school's data changes (a numerator moves), then only what depends on it is recomputed.
const school = await db.selectFrom('org').select('id').where('kind', '=', 'organisation').orderBy('id').executeTakeFirstOrThrow();
const incrementalRuns: number[] = [];
for (let run = 0; run < 5; run++) {
  await sql`update data_value set value = value + 1 where org_id = ${school.id} and data_element_code = 'e0'`.execute(db);
  const t = performance.now();
  await computeResults(ctx, { frameworkId: framework.id, periodId: period.id, orgId: school.id });
  incrementalRuns.push(performance.now() - t);
}
const incrementalMs = [...incrementalRuns].sort((a, b) => a - b)[2] ?? 0;

const target = url ? 3000 : 5000;
console.log(
  `\nFull recompute on ${url ? 'PostgreSQL' : 'PGlite (in memory)'}: ${SCHOOLS} schools, ${MUNICIPALITIES} municipalities, ${INDICATORS} indicators, ${Number(values.n)} values, one period`,
);
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}`,
);
console.log(`Data generation: ${seconds(loadMs)}; stored: ${report.values} values, ${report.comparisons} ratings\n`);
console.log('| measure | figure | target | verdict |');
console.log('| --- | --- | --- | --- |');
console.log(
  `| full recompute (load, engine, ratings, save in one transaction) | ${seconds(fullMs)} | < ${seconds(target)} | ${fullMs < target ? 'pass' : 'falls short'} |`,
);
console.log(
  `| one hand-written SQL statement: the same values, scores and places (${handRows} rated rows, nothing saved) | ${seconds(sqlMs)} | — | — |`,
);
console.log(
  `| ratio full recompute / hand-written statement | ${(fullMs / sqlMs).toFixed(2)} | < 1.5 | ${fullMs / sqlMs < 1.5 ? 'pass' : 'falls short'} |`,
);
console.log(
  `| incremental update after one school's change (median of 5) | ${seconds(incrementalMs)} | < 0.20 s | ${incrementalMs < 200 ? 'pass' : 'falls short'} |`,
);
// maxRSS is the process's true peak (KiB), whatever ran synchronously.
console.log(`| peak memory (max RSS of the process) | ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB | — | — |`);
await handle.close();
