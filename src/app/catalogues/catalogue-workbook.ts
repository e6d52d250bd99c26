import ExcelJS from 'exceljs';
import type { WorkbookBudget } from '../../domain/tables/workbook-budget.ts';
import { loadWorkbook } from '../tables/load-workbook.ts';
import type { Catalogue, DataElement } from '../../domain/catalogue/catalogue.ts';
import { parseEnteredNumber } from '../../domain/collection/parse-entered-number.ts';
import { columnLetter } from '../../domain/export/column-letter.ts';
import {
  CYCLE_BLOCK_LABELS,
  KIND_LABELS,
  LEVEL_LABELS,
  METHOD_LABELS,
  PERIOD_KIND_LABELS,
  POLARITY_LABELS,
  SUMMARY_LABELS,
  UNIT_LABELS,
  codeFromLabel,
} from '../../domain/catalogue/catalogue-labels.ts';
import { ORG_TYPES, type OrgType } from '../../domain/org/org-kind.ts';
import { toRussianDate } from '../../domain/export/to-russian-date.ts';
import { cellText, parseDate, type ImportIssue } from './workbook-cells.ts';

export const SHEETS = {
  meta: 'Методика',
  directions: 'Блоки и направления',
  indicators: 'Показатели',
  components: 'Компоненты цикла',
  positions: 'Позиции оценивания',
  elements: 'Элементы данных',
} as const;

const ORG_TYPE_SHORT: Record<OrgType, string> = {
  school: 'школа',
  kindergarten: 'детский сад',
  supplementary: 'доп. образование',
  college: 'колледж',
};

const META_ROWS = [
  'Код',
  'Версия',
  'Вид',
  'Название',
  'Действует с',
  'Действует по',
  'Источник',
  'Описание',
  'Итоговый балл',
  'Точность',
  'Минимальная полнота',
  'Правила оценки (JSON)',
] as const;
const DIRECTION_COLUMNS = [
  'Код блока',
  'Блок',
  'Код направления',
  'Направление',
  'Цели (каждая с новой строки)',
  'Необязательное',
] as const;
const INDICATOR_COLUMNS = [
  'Код',
  'Наименование',
  'Направления',
  'Единица',
  'Полярность',
  'Период',
  'Типы организаций',
  'Метод сбора',
  'Формула',
  'Источник',
  'Примечание',
  'Уровни образования',
] as const;
/** Columns older workbooks may lack: read when present. */
const OPTIONAL_INDICATOR_COLUMNS: readonly string[] = ['Уровни образования'];
const COMPONENT_COLUMNS = ['Код', 'Компонент', 'Блок цикла'] as const;
const POSITION_COLUMNS = [
  'Код направления',
  'Код позиции',
  'Компонент',
  'Позиция оценивания',
  'Макс. балл',
  'Источник',
  'Выведена',
] as const;
const ELEMENT_COLUMNS = ['Код', 'Элемент данных', 'Тип значения', 'Единица', 'Уровень', 'Разрезы'] as const;

