// Benchmark: hostile and legitimate workbooks through the one workbook reader (npm run bench:hostile).
// For each file: the time until loadWorkbook answers (a refusal or a workbook), the peak RSS of the
// process while it works (sampled every 5 ms) and the longest event-loop stall, which is what the
// server's other requests would wait. The hostile files are the issue's: a 1.5 KB merged range
// A1:Z600000 and A1:Z200000, and 3,000,000 small cells (about 9.5 MB).
import ExcelJS from 'exceljs';
import { cpus, totalmem } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { manyCells, mergedRangeBomb } from '../test/helpers/hostile-workbooks.ts';
import { campaignUploadBudget } from '../src/app/campaigns/form-workbook.ts';
import { loadWorkbook } from '../src/app/tables/load-workbook.ts';
import { DEFAULT_WORKBOOK_BUDGET, type WorkbookBudget } from '../src/domain/tables/workbook-budget.ts';

const MIB = 1024 * 1024;

async function legitimate(rows: number, columns: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Данные');
  ws.addRow(Array.from({ length: columns }, (_, c) => `Столбец ${c + 1}`));
  for (let r = 1; r <= rows; r++) ws.addRow(Array.from({ length: columns }, (_, c) => (c === 0 ? `Школа ${r}` : (r * c) % 1000)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function measure(name: string, bytes: Uint8Array, budget: WorkbookBudget) {
  global.gc?.();
  await new Promise((ok) => setTimeout(ok, 50));
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  const loaded = await loadWorkbook(bytes, 'не книга', budget);
  const ms = performance.now() - started;
  loop.disable();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const row = {
    file: name,
    size: bytes.length < MIB ? `${(bytes.length / 1024).toFixed(1)} KB` : `${(bytes.length / MIB).toFixed(1)} MB`,
    budget: budget.label,
    answer: loaded.workbook ? 'read' : `refused: ${loaded.problem.slice(0, 90)}…`,
    ms: Math.round(ms),
    peakRssMb: Math.round(peak / MIB),
    rssGrowthMb: Math.round((peak - rssBefore) / MIB),
    longestStallMs: Math.round(loop.max / 1e6),
  };
  console.log(JSON.stringify(row));
  return row;
}

const school = campaignUploadBudget(1, 300);
const three = manyCells(3_000_000);
console.log(
  `# ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
);
await measure('legitimate, warm-up of the parser thread', await legitimate(10, 5), DEFAULT_WORKBOOK_BUDGET);
await measure('merged range A1:Z600000', mergedRangeBomb('A1:Z600000'), school);
await measure('merged range A1:Z200000', mergedRangeBomb('A1:Z200000'), school);
await measure('merged range A1:Z600000', mergedRangeBomb('A1:Z600000'), DEFAULT_WORKBOOK_BUDGET);
await measure('3,000,000 small cells', three, school);
await measure('3,000,000 small cells', three, DEFAULT_WORKBOOK_BUDGET);
await measure('legitimate 10,000 rows × 10 columns', await legitimate(10_000, 10), DEFAULT_WORKBOOK_BUDGET);
await measure('legitimate 45,000 rows × 10 columns', await legitimate(45_000, 10), DEFAULT_WORKBOOK_BUDGET);
