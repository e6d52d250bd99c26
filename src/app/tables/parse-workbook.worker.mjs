// Parses workbooks off the server's event loop (see parse-workbook-off-thread.ts): receives the
// bytes of a workbook already inspected against its budget, answers with ExcelJS's plain model,
// which the main thread turns back into a Workbook. Plain JavaScript, so it runs under node, tsx
// and vitest alike without a loader.
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';

parentPort.on('message', async ({ id, bytes }) => {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    parentPort.postMessage({ id, model: workbook.model });
  } catch (error) {
    parentPort.postMessage({ id, failed: String(error?.message ?? error) });
  }
});
