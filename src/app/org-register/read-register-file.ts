import type { WorkbookBudget } from '../../domain/tables/workbook-budget.ts';
import { toRussianDate } from '../../domain/export/to-russian-date.ts';
import { AppError } from '../app-error.ts';
import { DEFAULT_MAX_LINE_CHARS, type CsvBudget } from '../tables/csv-parser.ts';
import { readCsvBytes } from '../tables/csv-reader.ts';
import { loadWorkbook } from '../tables/load-workbook.ts';
import { sheetRows } from '../tables/read-grid.ts';
import type ExcelJS from 'exceljs';

/** A register is at most every educational organisation of a large region, with a column per attribute. */
export const REGISTER_MAX_ROWS = 100_000;

export const REGISTER_CSV_BUDGET: CsvBudget = {
  maxLineChars: DEFAULT_MAX_LINE_CHARS,
  maxRows: REGISTER_MAX_ROWS + 1,
  maxColumns: 200,
  maxBytes: 100 * 1024 * 1024,
  rowsReason: `в реестре строка на организацию, а организаций в регионе не бывает больше ${REGISTER_MAX_ROWS.toLocaleString('ru-RU')}`,
};

export const REGISTER_WORKBOOK_BUDGET: WorkbookBudget = {
  label: 'реестра организаций',
  sheets: 20,
  cells: 1_200_000,
  rows: REGISTER_MAX_ROWS + 1,
  columns: 200,
  rangeCells: 200_000,
};

/** The text of a register file: its sheets, the one read, the header and the data rows as text. */
export interface RegisterTable {
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string;
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

const NOT_WORKBOOK =
  'Файл — не книга XLSX и не таблица CSV. Сохраните реестр из Excel или LibreOffice как .xlsx или как CSV и загрузите снова.';

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  if (v instanceof Date) return toRussianDate(v.toISOString().slice(0, 10));
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in v && typeof v.text === 'string') return v.text;
  return '';
}

const isXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * Reads a register file through the one workbook reader or the one CSV reader, each with the
 * register's budget known before parsing: XLSX (the first sheet, or the one chosen by number
 * from 1), CSV in any encoding and separator the CSV reader knows. The header is the first
 * non-blank row; the data rows keep the line numbers the user sees in the file.
 */
export async function readRegisterFile(bytes: Uint8Array, fileName: string, sheetNumber?: number): Promise<RegisterTable> {
  let format: RegisterTable['format'];
  let sheets: string[];
  let sheet: string;
  let grid: { line: number; cells: string[] }[];
  if (isXlsx(bytes)) {
    const loaded = await loadWorkbook(bytes, NOT_WORKBOOK, REGISTER_WORKBOOK_BUDGET);
    if (loaded.problem !== undefined) throw new AppError('import_invalid', loaded.problem);
    const worksheets = loaded.workbook.worksheets;
    sheets = worksheets.map((w) => w.name);
    const chosen = worksheets[(sheetNumber ?? 1) - 1];
    if (!chosen)
      throw new AppError(
        'validation_failed',
        `В книге нет листа № ${sheetNumber}: в ней ${sheets.length} лист(ов) — ${sheets.map((s, i) => `${i + 1}. «${s}»`).join(', ')}.`,
      );
    sheet = chosen.name;
    format = 'xlsx';
    grid = (await sheetRows(chosen, cellText)).map((cells, i) => ({ line: i + 1, cells }));
  } else {
    const { records } = await readCsvBytes(bytes, fileName, REGISTER_CSV_BUDGET);
    format = 'csv';
    sheets = [fileName];
    sheet = fileName;
    grid = records;
  }
  const headerAt = grid.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerAt < 0) throw new AppError('import_invalid', `Файл «${fileName}» пуст: в нём нет ни заголовка, ни строк.`);
  const headers = grid[headerAt]!.cells.map((c) => c.trim());
  // a trailing separator leaves an empty last header; its empty cells are dropped with it
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const seen = new Map<string, number>();
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    if (n > 1) headers[i] = `${h} (${n})`;
  }
  return { format, sheets, sheet, headers, rows: grid.slice(headerAt + 1) };
}
