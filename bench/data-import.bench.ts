// Benchmark: a wide table of numbers into a period's data (npm run bench:data-import), as the CLI
// and the API do it: read the CSV under its budget, match every row to the register by code, parse
// and check every number, compare with the period's values, write the new ones in one transaction.
// Runs a quarter, a half and the whole of SOKO_BENCH_ROWS (default 50,000) rows × 20 number columns
// into a register of that many schools, each size on a fresh in-memory PGlite.
import { cpus, totalmem } from 'node:os';
import { sql } from 'kysely';
import type { Actor } from '../src/app/actor.ts';
import { applyDataImport } from '../src/app/data-import/apply-data-import.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DataTableMapping } from '../src/domain/data-import/data-table-mapping.ts';

const ROWS = Number(process.env.SOKO_BENCH_ROWS ?? 50_000);
const COLUMNS = 20;
const MUNICIPALITIES = 20;
const ACTOR: Actor = { userId: 0, login: 'bench', fullName: 'Бенчмарк', role: 'admin', scopeOrgId: null, scopePath: null };

/** A deterministic table: code, name, then 20 counts written as people write them («1 234», «—»). */
function table(rows: number): Buffer {
  const parts = [`Код;Наименование;${Array.from({ length: COLUMNS }, (_, k) => `Показатель ${k}`).join(';')}\n`];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < rows; i++) {
    const cells = Array.from({ length: COLUMNS }, () => {
      const n = Math.floor(rnd() * 3000);
      return n % 97 === 0 ? '—' : n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : String(n);
    });
    parts.push(`S${i};Школа № ${i};${cells.join(';')}\n`);
  }
  return Buffer.from(parts.join(''));
}

async function run(rows: number) {
  const handle = await createDatabase({ kind: 'pglite', dataDir: null });
  try {
    const db = handle.db;
    await migrateToLatest(db);
    await sql`insert into org (id, parent_id, kind, name, code, path, depth) overriding system value values (1, null, 'region', 'Регион', 'R', '/1/', 0)`.execute(
      db,
    );
    await sql`insert into org (id, parent_id, kind, name, code, path, depth) overriding system value
      select m + 1, 1, 'municipality', 'Муниципалитет ' || m, 'M' || m, '/1/' || (m + 1) || '/', 1 from generate_series(1, ${MUNICIPALITIES}) m`.execute(
      db,
    );
    await sql`insert into org (id, parent_id, kind, type, name, code, path, depth) overriding system value
      select 1000 + i, 2 + (i % ${MUNICIPALITIES}), 'organisation', 'school', 'Школа № ' || i, 'S' || i,
             '/1/' || (2 + (i % ${MUNICIPALITIES})) || '/' || (1000 + i) || '/', 2 from generate_series(0, ${rows - 1}) i`.execute(db);
    await sql`select setval(pg_get_serial_sequence('org', 'id'), (select max(id) from org))`.execute(db);
    await sql`insert into data_element (code, name, value_type, unit, level, breakdowns)
      select 'b' || k, 'Показатель ' || k, 'integer', 'persons', 'organisation', '[]'::jsonb from generate_series(0, ${COLUMNS - 1}) k`.execute(
      db,
    );
    await db
      .insertInto('period')
      .values({ code: '2024/2025', kind: 'school_year', name: '2024/2025', starts_on: '2024-09-01', ends_on: '2025-08-31' })
      .execute();
    const bytes = table(rows);
    const mapping: DataTableMapping = {
      columns: {
        Код: { role: 'org_code' },
        Наименование: { role: 'ignore' },
        ...Object.fromEntries(Array.from({ length: COLUMNS }, (_, k) => [`Показатель ${k}`, { role: 'value', element: `b${k}` }])),
      },
    };
    global.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const result = await applyDataImport(
      { db, actor: ACTOR, requestId: null },
      { bytes, fileName: 'bench.csv', periodCode: '2024/2025', territoryCode: 'R', mapping, acceptProposals: true, uploadsDir: null },
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const stored = await sql<{ n: number }>`select count(*)::int as n from data_value`.execute(db);
    return {
      rows,
      mb: bytes.length / 1024 / 1024,
      seconds,
      peakMb: peak / 1024 / 1024,
      growthMb: (peak - base) / 1024 / 1024,
      values: result.counts.new,
      stored: stored.rows[0]!.n,
    };
  } finally {
    await handle.close();
  }
}

console.log(
  `data import: ${ROWS} rows × ${COLUMNS} columns; node ${process.version}, ${cpus().length} CPU, ${Math.round(totalmem() / 2 ** 30)} GiB`,
);
for (const rows of [ROWS / 4, ROWS / 2, ROWS].map(Math.round)) {
  const r = await run(rows);
  console.log(
    `${String(r.rows).padStart(7)} rows (${r.mb.toFixed(1)} MB): ${r.seconds.toFixed(1)} s, values ${r.values} (stored ${r.stored}), peak RSS ${r.peakMb.toFixed(0)} MB (+${r.growthMb.toFixed(0)} MB during the import)`,
  );
}
