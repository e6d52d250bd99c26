// Benchmark: organisation-tree queries at 100,000 organisations on the embedded database
// (and on PostgreSQL when SOKO_BENCH_DATABASE_URL is set). Run with `npm run bench`.
import { cpus, totalmem } from 'node:os';
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../src/app/actor.ts';
import { getOrg, listOrgs, searchOrgs } from '../src/app/orgs.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

const MUNICIPALITIES = 100;
const PER_MUNICIPALITY = 1000;

async function time<T>(label: string, runs: number, fn: () => Promise<T>): Promise<void> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  const p95 = samples[Math.floor(samples.length * 0.95)] ?? 0;
  console.log(`| ${label} | ${median.toFixed(2)} | ${p95.toFixed(2)} |`);
}

const url = process.env.SOKO_BENCH_DATABASE_URL;
const handle = await createDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: null });
const { db } = handle;
await migrateToLatest(db);

const loadStart = performance.now();
// Ids are laid out as region 1, municipalities 2..101, then their organisations.
await sql`insert into org (id, parent_id, kind, name, code, path, depth) overriding system value
          values (1, null, 'region', 'Регион', 'R', '/1/', 0)`.execute(db);
await sql`insert into org (id, parent_id, kind, name, code, path, depth) overriding system value
          select m + 1, 1, 'municipality', 'Муниципалитет ' || m, 'M' || m, '/1/' || (m + 1) || '/', 1
          from generate_series(1, ${MUNICIPALITIES}) m`.execute(db);
await sql`insert into org (id, parent_id, kind, type, name, code, aliases, path, depth) overriding system value
          select 1000 + i, 2 + (i % ${MUNICIPALITIES}), 'organisation',
                 (array['school','kindergarten','supplementary','college'])[1 + (i % 4)],
                 'Организация № ' || i, 'O' || i, jsonb_build_array('Школа № ' || i),
                 '/1/' || (2 + (i % ${MUNICIPALITIES})) || '/' || (1000 + i) || '/', 2
          from generate_series(0, ${MUNICIPALITIES * PER_MUNICIPALITY - 1}) i`.execute(db);
await sql`select setval(pg_get_serial_sequence('org', 'id'), (select max(id) from org))`.execute(db);
await sql`analyze org`.execute(db);
const loadMs = performance.now() - loadStart;

const municipality = await db.selectFrom('org').select(['id', 'path']).where('code', '=', 'M50').executeTakeFirstOrThrow();
const regionalCtx = {
  db,
  actor: { ...SYSTEM_ACTOR, role: 'regional_operator' as const, scopeOrgId: 1, scopePath: '/1/' },
  requestId: null,
};
const municipalCtx = {
  db,
  actor: { ...SYSTEM_ACTOR, role: 'municipal_operator' as const, scopeOrgId: municipality.id, scopePath: municipality.path },
  requestId: null,
};
const someOrg = await db.selectFrom('org').select('id').where('code', '=', 'O4949').executeTakeFirstOrThrow();

console.log(
  `\nOrganisation tree, ${MUNICIPALITIES * PER_MUNICIPALITY + MUNICIPALITIES + 1} organisations on ${url ? 'PostgreSQL' : 'PGlite (in memory)'}`,
);
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}`,
);
console.log(`Bulk load: ${(loadMs / 1000).toFixed(1)} s\n`);
console.log('| operation | median, ms | p95, ms |');
console.log('| --- | --- | --- |');
await time('children of a municipality (1,000 rows, with child counts)', 20, () => listOrgs(regionalCtx, municipality.id));
await time('children of the region (100 municipalities)', 20, () => listOrgs(regionalCtx, 1));
await time('organisation card (path, groups)', 50, () => getOrg(municipalCtx, someOrg.id));
await time('municipality card (counts by type over its subtree)', 20, () => getOrg(municipalCtx, municipality.id));
await time('region card (counts by type over 100,000)', 10, () => getOrg(regionalCtx, 1));
await time('search by name within a municipality', 20, () => searchOrgs(municipalCtx, 'Организация № 4949', 20));
await time('search by name across the region', 10, () => searchOrgs(regionalCtx, 'Организация № 4949', 20));
await handle.close();
