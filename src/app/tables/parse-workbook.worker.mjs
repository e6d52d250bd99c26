// Parses workbooks off the server's event loop (see parse-workbook-off-thread.ts): receives the
// bytes of a workbook already inspected against its budget, answers with ExcelJS's plain model,
// which the main thread turns back into a Workbook. The model goes in parts — first the book with
// empty sheets, then each sheet's rows a thousand at a time, then the end — and each part only when
// the main thread asks for the next: the server thread copies a message in one go and takes all
// queued messages in one go, so a large sheet sent at once held it for most of a second.
// Plain JavaScript, so it runs under node, tsx and vitest alike without a loader.
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';

const ROWS_PER_PART = 1000;

/** The parts still to send, per workbook. */
const pending = new Map();

function sendNext(id) {
  const parts = pending.get(id);
  if (!parts) return;
  const part = parts.shift();
  if (parts.length === 0) pending.delete(id);
  parentPort.postMessage({ id, ...part });
}

parentPort.on('message', async ({ id, bytes, next }) => {
  if (next) return sendNext(id);
  let model;
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    model = workbook.model;
  } catch (error) {
    parentPort.postMessage({ id, failed: String(error?.message ?? error) });
    return;
  }
  const parts = [];
  model.worksheets.forEach((sheet, index) => {
    const rows = sheet.rows ?? [];
    sheet.rows = [];
    for (let at = 0; at < rows.length; at += ROWS_PER_PART) parts.push({ sheet: index, rows: rows.slice(at, at + ROWS_PER_PART) });
  });
  parts.unshift({ model });
  parts.push({ end: true });
  pending.set(id, parts);
  sendNext(id);
});
