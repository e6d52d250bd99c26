import type ExcelJS from 'exceljs';
import { DEFAULT_WORKBOOK_BUDGET, type WorkbookBudget } from '../../domain/tables/workbook-budget.ts';
import { loadWorkbook } from './load-workbook.ts';
import { AppError } from '../app-error.ts';
import { DEFAULT_MAX_LINE_CHARS, type CsvBudget } from './csv-parser.ts';
import { readCsvBytes } from './csv-reader.ts';

/** A cell as read: a number, a text, or empty; or a cell that could not be read. */
export type GridCell = number | string | null | { error: string };

/** The first sheet of a table file as rows of cells (row 1 = index 0). */
export interface Grid {
  sheet: string;
  rows: GridCell[][];
  format: 'xlsx' | 'csv';
}

/** An ExcelJS cell value as read: booleans as 1/0, formulas as their cached result, dates refused. */
export function xlsxCell(v: ExcelJS.CellValue): GridCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return { error: 'в ячейке дата, а нужно число' };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (typeof result === 'number' || typeof result === 'string') return result;
    return { error: 'в ячейке формула без сохранённого значения: пересчитайте и сохраните книгу или вставьте значения' };
  }
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return { error: `в ячейке ошибка Excel ${String(v.error)}` };
  return { error: 'значение ячейки не распознано' };
}

/** Rows of a sheet converted per turn of the event loop. */
const ROWS_PER_TURN = 500;

/**
 * Every row of a sheet, from row 1 to its last, as cells 1…the sheet's widest row, each converted
 * by `cell`. The width is taken once (ExcelJS walks every row to find it: asked per row it made a
 * 10,000-row workbook hold the server for over a minute), and the rows are read a few thousand per
 * turn of the event loop, so the server keeps answering while a large sheet is read.
 */
export async function sheetRows<T>(sheet: ExcelJS.Worksheet, cell: (value: ExcelJS.CellValue) => T): Promise<T[][]> {
  const width = sheet.columnCount;
  const last = sheet.rowCount;
  const rows: T[][] = [];
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: T[] = [];
    for (let c = 1; c <= width; c++) cells.push(cell(row.getCell(c).value));
    rows.push(cells);
    if (r % ROWS_PER_TURN === 0) await new Promise((next) => setImmediate(next));
  }
  return rows;
}

const NOT_WORKBOOK = 'Файл — не книга XLSX (повреждён или другого формата). Сохраните его из Excel или LibreOffice как .xlsx.';

/** Reads the first worksheet of an XLSX file; a file that is not one (or a ZIP bomb) is refused with `import_invalid`. */
export async function readXlsxGrid(
  bytes: Uint8Array,
  notWorkbookMessage = NOT_WORKBOOK,
  budget: WorkbookBudget = DEFAULT_WORKBOOK_BUDGET,
): Promise<Grid> {
  const loaded = await loadWorkbook(bytes, notWorkbookMessage, budget);
  if (loaded.problem !== undefined) throw new AppError('import_invalid', loaded.problem);
  const workbook = loaded.workbook;
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('import_invalid', 'В книге нет ни одного листа.');
  return { sheet: sheet.name, rows: await sheetRows(sheet, xlsxCell), format: 'xlsx' };
}

/** What a rating table can hold: a row per object (at most every organisation of a region), a column per indicator. */
export const RATE_CSV_BUDGET: CsvBudget = {
  maxLineChars: DEFAULT_MAX_LINE_CHARS,
  maxRows: 200_000,
  maxColumns: 2_000,
  maxBytes: 200 * 1024 * 1024,
  rowsReason: 'в таблице для рейтинга строка на объект, а объектов столько не бывает',
};

/** Reads a CSV file (UTF-8, UTF-16 or Windows-1251; `;`, `,` or tab); the "sheet" is the file name, each record on its line's row. */
export async function readCsvGrid(bytes: Uint8Array, name: string, budget = RATE_CSV_BUDGET): Promise<Grid> {
  const { records } = await readCsvBytes(bytes, name, budget);
  const rows: GridCell[][] = [];
  for (const r of records) {
    while (rows.length < r.line - 1) rows.push([]);
    rows.push(r.cells);
  }
  return { sheet: name, rows, format: 'csv' };
}
