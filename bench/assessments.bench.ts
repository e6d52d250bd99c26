// Benchmark: importing pupil-level ВПР results from CSV (npm run bench:assessments), as the CLI
// and the API do it: stream the file, check and count every row, stage the aggregates in chunks,
// match the schools, switch the values into data_value in one transaction. Runs a quarter, a half
// and the whole of SOKO_BENCH_ROWS (default 1,000,000) to show that memory does not follow the
// file. SOKO_BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL (an empty database).
import { createWriteStream } from 'node:fs';
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '../src/app/actor.ts';
import { applyImport, createImport, startReading } from '../src/app/assessments/assessment-imports.ts';
import { syncCatalogues } from '../src/app/catalogues/sync-catalogues.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { orgRepository } from '../src/db/repositories/org-repository.ts';

const ROWS = Number(process.env.SOKO_BENCH_ROWS ?? 1_000_000);
const MUNICIPALITIES = 20;
const SCHOOLS = 100;
const url = process.env.SOKO_BENCH_DATABASE_URL;
// ВПР of grades 4–8 in Russian and mathematics: ten groups per school, as in a real spring.
const SUBJECTS = ['Русский язык', 'Математика'];

/** A deterministic ВПР file: schools × grades 4–8 × two subjects, one row per pupil × subject. */
async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('Код ОО;Код участника;Класс;Предмет;Отметка;Отметка по журналу\n');
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const schools = MUNICIPALITIES * SCHOOLS;
  const perSchool = Math.ceil(rows / schools);
  // sorted by school, class and pupil, as the federal systems export them
  for (let i = 0; i < rows; i++) {
    const school = Math.floor(i / perSchool);
    const j = i % perSchool;
    const m = Math.floor(school / SCHOOLS) + 1;
    const code = `B-${String(m).padStart(2, '0')}-${String((school % SCHOOLS) + 1).padStart(3, '0')}`;
    const grade = 4 + Math.floor((j * 5) / perSchool);
    const subject = SUBJECTS[j % SUBJECTS.length];
    const mark = 2 + Math.min(3, Math.floor(rnd() * 4.2));
    const term = Math.max(2, Math.min(5, mark + Math.round(rnd() * 2 - 1)));
    const line = `${code};P${school.toString(36)}-${Math.floor(j / 2).toString(36)};${grade}${'АБВ'[j % 3]};${subject};${mark};${term}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const handle = await createDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: null });
const { db } = handle;
await migrateToLatest(db);
await syncCatalogues(db, resolve('catalogs'));
const region = await orgRepository.insert(
  db,
  {
    parentId: null,
    kind: 'region',
    type: null,
    name: 'Область для замера',
    shortName: null,
    code: 'B',
    inn: null,
    ogrn: null,
    fisOkoCode: null,
    aliases: [],
    attributes: {},
    isDemo: false,
  },
  null,
  -1,
);
for (let m = 1; m <= MUNICIPALITIES; m++) {
  const mc = `B-${String(m).padStart(2, '0')}`;
  const mun = await orgRepository.insert(
    db,
    {
      parentId: region.id,
      kind: 'municipality',
      type: null,
      name: `Район ${m}`,
      shortName: null,
      code: mc,
      inn: null,
      ogrn: null,
      fisOkoCode: null,
      aliases: [],
      attributes: {},
      isDemo: false,
    },
    region.path,
    region.depth,
  );
  for (let s = 1; s <= SCHOOLS; s++) {
    await orgRepository.insert(
      db,
      {
        parentId: mun.id,
        kind: 'organisation',
        type: 'school',
        name: `Школа № ${s} района ${m}`,
        shortName: null,
        code: `${mc}-${String(s).padStart(3, '0')}`,
        inn: null,
        ogrn: null,
        fisOkoCode: null,
        aliases: [],
        attributes: {},
        isDemo: false,
      },
      mun.path,
      mun.depth,
    );
  }
}
const ctx = { db, actor: SYSTEM_ACTOR, requestId: null };
const dir = await mkdtemp(join(tmpdir(), 'soko-bench-'));

console.log(
  `assessment import, ${MUNICIPALITIES * SCHOOLS} schools; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${url ? 'PostgreSQL' : 'PGlite (memory)'}`,
);
for (const rows of [ROWS / 4, ROWS / 2, ROWS].map(Math.round)) {
  const file = join(dir, `vpr-${rows}.csv`);
  await writeCsv(file, rows);
  const size = (await stat(file)).size;
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const path = join(dir, randomUUID()); // the bench's own private folder
  await copyFile(file, path);
  const created = await createImport(ctx, { territoryId: region.id, fileName: 'ВПР 2025.csv', path });
  const { done } = await startReading(ctx, created.id, { kind: 'vpr', year: 2025, mapping: created.preview!.mapping });
  const read = await done;
  const readMs = performance.now() - started;
  if (read.status !== 'ready') throw new Error(`reading failed: ${read.error}`);
  const applied = await applyImport(ctx, created.id, { decisions: {}, acceptProposals: true, skipErrors: false });
  const totalMs = performance.now() - started;
  clearInterval(sampler);
  console.log(
    `${rows.toLocaleString('en')} rows (${(size / 2 ** 20).toFixed(1)} MiB): read+check+stage ${(readMs / 1000).toFixed(1)} s, apply ${((totalMs - readMs) / 1000).toFixed(1)} s, total ${(totalMs / 1000).toFixed(1)} s; ${applied.applied!.values} values; RSS before ${Math.round(rssBefore / 2 ** 20)} MiB, peak ${Math.round(peak / 2 ** 20)} MiB (+${Math.round((peak - rssBefore) / 2 ** 20)} MiB)`,
  );
  await rm(file);
}
await rm(dir, { recursive: true, force: true });
await handle.close();
