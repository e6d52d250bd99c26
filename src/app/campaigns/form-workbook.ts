import ExcelJS from 'exceljs';
import type { WorkbookBudget } from '../../domain/tables/workbook-budget.ts';
import { loadWorkbook } from '../tables/load-workbook.ts';
import { UNIT_LABELS } from '../../domain/catalogue/catalogue-labels.ts';
import type { FormCell } from '../../domain/collection/campaign.ts';
import type { Entry } from '../../domain/collection/validate-entries.ts';
import { columnLetter } from '../../domain/export/column-letter.ts';
import { DEFAULT_MAX_LINE_CHARS, type CsvBudget } from '../tables/csv-parser.ts';
import { readCsvBytes } from '../tables/csv-reader.ts';
import { xlsxCell } from '../tables/read-grid.ts';

/** One organisation's sheet of a campaign template: its fields with current and previous values, by FormCell.key. */
export interface TemplateOrg {
  code: string;
  name: string;
  cells: FormCell[];
  values: Record<string, number | null>;
  previous: Record<string, number | null>;
}

/** The entries of one organisation read from an uploaded file. */
export interface UploadedOrg {
  orgCode: string;
  /** The sheet (XLSX) or the file name (CSV) the entries came from. */
  sheet: string;
  entries: Entry[];
}

/** A structural problem of an uploaded file: where (sheet, 1-based row, column letter) and what to fix, in Russian. */
export interface UploadProblem {
  sheet?: string;
  row?: number;
  column?: string;
  message: string;
}

// The layout of an organisation's sheet. Column A (hidden) holds the field keys; F is the only input.
export const INSTRUCTION_SHEET = 'Инструкция';
const CODE_ROW = 2;
const CODE_COLUMN = 'F';
export const CODE_CELL = `${CODE_COLUMN}${CODE_ROW}`;
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
const COLUMNS = [
  { header: 'Ключ', width: 12 },
  { header: 'Направление', width: 24 },
  { header: 'Данные', width: 48 },
  { header: 'Разрез', width: 16 },
  { header: 'Ед. изм.', width: 9 },
  { header: 'Значение', width: 13 },
  { header: 'Прошлый период', width: 13 },
] as const;
const KEY_COLUMN = 1;
const KEY_HEADER = COLUMNS[0].header;
const VALUE_COLUMN = 6;
const VALUE_HEADER = COLUMNS[5].header;
const PREVIOUS_COLUMN = 7;

const HEADER_FILL = 'FFEEF2F7';
const INPUT_FILL = 'FFFFF8E1';
const GREY = 'FF8C8C8C';
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };

/** CSV headers, compared lower-cased and trimmed. */
const CSV_HEADERS = { code: 'Код организации', key: 'Ключ', value: 'Значение' } as const;

/** dd.mm.yyyy of an ISO date or timestamp; the text itself when it is not one. */
function russianDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * A worksheet name Excel accepts, unique in the book (case-insensitively): forbidden characters
 * replaced, no quote at either end, at most 31 characters, « (2)» added to a repeated name.
 */
function sheetName(code: string, taken: Set<string>): string {
  const base =
    code
      .replace(/[*?:/\\[\]]/g, '-')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Организация';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Cells grouped by direction (directions in the order they first appear), FormCell order kept within a group. */
function groupedByDirection(cells: readonly FormCell[]): FormCell[] {
  const groups = new Map<string, FormCell[]>();
  for (const c of cells) {
    const group = groups.get(c.direction.code);
    if (group) group.push(c);
    else groups.set(c.direction.code, [c]);
  }
  return [...groups.values()].flat();
}

function validationOf(cell: FormCell): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Недопустимое значение' };
  switch (cell.valueType) {
    case 'integer':
      return {
        ...common,
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        error: 'Введите целое число не меньше 0 (без дробной части). Если данных нет, оставьте ячейку пустой.',
      };
    case 'number':
      return {
        ...common,
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        error: 'Введите число не меньше 0; дробную часть отделяйте запятой (12,5). Если данных нет, оставьте ячейку пустой.',
      };
    case 'boolean':
      return {
        ...common,
        type: 'list',
        formulae: ['"1,0"'],
        error: 'Введите 1 (да) или 0 (нет). Если данных нет, оставьте ячейку пустой.',
        showInputMessage: true,
        promptTitle: 'Да или нет',
        prompt: '1 — да, 0 — нет',
      };
  }
}

