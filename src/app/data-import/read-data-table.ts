import { columnLetter } from '../../domain/export/column-letter.ts';
import { DEFAULT_WORKBOOK_BUDGET } from '../../domain/tables/workbook-budget.ts';
import { AppError } from '../app-error.ts';
import { DEFAULT_MAX_LINE_CHARS, type CsvBudget } from '../tables/csv-parser.ts';
import { readCsvGrid, readXlsxGrid, type GridCell } from '../tables/read-grid.ts';

/** A wide table as read: the header (row of column names) and the rows under it, each with its line. */
export interface DataTable {
  sheet: string;
  format: 'xlsx' | 'csv';
  header: string[];
  /** 1-based line (row) of the header in the file. */
  headerLine: number;
  rows: { line: number; cells: GridCell[] }[];
}

/** A table of numbers holds a row per organisation (or territory): no register is that big. */
export const DATA_TABLE_CSV_BUDGET: CsvBudget = {
  maxLineChars: DEFAULT_MAX_LINE_CHARS,
  maxRows: 200_000,
  maxColumns: 1_000,
  maxBytes: 200 * 1024 * 1024,
  rowsReason: 'в таблице данных строка на организацию или территорию, а их столько не бывает',
};

const isEmpty = (c: GridCell | undefined) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
const headerText = (c: GridCell | undefined) => (typeof c === 'string' ? c.trim() : typeof c === 'number' ? String(c) : '');

/**
 * Reads an uploaded table (XLSX: first sheet; CSV in any of the encodings and separators the one
 * CSV reader knows) under its budget. The header is the first non-empty row; columns with neither
 * a header nor a value (a trailing separator) are dropped; a value under an empty header, or two
 * columns named alike, are refused with the column.
 */
export async function readDataTable(bytes: Uint8Array, fileName: string): Promise<DataTable> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const grid =
    isZip || /\.xlsx$/i.test(fileName)
      ? await readXlsxGrid(bytes, undefined, DEFAULT_WORKBOOK_BUDGET)
      : await readCsvGrid(bytes, fileName, DATA_TABLE_CSV_BUDGET);
  const start = grid.rows.findIndex((r) => !r.every(isEmpty));
  if (start < 0) throw new AppError('import_invalid', `Файл «${fileName}» пуст: нужна строка заголовков и строки с данными.`);
  const headerCells = grid.rows[start] ?? [];
  const body = grid.rows
    .slice(start + 1)
    .map((cells, i) => ({ line: start + 2 + i, cells }))
    .filter((r) => !r.cells.every(isEmpty));
  let width = headerCells.length;
  while (width > 0 && isEmpty(headerCells[width - 1]) && body.every((r) => isEmpty(r.cells[width - 1]))) width--;
  const header: string[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < width; c++) {
    const h = headerText(headerCells[c]);
    const letter = columnLetter(c + 1);
    if (h === '') {
      const used = body.find((r) => !isEmpty(r.cells[c]));
      throw new AppError(
        'import_invalid',
        `Лист «${grid.sheet}», строка ${start + 1}, столбец ${letter}: у столбца нет заголовка, а в строке ${used?.line ?? '?'} есть значение. Подпишите столбец или удалите его.`,
        [{ sheet: grid.sheet, row: start + 1, column: letter, message: 'нет заголовка' }],
      );
    }
    const twin = seen.get(h.toLowerCase());
    if (twin !== undefined)
      throw new AppError(
        'import_invalid',
        `Лист «${grid.sheet}», строка ${start + 1}: столбцы ${columnLetter(twin + 1)} и ${letter} называются одинаково («${h}»). Переименуйте один из них.`,
        [{ sheet: grid.sheet, row: start + 1, column: letter, message: 'повтор заголовка' }],
      );
    seen.set(h.toLowerCase(), c);
    header.push(h);
  }
  if (body.length === 0) throw new AppError('import_invalid', `В файле «${fileName}» только строка заголовков — строк с данными нет.`);
  return { sheet: grid.sheet, format: grid.format, header, headerLine: start + 1, rows: body };
}
