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

type Reply = { id: number; model?: ExcelJS.WorkbookModel; failed?: string };

let worker: Worker | null = null;
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
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      if (!reply.model) return done({ kind: 'not_workbook' });
      // the model's getter names merged ranges `merges`, its setter reads `mergeCells`
      for (const sheet of reply.model.worksheets as unknown as { merges?: string[]; mergeCells?: string[] }[])
        sheet.mergeCells ??= sheet.merges;
      const workbook = new ExcelJS.Workbook();
      workbook.model = reply.model;
      done({ kind: 'parsed', workbook });
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