const numFmtOf = (cell: FormCell) => (cell.valueType === 'number' ? 'General' : '0');

function addInstructionSheet(
  wb: ExcelJS.Workbook,
  input: { campaignName: string; periodName: string; deadline: string },
  sheets: { name: string; org: TemplateOrg }[],
): void {
  const ws = wb.addWorksheet(INSTRUCTION_SHEET);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 80;
  const title = ws.addRow([`${input.campaignName} — ${input.periodName}`]);
  title.font = { bold: true, size: 13 };
  ws.addRow([`Срок представления данных: ${russianDate(input.deadline)}`]).font = { bold: true };
  ws.addRow([]);
  const lines = [
    'Как заполнить форму',
    '1. На листе каждой организации заполните только столбец «Значение» (F): остальные ячейки защищены от изменений.',
    '2. Не меняйте, не удаляйте и не переставляйте строки и код организации в ячейке F2: по ним система узнаёт, куда записать значение.',
    '3. Пустая ячейка означает «нет данных» (это не ноль). Если значение равно нулю, впишите 0.',
    '4. Дробные числа пишите через запятую: 12,5. Для «да/нет» впишите 1 (да) или 0 (нет).',
    '5. Столбец «Прошлый период» — для сверки; его не нужно заполнять.',
    '6. Сохраните файл в формате «Книга Excel (*.xlsx)» и загрузите его на странице кампании в СОКО.',
    '7. После загрузки система проверит значения и покажет ошибки с указанием листа и ячейки — исправьте их и загрузите файл снова.',
  ];
  lines.forEach((line, i) => {
    const row = ws.addRow([line]);
    if (i === 0) row.font = { bold: true };
    ws.mergeCells(row.number, 1, row.number, 3);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (i > 0) row.height = 30;
  });
  ws.addRow([]);
  const head = ws.addRow(['Лист', 'Код', 'Организация']);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }));
  for (const s of sheets) {
    const row = ws.addRow([s.name, s.org.code, s.org.name]);
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  }
}

function addOrgSheet(
  wb: ExcelJS.Workbook,
  name: string,
  input: { campaignName: string; periodName: string; deadline: string },
  org: TemplateOrg,
): void {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, topLeftCell: `B${FIRST_DATA_ROW}`, activeCell: `F${FIRST_DATA_ROW}` }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.getColumn(KEY_COLUMN).hidden = true;

  ws.getCell('B1').value = `${input.campaignName} — ${input.periodName} — срок: ${russianDate(input.deadline)}`;
  ws.getCell('B1').font = { bold: true, size: 12 };
  ws.mergeCells('B1:G1');
  ws.getCell('B2').value = 'Организация';
  ws.getCell('C2').value = org.name;
  ws.mergeCells('C2:D2');
  ws.getCell('C2').alignment = { wrapText: true, vertical: 'top' };
  ws.getCell('E2').value = 'Код';
  ws.getCell(CODE_CELL).value = org.code;
  for (const a of ['B2', 'E2']) ws.getCell(a).font = { bold: true };
  ws.getCell(CODE_CELL).font = { bold: true };
  ws.getCell(CODE_CELL).alignment = { horizontal: 'left' };
  ws.getCell('B3').value = 'Заполните столбец «Значение». Пустая ячейка — нет данных; ноль пишите как 0.';
  ws.getCell('B3').font = { italic: true, color: { argb: GREY } };
  ws.mergeCells('B3:G3');

  const header = ws.getRow(HEADER_ROW);
  header.values = COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    c.border = { bottom: THIN };
  });

  let previousDirection: string | null = null;
  groupedByDirection(org.cells).forEach((cell, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    row.values = [
      cell.key,
      `${cell.direction.code}. ${cell.direction.name}`,
      cell.name,
      cell.breakdownLabel,
      UNIT_LABELS[cell.unit] ?? cell.unit,
      org.values[cell.key] ?? null,
      org.previous[cell.key] ?? null,
    ];
    for (let c = 2; c <= COLUMNS.length; c++) {
      row.getCell(c).alignment = { wrapText: c <= 4, vertical: 'top' };
      row.getCell(c).border = { bottom: THIN, ...(cell.direction.code !== previousDirection && i > 0 ? { top: THIN } : {}) };
    }
    const value = row.getCell(VALUE_COLUMN);
    value.protection = { locked: false };
    value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
    value.numFmt = numFmtOf(cell);
    value.dataValidation = validationOf(cell);
    value.alignment = { horizontal: 'right', vertical: 'top' };
    const previous = row.getCell(PREVIOUS_COLUMN);
    previous.numFmt = numFmtOf(cell);
    previous.font = { color: { argb: GREY } };
    previous.alignment = { horizontal: 'right', vertical: 'top' };
    previousDirection = cell.direction.code;
  });
}