function addTable(wb: ExcelJS.Workbook, name: string, columns: readonly string[], rows: (string | number)[][], widths: number[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...columns]);
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  columns.forEach((_, i) => {
    const col = ws.getColumn(i + 1);
    col.width = widths[i] ?? 20;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** Writes a catalogue to an XLSX workbook a methodologist can edit in Excel or LibreOffice. */
export async function exportCatalogueWorkbook(c: Catalogue, elements: DataElement[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'СОКО';
  const metaValues: Record<(typeof META_ROWS)[number], string | number> = {
    Код: c.code,
    Версия: c.version,
    Вид: KIND_LABELS[c.kind],
    Название: c.name,
    'Действует с': toRussianDate(c.validFrom),
    'Действует по': c.validTo ? toRussianDate(c.validTo) : '',
    Источник: c.source,
    Описание: c.description ?? '',
    'Итоговый балл': c.summary ? SUMMARY_LABELS[c.summary] : '',
    Точность: c.precision ?? '',
    'Минимальная полнота': c.minCompleteness ?? '',
    'Правила оценки (JSON)': c.scoring ? JSON.stringify(c.scoring) : '',
  };
  const meta = META_ROWS.map((name) => [name, metaValues[name]]);
  addTable(wb, SHEETS.meta, ['Поле', 'Значение'], meta, [24, 100]);
  const directionRows = c.blocks.flatMap((b) =>
    b.directions.map((d) => [b.code, b.name, d.code, d.name, (d.goals ?? []).join('\n'), d.optional ? 'да' : '']),
  );
  addTable(wb, SHEETS.directions, DIRECTION_COLUMNS, directionRows, [10, 40, 14, 50, 80, 14]);
  if (c.kind === 'indicators') {
    const rows = (c.indicators ?? []).map((i) => [
      i.code,
      i.name,
      i.directions.join(', '),
      UNIT_LABELS[i.unit],
      POLARITY_LABELS[i.polarity],
      PERIOD_KIND_LABELS[i.periodKind],
      i.orgTypes.map((t) => ORG_TYPE_SHORT[t]).join(', '),
      METHOD_LABELS[i.method],
      i.formula,
      i.source,
      i.note ?? '',
      (i.levels ?? []).join(', '),
    ]);
    addTable(wb, SHEETS.indicators, INDICATOR_COLUMNS, rows, [10, 70, 14, 10, 22, 16, 22, 24, 50, 30, 30, 18]);
  } else {
    addTable(
      wb,
      SHEETS.components,
      COMPONENT_COLUMNS,
      (c.components ?? []).map((x) => [x.code, x.name, CYCLE_BLOCK_LABELS[x.block]]),
      [16, 50, 20],
    );
    const rows = c.blocks.flatMap((b) =>
      b.directions.flatMap((d) =>
        (d.positions ?? []).map((p) => [d.code, p.code, p.component, p.name, p.maxPoints, p.source, p.derived ? 'да' : '']),
      ),
    );
    addTable(wb, SHEETS.positions, POSITION_COLUMNS, rows, [14, 18, 16, 70, 10, 50, 10]);
  }
  const elementRows = elements.map((e) => [
    e.code,
    e.name,
    e.valueType,
    UNIT_LABELS[e.unit],
    LEVEL_LABELS[e.level],
    e.breakdowns.join(', '),
  ]);
  addTable(wb, `${SHEETS.elements} (справочно)`, ELEMENT_COLUMNS, elementRows, [28, 70, 12, 10, 16, 24]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Where each catalogue item came from in the workbook, to point issues at cells. */
export interface WorkbookOrigins {
  indicatorRows: number[];
  positionRows: Map<string, number>;
  directionRows: Map<string, number>;
}

type Cells = Record<string, string>;

/** Reads the header row and every non-empty row as records keyed by header. */
function readTable(
  ws: ExcelJS.Worksheet,
  expected: readonly string[],
  issues: ImportIssue[],
  optional: readonly string[] = [],
): { row: number; cells: Cells }[] {
  const header = ws.getRow(1);
  const index = new Map<string, number>();
  header.eachCell((cell, col) => {
    const t = cellText(cell);
    if ('text' in t) index.set(t.text, col);
  });
  for (const name of expected) {
    if (!index.has(name) && !optional.includes(name))
      issues.push({ sheet: ws.name, row: 1, column: null, message: `Нет столбца «${name}»: верните его в строку заголовков.` });
  }
  const rows: { row: number; cells: Cells }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const cells: Cells = {};
    let empty = true;
    for (const name of expected) {
      const col = index.get(name);
      if (col === undefined) continue;
      const t = cellText(row.getCell(col));
      if ('error' in t) {
        issues.push({ sheet: ws.name, row: n, column: columnLetter(col), message: `Столбец «${name}»: ${t.error}.` });
        continue;
      }
      cells[name] = t.text;
      if (t.text !== '') empty = false;
    }
    if (!empty) rows.push({ row: n, cells });
  });
  return rows;
}

/**
 * What a catalogue workbook may hold: the largest methodology has a few hundred indicators, so ten
 * thousand rows of up to a hundred columns on a handful of sheets is far above any real one.
 */
export const CATALOGUE_WORKBOOK_BUDGET: WorkbookBudget = {
  label: 'книги методики',
  sheets: 20,
  rows: 10_000,
  columns: 100,
  cells: 300_000,
  rangeCells: 100_000,
};

/** A number in a cell as people write it («1 234,5», «0,01»); NaN when it is not one (the schema then refuses it). */
function workbookNumber(text: string): number {
  const read = parseEnteredNumber(text);
  return read.kind === 'number' ? read.value : Number.NaN;
}

const list = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Reads a workbook back into a raw catalogue (to be validated like a file). Labels and codes are
 * both accepted; what cannot be read is reported by sheet, row and column.
 */
export async function readCatalogueWorkbook(
  buffer: Buffer,
): Promise<{ raw: Record<string, unknown> | null; issues: ImportIssue[]; origins: WorkbookOrigins }> {
  const issues: ImportIssue[] = [];
  const origins: WorkbookOrigins = { indicatorRows: [], positionRows: new Map(), directionRows: new Map() };
  const loaded = await loadWorkbook(
    buffer,
    'Файл не читается как книга Excel (.xlsx). Сохраните его в формате «Книга Excel (*.xlsx)» и загрузите снова.',
    CATALOGUE_WORKBOOK_BUDGET,
  );
  if (loaded.problem !== undefined) {
    issues.push({ sheet: '', row: null, column: null, message: loaded.problem });
    return { raw: null, issues, origins };
  }
  const wb = loaded.workbook;
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws)
      issues.push({
        sheet: name,
        row: null,
        column: null,
        message: `Нет листа «${name}»: выгрузите методику заново и вносите правки в её листы.`,
      });
    return ws;
  };
  const metaSheet = sheet(SHEETS.meta);
  const dirSheet = sheet(SHEETS.directions);
  if (!metaSheet || !dirSheet) return { raw: null, issues, origins };

  const meta = new Map<string, { text: string; row: number }>();
  metaSheet.eachRow((row, n) => {
    const key = cellText(row.getCell(1));
    const value = cellText(row.getCell(2));
    if ('error' in value) issues.push({ sheet: SHEETS.meta, row: n, column: 'B', message: value.error });
    else if ('text' in key) meta.set(key.text, { text: value.text, row: n });
  });
  const metaValue = (name: (typeof META_ROWS)[number]) => meta.get(name)?.text ?? '';
  const metaIssue = (name: string, message: string) =>
    issues.push({ sheet: SHEETS.meta, row: meta.get(name)?.row ?? null, column: 'B', message });

  const kind = codeFromLabel(KIND_LABELS, metaValue('Вид'));
  if (!kind) metaIssue('Вид', `«${metaValue('Вид')}»: укажите «показатели» или «механизмы управления».`);
  const version = Number(metaValue('Версия'));
  const date = (name: 'Действует с' | 'Действует по', required: boolean) => {
    const text = metaValue(name);
    if (text === '' && !required) return null;
    const iso = parseDate(text);
    if (!iso) metaIssue(name, `«${text}» — не дата: укажите в виде ДД.ММ.ГГГГ.`);
    return iso;
  };
  const raw: Record<string, unknown> = {
    code: metaValue('Код'),
    version: Number.isInteger(version) ? version : metaValue('Версия'),
    kind: kind ?? metaValue('Вид'),
    name: metaValue('Название'),
    validFrom: date('Действует с', true),
    validTo: date('Действует по', false),
    source: metaValue('Источник'),
  };
  if (metaValue('Описание')) raw.description = metaValue('Описание');
  if (metaValue('Итоговый балл')) raw.summary = codeFromLabel(SUMMARY_LABELS, metaValue('Итоговый балл')) ?? metaValue('Итоговый балл');
  if (metaValue('Точность')) raw.precision = workbookNumber(metaValue('Точность'));
  if (metaValue('Минимальная полнота')) raw.minCompleteness = workbookNumber(metaValue('Минимальная полнота'));
  if (metaValue('Правила оценки (JSON)')) {
    try {
      raw.scoring = JSON.parse(metaValue('Правила оценки (JSON)')) as unknown;
    } catch {
      metaIssue('Правила оценки (JSON)', 'Правила оценки — не корректный JSON: не меняйте их в Excel или проверьте скобки и кавычки.');
    }
  }

  const blocks: { code: string; name: string; directions: Record<string, unknown>[] }[] = [];
  for (const { row, cells } of readTable(dirSheet, DIRECTION_COLUMNS, issues)) {
    const blockCode = cells['Код блока'] ?? '';
    let block = blocks.find((b) => b.code === blockCode);
    if (!block) {
      block = { code: blockCode, name: cells['Блок'] ?? '', directions: [] };
      blocks.push(block);
    }
    const direction: Record<string, unknown> = { code: cells['Код направления'] ?? '', name: cells['Направление'] ?? '' };
    const goals = (cells['Цели (каждая с новой строки)'] ?? '')
      .split('\n')
      .map((g) => g.trim())
      .filter(Boolean);
    if (goals.length) direction.goals = goals;
    if ((cells['Необязательное'] ?? '').toLowerCase() === 'да') direction.optional = true;
    block.directions.push(direction);
    origins.directionRows.set(String(direction.code), row);
  }
  raw.blocks = blocks;

  if (kind === 'indicators') {
    const ws = sheet(SHEETS.indicators);
    if (ws) {
      const indicators: Record<string, unknown>[] = [];
      for (const { row, cells } of readTable(ws, INDICATOR_COLUMNS, issues, OPTIONAL_INDICATOR_COLUMNS)) {
        const at = (name: (typeof INDICATOR_COLUMNS)[number]) => columnLetter(INDICATOR_COLUMNS.indexOf(name) + 1);
        const pick = <K extends string>(labels: Record<K, string>, name: (typeof INDICATOR_COLUMNS)[number]): K | string => {
          const text = cells[name] ?? '';
          const code = codeFromLabel(labels, text);
          if (!code)
            issues.push({
              sheet: SHEETS.indicators,
              row,
              column: at(name),
              message: `«${text}» — недопустимое значение. Допустимо: ${Object.values<string>(labels)
                .map((l) => `«${l}»`)
                .join(', ')}.`,
            });
          return code ?? text;
        };
        const orgTypes = list(cells['Типы организаций'] ?? '').map((t) => {
          const code = codeFromLabel(ORG_TYPE_SHORT, t) ?? (ORG_TYPES as readonly string[]).find((x) => x === t);
          if (!code)
            issues.push({
              sheet: SHEETS.indicators,
              row,
              column: at('Типы организаций'),
              message: `«${t}» — неизвестный тип организации. Допустимо: ${Object.values(ORG_TYPE_SHORT).join(', ')}.`,
            });
          return code ?? t;
        });
        const indicator: Record<string, unknown> = {
          code: cells['Код'] ?? '',
          name: cells['Наименование'] ?? '',
          directions: list(cells['Направления'] ?? ''),
          unit: pick(UNIT_LABELS, 'Единица'),
          polarity: pick(POLARITY_LABELS, 'Полярность'),
          periodKind: pick(PERIOD_KIND_LABELS, 'Период'),
          orgTypes,
          method: pick(METHOD_LABELS, 'Метод сбора'),
          formula: cells['Формула'] ?? '',
          source: cells['Источник'] ?? '',
        };
        if (cells['Примечание']) indicator.note = cells['Примечание'];
        if (cells['Уровни образования']) indicator.levels = list(cells['Уровни образования']);
        indicators.push(indicator);
        origins.indicatorRows.push(row);
      }
      raw.indicators = indicators;
    }
  } else if (kind === 'mechanisms') {
    const cs = sheet(SHEETS.components);
    if (cs) {
      raw.components = readTable(cs, COMPONENT_COLUMNS, issues).map(({ row, cells }) => {
        const block = codeFromLabel(CYCLE_BLOCK_LABELS, cells['Блок цикла'] ?? '');
        if (!block)
          issues.push({
            sheet: SHEETS.components,
            row,
            column: 'C',
            message: `«${cells['Блок цикла'] ?? ''}»: укажите концептуальный, процессуальный или управленческий.`,
          });
        return { code: cells['Код'] ?? '', name: cells['Компонент'] ?? '', block: block ?? cells['Блок цикла'] };
      });
    }
    const ps = sheet(SHEETS.positions);
    if (ps) {
      for (const { row, cells } of readTable(ps, POSITION_COLUMNS, issues)) {
        const direction = blocks.flatMap((b) => b.directions).find((d) => d.code === cells['Код направления']);
        if (!direction) {
          issues.push({
            sheet: SHEETS.positions,
            row,
            column: 'A',
            message: `Направление «${cells['Код направления'] ?? ''}» не найдено на листе «${SHEETS.directions}».`,
          });
          continue;
        }
        const points = workbookNumber(cells['Макс. балл'] ?? '');
        const position: Record<string, unknown> = {
          code: cells['Код позиции'] ?? '',
          component: cells['Компонент'] ?? '',
          name: cells['Позиция оценивания'] ?? '',
          maxPoints: Number.isFinite(points) ? points : cells['Макс. балл'],
          source: cells['Источник'] ?? '',
        };
        if ((cells['Выведена'] ?? '').toLowerCase() === 'да') position.derived = true;
        const positions = (direction.positions as Record<string, unknown>[] | undefined) ?? [];
        positions.push(position);
        direction.positions = positions;
        origins.positionRows.set(String(position.code), row);
      }
    }
  }
  return { raw, issues, origins };
}
