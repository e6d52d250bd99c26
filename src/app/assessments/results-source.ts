import { open, readFile, stat } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { AppError } from '../app-error.ts';
import type { WorkbookBudget } from '../../domain/tables/workbook-budget.ts';
import { loadWorkbook } from '../tables/load-workbook.ts';
import { sheetRows, xlsxCell } from '../tables/read-grid.ts';
import { DEFAULT_MAX_LINE_CHARS, type CsvBudget, type CsvRecord } from '../tables/csv-parser.ts';
import { csvFileEncoding, csvFileRecords } from '../tables/csv-reader.ts';

/** The largest workbook read whole (CSV files are streamed whatever their size). */
export const XLSX_LIMIT_BYTES = 50 * 1024 * 1024;

/**
 * What a results CSV can hold: pupil-level results of a whole region over several years run to
 * millions of rows, never to tens of millions; a register has dozens of columns, not thousands.
 */
export const RESULTS_CSV_BUDGET: CsvBudget = {
  maxLineChars: DEFAULT_MAX_LINE_CHARS,
  maxRows: 10_000_000,
  maxColumns: 500,
  maxBytes: 1024 * 1024 * 1024,
  rowsReason: 'столько строк нет даже в выгрузке результатов всего региона за несколько лет',
};

/**
 * What a results workbook may hold: a participant per row (a municipality's ЕГЭ or ОГЭ in one
 * sheet) or the ЕГЭ template's sheets of schools; a larger table goes as CSV, which is streamed.
 */
export const RESULTS_WORKBOOK_BUDGET: WorkbookBudget = {
  label: 'книги результатов',
  sheets: 30,
  rows: 100_000,
  columns: 1_000,
  cells: 600_000,
  rangeCells: 200_000,
};

export type ResultsSource =
  | { format: 'csv'; path: string; name: string; encoding: string }
  | { format: 'xlsx'; template: true; workbook: ExcelJS.Workbook }
  | { format: 'xlsx'; template: false; sheet: string; records: CsvRecord[] };

const NOT_WORKBOOK =
  'Файл — не книга XLSX и не CSV. Сохраните таблицу результатов из Excel или LibreOffice как .xlsx или как CSV и загрузите снова.';

function cellText(v: ExcelJS.CellValue): string {
  const c = xlsxCell(v);
  if (c === null) return '';
  if (typeof c === 'object') return '';
  return String(c);
}

/** Opens an uploaded results file: a CSV is streamed later; a workbook is read (its first sheet, or the ЕГЭ template whole). */
export async function openResultsSource(path: string, fileName: string): Promise<ResultsSource> {
  const bytes = (await stat(path)).size;
  const head = new Uint8Array(4);
  const handle = await open(path, 'r');
  try {
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  if (!zip) {
    if (/\.xlsx?$/i.test(fileName) && bytes > 0 && head[0] === 0xd0)
      throw new AppError('import_invalid', 'Это книга старого формата .xls: сохраните её как .xlsx или CSV и загрузите снова.');
    return { format: 'csv', path, name: fileName, encoding: await csvFileEncoding(path) };
  }
  if (bytes > XLSX_LIMIT_BYTES)
    throw new AppError(
      'import_invalid',
      `Книга больше ${XLSX_LIMIT_BYTES / 1024 / 1024} МБ: сохраните результаты как CSV — он читается потоком любого размера.`,
    );
  const loaded = await loadWorkbook(await readFile(path), NOT_WORKBOOK, RESULTS_WORKBOOK_BUDGET);
  if (loaded.problem !== undefined) throw new AppError('import_invalid', loaded.problem);
  const workbook = loaded.workbook;
  // the template reader is loaded only for workbooks
  const { isEgeTemplateWorkbook } = await import('./read-ege-template.ts');
  if (isEgeTemplateWorkbook(workbook)) return { format: 'xlsx', template: true, workbook };
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('import_invalid', 'В книге нет ни одного листа.');
  const records: CsvRecord[] = (await sheetRows(sheet, cellText)).map((cells, i) => ({ cells, line: i + 1 }));
  return { format: 'xlsx', template: false, sheet: sheet.name, records };
}

/** Batches of records of a table source (CSV streamed, a sheet at once). */
export async function* sourceRecords(source: ResultsSource, onBytes?: (bytes: number, total: number) => void): AsyncGenerator<CsvRecord[]> {
  if (source.format === 'csv') yield* csvFileRecords(source.path, source.name, RESULTS_CSV_BUDGET, onBytes);
  else if (!source.template) {
    for (let i = 0; i < source.records.length; i += 5000) yield source.records.slice(i, i + 5000);
  }
}

/** A header row: the first with at least two filled cells. */
export const isHeader = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '').length >= 2;
