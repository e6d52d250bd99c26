import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';

/** What the parser thread may use: far above a budgeted workbook, far below what hurts the server. */
export const PARSER_LIMITS = {
  /** Old-generation heap of the parser thread, MiB. */
  heapMb: 768,
  /** Time for one workbook, ms. */
  timeMs: 30_000,
};

export type ParseOutcome =
  { kind: 'parsed'; workbook: ExcelJS.Workbook } | { kind: 'not_workbook' } | { kind: 'out_of_memory' } | { kind: 'timeout' };

/** The parser thread's messages for one workbook: the book with empty sheets, each sheet's rows in parts, the end; or why it failed. */
type Reply = { id: number; model?: ExcelJS.WorkbookModel; sheet?: number; rows?: { number: number }[]; end?: true; failed?: string };

let worker: Worker | null = null;

/** Rows of a sheet rebuilt per turn of the event loop. */
const ROWS_PER_TURN = 250;

type SheetModel = { id: number; rows: { number: number }[]; merges?: string[]; mergeCells?: string[] };

/**
 * Turns the parser thread's plain model back into a Workbook on this thread, in turns of the event
 * loop: ExcelJS's own model setter builds every row and merged range of a sheet in one go, which
 * for a large legitimate workbook held the server for most of a second. The sheets are set up
 * empty, then their rows are added a few thousand at a time, then their merged ranges (the
 * model's getter names them `merges`, its setter reads `mergeCells`; merging after the rows, as
 * the setter does, lets a merged cell show its master's value).
 */
export async function workbookFromModel(model: ExcelJS.WorkbookModel): Promise<ExcelJS.Workbook> {
  const sheets = model.worksheets as unknown as SheetModel[];
  const held = sheets.map((sheet) => {
    const kept = { id: sheet.id, rows: sheet.rows, merges: sheet.mergeCells ?? sheet.merges ?? [] };
    sheet.rows = [];
    sheet.mergeCells = [];
    return kept;
  });
  const workbook = new ExcelJS.Workbook();
  workbook.model = model;
  let since = 0;
  for (const { id, rows, merges } of held) {
    const sheet = workbook.getWorksheet(id);
    if (!sheet) continue;
    for (const row of rows) {
      (sheet.getRow(row.number) as unknown as { model: unknown }).model = row;
      if (++since >= ROWS_PER_TURN) {
        since = 0;
        await new Promise((next) => setImmediate(next));
      }
    }
    for (const range of merges) sheet.mergeCellsWithoutStyle(range);
  }
  return workbook;
}
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

function parserThread(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./parse-workbook.worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: PARSER_LIMITS.heapMb, maxYoungGenerationSizeMb: 64 },
  });
  // an idle parser does not keep the process alive
  w.unref();
  w.on('exit', () => {
    if (worker === w) worker = null;
  });
  worker = w;
  return w;
}

function parseOnce(bytes: Uint8Array): Promise<ParseOutcome> {
  return new Promise((resolve) => {
    const w = parserThread();
    const id = nextId++;
    const done = (outcome: ParseOutcome) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      w.unref();
      resolve(outcome);
    };
    let model: ExcelJS.WorkbookModel | null = null;
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      if (reply.failed !== undefined) return done({ kind: 'not_workbook' });
      // the next part is asked for on a later turn, so the server answers others in between
      const askNext = () => setImmediate(() => w.postMessage({ id, next: true }));
      if (reply.model) {
        model = reply.model;
        return askNext();
      }
      if (!model) return done({ kind: 'not_workbook' });
      if (reply.rows && reply.sheet !== undefined) {
        const sheet = (model.worksheets as unknown as SheetModel[])[reply.sheet];
        if (sheet) for (const row of reply.rows) sheet.rows.push(row);
        return askNext();
      }
      if (!reply.end) return;
      workbookFromModel(model).then(
        (workbook) => done({ kind: 'parsed', workbook }),
        () => done({ kind: 'not_workbook' }),
      );
    };
    const onError = (error: Error & { code?: string }) => {
      worker = null;
      done({ kind: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out_of_memory' : 'not_workbook' });
    };
    const onExit = () => done({ kind: 'out_of_memory' });
    const timer = setTimeout(() => {
      worker = null;
      w.terminate().catch(() => undefined); // already gone: nothing to stop
      done({ kind: 'timeout' });
    }, PARSER_LIMITS.timeMs);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    // while a workbook is parsed the thread keeps the process alive
    w.ref();
    const copy = bytes.slice();
    w.postMessage({ id, bytes: copy }, [copy.buffer]);
  });
}

/**
 * Parses a workbook with ExcelJS in a worker thread with a memory cap and a time limit, one
 * workbook at a time, so that the server keeps answering while a large or hostile file is read.
 * The thread is kept for the next workbook; one that ran out of memory or time is replaced.
 */
export function parseWorkbookOffThread(bytes: Uint8Array): Promise<ParseOutcome> {
  const result = queue.then(() => parseOnce(bytes));
  queue = result.catch(() => undefined);
  return result;
}
