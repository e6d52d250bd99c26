import { columnLetter } from '../export/column-letter.ts';
import type { SheetStats } from './sheet-xml-scanner.ts';

/**
 * How much a workbook may hold, known before it is parsed: derived by each importer from what its
 * upload can legitimately contain (a campaign's template size, a register's realistic maximum).
 */
export interface WorkbookBudget {
  /** What the file is, in the genitive, for messages: «шаблона кампании». */
  label: string;
  /** Worksheets in the book. */
  sheets: number;
  /** Cells (with a value or a format) in all sheets together. */
  cells: number;
  /** The last row and column a sheet may reach. */
  rows: number;
  columns: number;
  /** Cells covered by merged ranges, data validations or named ranges, each kind in all sheets together. */
  rangeCells: number;
}

/**
 * The default for a table of unknown origin. Parsing costs about 600 bytes and 3.5 µs per cell, so
 * 500,000 cells stay well inside the parser's memory cap and time limit.
 */
export const DEFAULT_WORKBOOK_BUDGET: WorkbookBudget = {
  label: 'таблицы',
  sheets: 50,
  cells: 500_000,
  rows: 200_000,
  columns: 1_000,
  rangeCells: 200_000,
};

const n = (value: number) => value.toLocaleString('ru-RU');
/**
 * Excel's own last column (XFD). Excel and LibreOffice describe the default width of the trailing
 * columns up to it (`<col min="1025" max="16384"/>`) even in a small table, and 16,384 column
 * objects cost a parser little, so `<cols>` is refused only beyond it, whatever the budget's columns.
 */
export const EXCEL_MAX_COLUMNS = 16_384;
const sheetOf = (name: string | null) => (name === null ? 'В книге' : `Лист «${name}»`);

/** Why a sheet is over the budget, in words for the user; null when within. `totalCells` counts every sheet so far. */
export function sheetOverBudget(
  name: string | null,
  stats: SheetStats,
  totals: { cells: number; mergedCells: number; validatedCells: number },
  budget: WorkbookBudget,
): string | null {
  const where = sheetOf(name);
  if (stats.oversizedTag) {
    return (
      `${where}: в разметке листа есть элемент длиннее 1 МБ — так не сохраняет ни Excel, ни LibreOffice: ` +
      'файл повреждён или составлен вручную. Откройте его в Excel или LibreOffice, сохраните заново как .xlsx и загрузите снова.'
    );
  }
  const columnLimit = Math.max(budget.columns, EXCEL_MAX_COLUMNS);
  if (stats.declaredColumns > columnLimit) {
    return (
      `${where}: ширина или формат заданы для столбцов до ${n(stats.declaredColumns)}-го, а в таблице может быть не более ` +
      `${n(columnLimit)} столбцов — файл повреждён или составлен вручную. Откройте его в Excel или LibreOffice, ` +
      'сохраните заново как .xlsx и загрузите снова.'
    );
  }
  if (totals.mergedCells > budget.rangeCells) {
    return (
      `${where}: объединённые ячейки${stats.largestMerge ? ` (самое большое объединение — ${stats.largestMerge})` : ''} занимают ` +
      `${n(totals.mergedCells)} ячеек, а для ${budget.label} допустимо не более ${n(budget.rangeCells)}. ` +
      'Отмените лишние объединения (Главная → «Объединить и поместить в центре») и загрузите файл снова.'
    );
  }
  if (totals.validatedCells > budget.rangeCells) {
    return (
      `${where}: проверка данных${stats.largestValidation ? ` (диапазон ${stats.largestValidation})` : ''} охватывает ` +
      `${n(totals.validatedCells)} ячеек, а для ${budget.label} допустимо не более ${n(budget.rangeCells)}. ` +
      'Сузьте диапазоны проверки данных (Данные → «Проверка данных») до строк с данными и загрузите файл снова.'
    );
  }
  if (stats.maxRow > budget.rows) {
    return (
      `${where}: заполнена или отформатирована строка ${n(stats.maxRow)}, а для ${budget.label} допустимо не более ` +
      `${n(budget.rows)} строк. Удалите лишние строки ниже данных (в том числе пустые, но отформатированные) и загрузите файл снова.`
    );
  }
  if (stats.maxColumn > budget.columns) {
    return (
      `${where}: заполнен или отформатирован столбец ${columnLetter(stats.maxColumn)} (${n(stats.maxColumn)}-й), а для ` +
      `${budget.label} допустимо не более ${n(budget.columns)} столбцов. Удалите лишние столбцы справа от данных и загрузите файл снова.`
    );
  }
  if (stats.maxRow * stats.maxColumn > budget.cells) {
    return (
      `${where}: данные или оформление занимают область до ячейки ${columnLetter(stats.maxColumn)}${stats.maxRow} ` +
      `(${n(stats.maxRow * stats.maxColumn)} ячеек), а для ${budget.label} допустимо не более ${n(budget.cells)}. ` +
      'Удалите лишние строки и столбцы за пределами данных (в том числе пустые, но отформатированные) и загрузите файл снова.'
    );
  }
  if (totals.cells > budget.cells) {
    return (
      `${where}: в книге больше ${n(budget.cells)} ячеек с данными или оформлением — столько не бывает в файле для ` +
      `${budget.label}. Удалите лишние строки, столбцы и листы (в том числе пустые, но отформатированные) и загрузите файл снова.`
    );
  }
  return null;
}

/** Why the book's sheets or named ranges are over the budget; null when within. */
export function bookOverBudget(
  book: { sheets: number; namedCells: number; largestName: string | null },
  budget: WorkbookBudget,
): string | null {
  if (book.sheets > budget.sheets) {
    return `В книге ${n(book.sheets)} листов, а для ${budget.label} допустимо не более ${n(budget.sheets)}. Удалите лишние листы и загрузите файл снова.`;
  }
  if (book.namedCells > budget.rangeCells) {
    return (
      `В книге именованные диапазоны${book.largestName ? ` (самый большой — «${book.largestName}»)` : ''} охватывают ` +
      `${n(book.namedCells)} ячеек, а для ${budget.label} допустимо не более ${n(budget.rangeCells)}. ` +
      'Удалите лишние имена (Формулы → «Диспетчер имён») и загрузите файл снова.'
    );
  }
  return null;
}
