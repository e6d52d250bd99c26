// Benchmark: a register of 50,000 organisations in 50 municipalities imported into an empty
// embedded database (npm run bench:register), as XLSX and as CSV, through the real use cases:
// upload with the municipalities' creation confirmed (read with the register budget + plan), apply
// in one transaction, the same file again, and a re-preview of a stored file after a correction. Each case runs in a process of its own,
// so its peak RSS (sampled every 50 ms, the workbook parser's worker thread included) is its own.
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { SYSTEM_ACTOR } from '../src/app/actor.ts';
import { applyRegisterImport, previewRegisterImport, uploadRegisterFile } from '../src/app/org-register/register-imports.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { innCheckDigit, ogrnCheckDigit } from '../src/domain/org/registry-codes.ts';

const ORGS = Number(process.env.BENCH_ORGS ?? 50_000);
const MUNICIPALITIES = 50;
const HEADER = ['Наименование', 'Тип', 'ИНН', 'ОГРН', 'Муниципальный район', 'Адрес', 'Широта', 'Долгота', 'Число обучающихся', 'Телефон'];
const KINDS = ['Средняя общеобразовательная школа', 'Детский сад', 'Дом детского творчества', 'Лицей', 'Гимназия'];
const MIB = 1024 * 1024;

function row(i: number): string[] {
  const inn9 = String(100_000_000 + i * 7);
  const ogrn12 = String(102_000_000_000 + i * 13);
  const kind = KINDS[i % KINDS.length]!;
  return [
    `МБОУ «${kind} № ${i + 1}»`,
    kind,
    `${inn9}${innCheckDigit(inn9)}`,
    `${ogrn12}${ogrnCheckDigit(ogrn12)}`,
    `Район № ${(i % MUNICIPALITIES) + 1}`,
    `г. Энск, ул. Школьная, д. ${i + 1}`,
    (50 + (i % 1000) / 1000).toFixed(6).replace('.', ','),
    (40 + (i % 997) / 1000).toFixed(6).replace('.', ','),
    String(100 + (i % 900)),
    `+7 (900) ${String(i).padStart(7, '0')}`,
  ];
}

async function writeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  const q = (c: string) => `"${c.replace(/"/g, '""')}"`;
  out.write(`${HEADER.join(';')}\n`);
  for (let i = 0; i < ORGS; i++) if (!out.write(`${row(i).map(q).join(';')}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function writeXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = wb.addWorksheet('Реестр');
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < ORGS; i++) sheet.addRow(row(i)).commit();
  sheet.commit();
  await wb.commit();
}

async function runCase(file: string): Promise<void> {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const handle = await createDatabase({ kind: 'pglite', dataDir: null });
  await migrateToLatest(handle.db);
  const ctx = { db: handle.db, actor: SYSTEM_ACTOR, requestId: null };
  const bytes = new Uint8Array(await readFile(file));
  // as `soko orgs import FILE --region NAME --yes`: the creation of the file's municipalities confirmed up front
  const t0 = performance.now();
  const view = await uploadRegisterFile(ctx, { fileName: file, bytes, region: 'Энская область', createTerritories: true });
  const t1 = performance.now();
  if (!view.ready) throw new Error(`not ready: ${JSON.stringify(view.counts)}`);
  const applied = await applyRegisterImport(ctx, view.id);
  const t2 = performance.now();
  // the page's «Пересчитать предпросмотр» after a correction reads the stored file again
  const again = await uploadRegisterFile(ctx, { fileName: file, bytes });
  const t3 = performance.now();
  await previewRegisterImport(ctx, again.id, {});
  const t4 = performance.now();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await handle.close();
  process.stdout.write(
    JSON.stringify({
      preview: t1 - t0,
      apply: t2 - t1,
      total: t2 - t0,
      secondPreview: t3 - t2,
      repreview: t4 - t3,
      created: applied.created,
      unchangedSecondTime: again.counts.unchanged,
      peakMib: peak / MIB,
    }),
  );
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'soko-bench-register-'));
  try {
    const csv = join(dir, 'register.csv');
    const xlsx = join(dir, 'register.xlsx');
    await writeCsv(csv);
    await writeXlsx(xlsx);
    console.log(
      `${ORGS} организаций; ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
    );
    console.log(
      '| file | size | preview (read + plan) | apply | preview + apply | same file again (preview) | re-preview after a correction | peak RSS |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const file of [xlsx, csv]) {
      const size = (await stat(file)).size / MIB;
      const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--case', file], {
        encoding: 'utf8',
        env: process.env,
        maxBuffer: 16 * MIB,
      });
      if (child.status !== 0) throw new Error(child.stderr);
      const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(
        `| ${file.endsWith('xlsx') ? 'XLSX' : 'CSV'} | ${size.toFixed(1)} MiB | ${s(r.preview!)} | ${s(r.apply!)} | ${s(r.total!)} | ${s(r.secondPreview!)} (unchanged ${r.unchangedSecondTime}) | ${s(r.repreview!)} | ${Math.round(r.peakMib!)} MiB |`,
      );
      if (r.created !== ORGS) throw new Error(`created ${r.created}, expected ${ORGS}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--case');
if (at > 0) await runCase(process.argv[at + 1]!);
else await main();