/**
 * The Excel template of a campaign's form: a sheet «Инструкция», then one sheet per organisation
 * (named by its code) with the fields grouped by direction. Column A (hidden) holds the field key,
 * F2 the organisation code; only «Значение» (F) is editable, with Excel's own check of the type.
 */
export async function buildFormTemplate(input: {
  campaignName: string;
  periodName: string;
  deadline: string;
  orgs: TemplateOrg[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'СОКО';
  const taken = new Set([INSTRUCTION_SHEET.toLowerCase()]);
  const sheets = input.orgs.map((org) => ({ name: sheetName(org.code, taken), org }));
  addInstructionSheet(wb, input, sheets);
  for (const { name, org } of sheets) addOrgSheet(wb, name, input, org);
  for (const ws of wb.worksheets) {
    if (ws.name === INSTRUCTION_SHEET) continue;
    // No password: the protection guards the keys against slips, not against intent. Only F of the
    // data rows is unlocked; formatting, inserting and deleting rows or columns stay off.
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// Reading an upload

const YES = new Set(['да', 'yes', 'true', 'истина']);
const NO = new Set(['нет', 'no', 'false', 'ложь']);

/** The raw value of a field: empty text is empty; «да»/«нет» of a yes/no field are 1/0; the rest as read. */
function rawOf(value: string | number | null, cell: FormCell): string | number | null {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return null;
  if (cell.valueType === 'boolean') {
    const lower = text.toLowerCase();
    if (YES.has(lower)) return 1;
    if (NO.has(lower)) return 0;
  }
  return value;
}

const textOf = (v: string | number | null | { error: string }): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

const NOT_A_TABLE =
  'Файл не похож на книгу Excel (.xlsx) или CSV. Скачайте шаблон на странице кампании, заполните его и сохраните как «Книга Excel (*.xlsx)» или «CSV (разделители — точка с запятой)».';

/** True when the bytes look like text: no NUL and almost no control characters other than tab and line breaks. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= head.length / 1000;
}

const byKeyOf = (cells: readonly FormCell[]) => new Map(cells.map((c) => [c.key, c]));

/**
 * What a filled-in campaign template may hold: a sheet per participant with a row per form field in
 * seven columns, plus the instruction, and slack for what a user adds (a note, an empty sheet).
 */
export function campaignUploadBudget(participants: number, formCells: number): WorkbookBudget {
  const sheets = participants + 6;
  const rows = Math.max(formCells, participants) + FIRST_DATA_ROW + 100;
  return {
    label: 'шаблона кампании',
    sheets,
    rows,
    columns: 30,
    cells: sheets * rows * 12 + 20_000,
    rangeCells: sheets * rows * 2 + 10_000,
  };
}

async function readXlsxUpload(bytes: Uint8Array, cellsOf: (orgCode: string) => FormCell[] | null, budget: WorkbookBudget) {
  const orgs: UploadedOrg[] = [];
  const problems: UploadProblem[] = [];
  const loaded = await loadWorkbook(
    bytes,
    'Файл не читается как книга Excel (.xlsx): он повреждён или это архив другого формата. Откройте его в Excel или LibreOffice, сохраните как «Книга Excel (*.xlsx)» и загрузите снова.',
    budget,
  );
  if (loaded.problem !== undefined) {
    problems.push({ message: loaded.problem });
    return { orgs, problems };
  }
  const wb = loaded.workbook;
  const sheetOfCode = new Map<string, string>();
  let formSheets = 0;
  for (const ws of wb.worksheets) {
    const sheet = ws.name;
    if (sheet.trim().toLowerCase() === INSTRUCTION_SHEET.toLowerCase()) continue;
    if (ws.actualRowCount === 0) continue; // an empty sheet a user added
    formSheets++;
    const at = (address: { row?: number; column?: string }, message: string) => {
      const where = [`Лист «${sheet}»`];
      if (address.row !== undefined && address.column !== undefined) where.push(`ячейка ${address.column}${address.row}`);
      else if (address.row !== undefined) where.push(`строка ${address.row}`);
      problems.push({ sheet, ...address, message: `${where.join(', ')}: ${message}` });
    };
    const code = textOf(xlsxCell(ws.getCell(CODE_CELL).value));
    const codeAddress = { row: CODE_ROW, column: CODE_COLUMN };
    const keyHeader = textOf(xlsxCell(ws.getCell(HEADER_ROW, KEY_COLUMN).value)).toLowerCase();
    const valueHeader = textOf(xlsxCell(ws.getCell(HEADER_ROW, VALUE_COLUMN).value)).toLowerCase();
    if (keyHeader !== KEY_HEADER.toLowerCase() || valueHeader !== VALUE_HEADER.toLowerCase()) {
      at(
        { row: HEADER_ROW },
        `лист не по шаблону кампании: в ячейке A${HEADER_ROW} должен быть заголовок «${KEY_HEADER}», в F${HEADER_ROW} — «${VALUE_HEADER}». ` +
          'Не вставляйте и не удаляйте столбцы и строки; скачайте шаблон на странице кампании заново и перенесите значения в него.',
      );
      continue;
    }
    if (code === '') {
      at(
        codeAddress,
        `нет кода организации. Код должен стоять в ячейке ${CODE_CELL}, как в шаблоне; скачайте шаблон на странице кампании заново.`,
      );
      continue;
    }
    const cells = cellsOf(code);
    if (!cells) {
      at(
        codeAddress,
        `Организация с кодом «${code}» не участвует в кампании. Проверьте код в ячейке ${CODE_CELL} или скачайте шаблон для своей организации на странице кампании.`,
      );
      continue;
    }
    const first = sheetOfCode.get(code);
    if (first !== undefined) {
      at(
        codeAddress,
        `код организации «${code}» уже встретился на листе «${first}». У каждой организации должен быть один лист: удалите лишнюю копию.`,
      );
      continue;
    }
    sheetOfCode.set(code, sheet);
    const byKey = byKeyOf(cells);
    const seen = new Map<string, number>();
    const entries: Entry[] = [];
    for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const key = textOf(xlsxCell(row.getCell(KEY_COLUMN).value));
      if (key === '') continue;
      const cell = byKey.get(key);
      if (!cell) {
        at(
          { row: r, column: 'A' },
          `ключ «${key}» не относится к форме организации «${code}». Не изменяйте скрытый столбец A «Ключ» и не копируйте строки с других листов; скачайте шаблон заново.`,
        );
        continue;
      }
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        at(
          { row: r, column: 'A' },
          `строка с ключом «${key}» (${cell.name}${cell.breakdownLabel ? `, ${cell.breakdownLabel}` : ''}) повторяет строку ${earlier}. Оставьте одну из них.`,
        );
        continue;
      }
      seen.set(key, r);
      const value = xlsxCell(row.getCell(VALUE_COLUMN).value);
      if (value !== null && typeof value === 'object') {
        at({ row: r, column: 'F' }, `${value.error}. Впишите в ячейку число или оставьте её пустой, если данных нет.`);
        continue;
      }
      entries.push({ element: cell.element, breakdown: cell.breakdown, raw: rawOf(value, cell), at: `${sheet}!F${r}` });
    }
    orgs.push({ orgCode: code, sheet, entries });
  }
  if (formSheets === 0 && problems.length === 0) {
    problems.push({
      message:
        'В книге нет листов организаций — только «Инструкция». Скачайте шаблон на странице кампании, заполните его и загрузите снова.',
    });
  }
  return { orgs, problems };
}

/** Lines a campaign CSV may have beyond one per field of the template: blank lines, repeats and rows of other organisations, all reported. */
const CSV_SPARE_ROWS = 1000;

/**
 * What a campaign CSV can hold, from the template of the caller's organisations: a header and a
 * row per field, a few columns (the template's three and the user's notes), lines of a table.
 */
export function campaignCsvBudget(fields: number, maxBytes: number): CsvBudget {
  return {
    maxLineChars: DEFAULT_MAX_LINE_CHARS,
    maxRows: fields + 1 + CSV_SPARE_ROWS,
    maxColumns: 50,
    maxBytes,
    rowsReason: `в шаблоне кампании для ваших организаций ${fields.toLocaleString('ru-RU')} полей (строка на поле)`,
  };
}

async function readCsvUpload(bytes: Uint8Array, fileName: string, cellsOf: (orgCode: string) => FormCell[] | null, budget: CsvBudget) {
  const orgs: UploadedOrg[] = [];
  const problems: UploadProblem[] = [];
  const { records, encoding } = await readCsvBytes(bytes, fileName, budget);
  const sheet = fileName;
  const at = (row: number, column: string | undefined, message: string) =>
    problems.push({
      sheet,
      row,
      ...(column ? { column } : {}),
      message: `Файл «${fileName}», строка ${row}${column ? `, столбец ${column}` : ''}: ${message}`,
    });
  const isBlank = (r: string[]) => r.every((c) => c.trim() === '');
  const headerIndex = records.findIndex((r) => !isBlank(r.cells));
  if (headerIndex < 0) {
    problems.push({ sheet, message: `Файл «${fileName}» пуст. Заполните шаблон кампании и загрузите его снова.` });
    return { orgs, problems, encoding };
  }
  const header = records[headerIndex]!.cells.map((h) => h.trim().toLowerCase());
  const col = {
    code: header.indexOf(CSV_HEADERS.code.toLowerCase()),
    key: header.indexOf(CSV_HEADERS.key.toLowerCase()),
    value: header.indexOf(CSV_HEADERS.value.toLowerCase()),
  };
  const missing = (Object.keys(col) as (keyof typeof col)[]).filter((k) => col[k] < 0).map((k) => `«${CSV_HEADERS[k]}»`);
  if (missing.length > 0) {
    at(
      records[headerIndex]!.line,
      undefined,
      `в строке заголовков нет ${missing.length === 1 ? 'столбца' : 'столбцов'} ${missing.join(', ')}. ` +
        `Первая строка файла — заголовки «${CSV_HEADERS.code}», «${CSV_HEADERS.key}», «${CSV_HEADERS.value}» (разделитель — точка с запятой или запятая).`,
    );
    return { orgs, problems, encoding };
  }
  const letter = { code: columnLetter(col.code + 1), key: columnLetter(col.key + 1), value: columnLetter(col.value + 1) };
  const byOrg = new Map<string, { org: UploadedOrg; byKey: Map<string, FormCell>; seen: Map<string, number> }>();
  const unknownOrgs = new Set<string>();
  for (let i = headerIndex + 1; i < records.length; i++) {
    const { cells: cellsOfRow, line: n } = records[i]!;
    if (isBlank(cellsOfRow)) continue;
    const code = (cellsOfRow[col.code] ?? '').trim();
    const key = (cellsOfRow[col.key] ?? '').trim();
    if (code === '') {
      at(n, letter.code, `не указан код организации. Впишите его в столбец «${CSV_HEADERS.code}».`);
      continue;
    }
    if (key === '') {
      at(n, letter.key, `не указан ключ поля. Впишите его в столбец «${CSV_HEADERS.key}», как в шаблоне кампании.`);
      continue;
    }
    let org = byOrg.get(code);
    if (!org) {
      if (unknownOrgs.has(code)) continue;
      const cells = cellsOf(code);
      if (!cells) {
        unknownOrgs.add(code);
        at(
          n,
          letter.code,
          `Организация с кодом «${code}» не участвует в кампании. Проверьте код (строки с ним не прочитаны) или скачайте шаблон на странице кампании.`,
        );
        continue;
      }
      org = { org: { orgCode: code, sheet, entries: [] }, byKey: byKeyOf(cells), seen: new Map() };
      byOrg.set(code, org);
      orgs.push(org.org);
    }
    const cell = org.byKey.get(key);
    if (!cell) {
      at(n, letter.key, `ключ «${key}» не относится к форме организации «${code}». Скопируйте ключи из шаблона кампании без изменений.`);
      continue;
    }
    const earlier = org.seen.get(key);
    if (earlier !== undefined) {
      at(n, letter.key, `ключ «${key}» организации «${code}» уже встретился в строке ${earlier}. Оставьте одну из строк.`);
      continue;
    }
    org.seen.set(key, n);
    org.org.entries.push({
      element: cell.element,
      breakdown: cell.breakdown,
      raw: rawOf(cellsOfRow[col.value] ?? '', cell),
      at: `${fileName}!${letter.value}${n}`,
    });
  }
  return { orgs, problems, encoding };
}

/**
 * Reads a filled-in form: an XLSX template (every sheet but «Инструкция»; the organisation by the
 * code in F2, the fields by the keys in column A, values from column F) or a CSV with columns
 * «Код организации», «Ключ», «Значение» (UTF-8, UTF-16 or Windows-1251; `;`, `,` or tab), read under
 * `csvBudget`. Only the structure is
 * checked here — organisations, keys, repeats; the values are checked by validateEntries.
 */
export async function readFormUpload(
  bytes: Uint8Array,
  fileName: string,
  cellsOf: (orgCode: string) => FormCell[] | null,
  budgets: { csv: CsvBudget; workbook: WorkbookBudget },
): Promise<{ orgs: UploadedOrg[]; problems: UploadProblem[]; format: 'xlsx' | 'csv'; encoding?: string }> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { ...(await readXlsxUpload(bytes, cellsOf, budgets.workbook)), format: 'xlsx' };
  if (bytes.length === 0) {
    return {
      orgs: [],
      problems: [{ message: `Файл «${fileName}» пуст. Заполните шаблон кампании и загрузите его снова.` }],
      format: 'csv',
    };
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && !looksLikeText(bytes)) {
    const oldExcel = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    const hint = oldExcel ? ' Похоже, это книга старого формата Excel 97–2003 (.xls): пересохраните её как .xlsx.' : '';
    return { orgs: [], problems: [{ message: `${NOT_A_TABLE}${hint}` }], format: 'csv' };
  }
  return { ...(await readCsvUpload(bytes, fileName, cellsOf, budgets.csv)), format: 'csv' };
}
