// Benchmark: hostile CSV files through the one CSV reader (npm run bench:hostile-csv), as the
// importers read them: a 30 MB and a 100 MB first line streamed from a file (the assessment import),
// a 9 MB first line held in memory (the campaign upload, whose body limit is 10 MB), and an
// ordinary 100 MB results CSV streamed to the end for comparison. Each case runs in a process of
// its own, so its peak RSS is its own; the longest event-loop block is what a /api/health call
// would have waited for at worst.
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { AppError } from '../src/app/app-error.ts';
import { RESULTS_CSV_BUDGET } from '../src/app/assessments/results-source.ts';
import { campaignCsvBudget } from '../src/app/campaigns/form-workbook.ts';
import { csvFileRecords, readCsvBytes } from '../src/app/tables/csv-reader.ts';

const MIB = 1024 * 1024;

interface Case {
  id: string;
  what: string;
  file: string;
  mode: 'stream' | 'memory';
}

/** Writes `mib` MiB of one line (a header start, then letters without a line break), or of ordinary rows. */
async function writeFile(path: string, mib: number, kind: 'one-line' | 'ordinary'): Promise<void> {
  const out = createWriteStream(path);
  const block = kind === 'one-line' ? 'x'.repeat(MIB) : rowsBlock();
  if (kind === 'one-line') out.write('Код ОО;Предмет;');
  else out.write('Код ОО;Код участника;Класс;Предмет;Отметка;Отметка по журналу\n');
  for (let i = 0; i < mib; i++) if (!out.write(block)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** About 1 MiB of ordinary ВПР rows. */
function rowsBlock(): string {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < MIB; i++) {
    const row = `B-${String(i % 20).padStart(2, '0')}-${String(i % 100).padStart(3, '0')};P${i.toString(36)};5А;Математика;${2 + (i % 4)};${2 + ((i + 1) % 4)}\n`;
    rows.push(row);
    size += Buffer.byteLength(row);
  }
  return rows.join('');
}

/** One case, in this process: reads the file, reports JSON on stdout. */
async function runCase(c: Case): Promise<void> {
  const startRss = process.memoryUsage().rss;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  let records = 0;
  let refusal: string | null = null;
  try {
    if (c.mode === 'stream') {
      for await (const batch of csvFileRecords(c.file, 'bench.csv', RESULTS_CSV_BUDGET)) records += batch.length;
    } else {
      const bytes = await readFile(c.file);
      records = (await readCsvBytes(bytes, 'bench.csv', campaignCsvBudget(10_000, 10 * MIB))).records.length;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    refusal = error.message;
  }
  const ms = performance.now() - started;
  loop.disable();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ms, records, refusal, startRss, peakRss, maxBlockMs: loop.max / 1e6 }));
}

const caseArg = process.argv[2];
if (caseArg) {
  await runCase(JSON.parse(caseArg) as Case);
} else {
  const dir = await mkdtemp(join(tmpdir(), 'soko-hostile-csv-'));
  try {
    const files = {
      line30: join(dir, 'line-30.csv'),
      line100: join(dir, 'line-100.csv'),
      line9: join(dir, 'line-9.csv'),
      ordinary: join(dir, 'ordinary-100.csv'),
    };
    await writeFile(files.line30, 30, 'one-line');
    await writeFile(files.line100, 100, 'one-line');
    await writeFile(files.line9, 9, 'one-line');
    await writeFile(files.ordinary, 100, 'ordinary');
    const cases: Case[] = [
      { id: 'line30', what: '30 MB first line, streamed (assessment import)', file: files.line30, mode: 'stream' },
      { id: 'line100', what: '100 MB first line, streamed (assessment import)', file: files.line100, mode: 'stream' },
      { id: 'line9', what: '9 MB first line, in memory (campaign upload)', file: files.line9, mode: 'memory' },
      { id: 'ordinary', what: 'ordinary 100 MB results CSV, streamed to the end', file: files.ordinary, mode: 'stream' },
    ];
    console.log(
      `${new Date().toISOString().slice(0, 10)} — ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.versions.node}\n`,
    );
    console.log('| file | size | outcome | time | RSS before → peak | longest event-loop block |');
    console.log('| ---- | ---- | ------- | ---- | ----------------- | ------------------------ |');
    for (const c of cases) {
      const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, JSON.stringify(c)], {
        encoding: 'utf8',
        maxBuffer: 16 * MIB,
      });
      if (child.status !== 0) throw new Error(`case ${c.id} failed: ${child.stderr}`);
      const r = JSON.parse(child.stdout) as {
        ms: number;
        records: number;
        refusal: string | null;
        startRss: number;
        peakRss: number;
        maxBlockMs: number;
      };
      const size = `${((await stat(c.file)).size / MIB).toFixed(0)} MiB`;
      const outcome = r.refusal
        ? `refused: «${r.refusal.replace(/^Файл «bench\.csv» не прочитан: /, '').split(' — ')[0]}»`
        : `${r.records.toLocaleString('en')} records`;
      const time = r.ms < 1000 ? `${r.ms.toFixed(0)} ms` : `${(r.ms / 1000).toFixed(2)} s`;
      console.log(
        `| ${c.what} | ${size} | ${outcome} | ${time} | ${(r.startRss / MIB).toFixed(0)} → ${(r.peakRss / MIB).toFixed(0)} MiB | ${r.maxBlockMs.toFixed(0)} ms |`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
