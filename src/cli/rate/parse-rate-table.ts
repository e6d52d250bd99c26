import { AppError, type AppErrorDetail } from '../../app/app-error.ts';
import { columnLetter } from '../../domain/export/column-letter.ts';
import type { Grid, GridCell } from '../../app/tables/read-grid.ts';
import type { Polarity } from '../../domain/catalogue/catalogue.ts';
import { missing, ok } from '../../domain/engine/outcome.ts';
import { parseEnteredNumber } from '../../domain/collection/parse-entered-number.ts';
import type { RatingIndicator, RatingObject } from '../../domain/engine/rating.ts';

/** An indicator column of the input table. */
export interface TableIndicator extends RatingIndicator {
  /** 1-based column number. */
  column: number;
}

/** The input table of `soko rate`, parsed. */
export interface RateTable {
  objectHeader: string;
  hasDirections: boolean;
  indicators: TableIndicator[];
  objects: (RatingObject & { row: number })[];
}

const META = { direction: ['направление', 'direction'], polarity: ['полярность', 'polarity'], weight: ['вес', 'weight'] } as const;
type MetaKind = keyof typeof META;
// Empty cells as the rate table accepts them (compared without spaces); «x» stays an error here.
const NO_DATA = new Set(['-', '—', '–', 'н/д', 'нетданных', 'нд']);

const text = (c: GridCell | undefined): string => (typeof c === 'string' ? c.trim() : typeof c === 'number' ? String(c) : '');
const isEmpty = (c: GridCell | undefined) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

function metaKind(c: GridCell | undefined): MetaKind | undefined {
  const t = text(c).toLowerCase();
  return (Object.keys(META) as MetaKind[]).find((k) => (META[k] as readonly string[]).includes(t));
}

/**
 * A number from a cell, read by the one rule for numbers as people write them («1 234,5», «12.5»);
 * «—», «н/д» and the like are empty. A percent sign is refused: the table holds plain values.
 */
export function parseNumber(c: GridCell | undefined): { value: number } | { empty: true } | { error: string } {
  if (typeof c === 'object' && c !== null) return { error: c.error };
  if (typeof c === 'string' && NO_DATA.has(c.replace(/\s/g, '').toLowerCase())) return { empty: true };
  const read = parseEnteredNumber(c);
  if (read.kind === 'number') return { value: read.value };
  if (read.kind === 'empty') return { empty: true };
  return { error: typeof c === 'number' ? 'не число' : `«${String(c).trim()}» — не число` };
}

function parsePolarity(t: string): Polarity | undefined {
  const s = t
    .toLowerCase()
    .replace(/[\s—–-]+/g, ' ')
    .trim();
  if (s === '' || s.startsWith('больше') || s.startsWith('higher')) return 'higher_better';
  if (s.startsWith('меньше') || s.startsWith('lower')) return 'lower_better';
  if (s.startsWith('контекст') || s.startsWith('context')) return 'context';
  return undefined;
}

/**
 * Reads the `soko rate` layout: optional rows «Направление», «Полярность», «Вес» (label in
 * column A), then the header row (A = object header, then indicator names), then one row per
 * object. Collects every problem and throws one AppError naming sheet, row and column.
 */
export function parseRateTable(grid: Grid): RateTable {
  const issues: AppErrorDetail[] = [];
  const at = (row: number, column: number, message: string) =>
    issues.push({
      sheet: grid.sheet,
      row,
      column: columnLetter(column),
      message: `Лист «${grid.sheet}», строка ${row}, столбец ${columnLetter(column)}: ${message}`,
    });
  const meta = new Map<MetaKind, { row: number; cells: GridCell[] }>();
  let headerIndex = -1;
  for (let i = 0; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    if (cells.every(isEmpty)) continue;
    const kind = metaKind(cells[0]);
    if (!kind) {
      headerIndex = i;
      break;
    }
    meta.set(kind, { row: i + 1, cells });
  }
  const header = grid.rows[headerIndex];
  if (!header) throw new AppError('import_invalid', `Лист «${grid.sheet}»: нет строки заголовка с названиями объектов и показателей.`);
  const dataRows = grid.rows.slice(headerIndex + 1);
  const headerRow = headerIndex + 1;
  const width = Math.max(header.length, ...dataRows.map((r) => r.length));
  const objectHeader = text(header[0]) || 'Объект';

  const indicators: TableIndicator[] = [];
  const seenCodes = new Map<string, number>();
  for (let c = 2; c <= width; c++) {
    const name = text(header[c - 1]);
    const hasData = dataRows.some((r) => !isEmpty(r[c - 1]));
    if (!name) {
      if (hasData) at(headerRow, c, 'пустой заголовок столбца с данными. Впишите название показателя или удалите столбец.');
      continue;
    }
    const prev = seenCodes.get(name.toLowerCase());
    if (prev !== undefined) {
      at(headerRow, c, `показатель «${name}» уже есть в столбце ${columnLetter(prev)}. Названия показателей должны различаться.`);
      continue;
    }
    seenCodes.set(name.toLowerCase(), c);
    const dirText = text(meta.get('direction')?.cells[c - 1]);
    const polText = text(meta.get('polarity')?.cells[c - 1]);
    const polarity = parsePolarity(polText);
    const pr = meta.get('polarity')?.row;
    if (!polarity && pr) at(pr, c, `полярность «${polText}» не распознана. Напишите «больше — лучше», «меньше — лучше» или «контекст».`);
    let weight: number | undefined;
    const wr = meta.get('weight');
    if (wr) {
      const w = parseNumber(wr.cells[c - 1]);
      if ('error' in w || ('value' in w && w.value < 0))
        at(wr.row, c, `вес: ${'error' in w ? w.error : 'отрицательный'}. Вес — неотрицательное число; пусто = 1.`);
      else if ('value' in w) weight = w.value;
    }
    const directions = dirText
      ? dirText
          .split(/[;,]/)
          .map((d) => d.trim())
          .filter(Boolean)
      : [];
    indicators.push({
      code: name,
      column: c,
      directions,
      polarity: polarity ?? 'higher_better',
      ...(weight !== undefined ? { weight } : {}),
    });
  }

  const objects: RateTable['objects'] = [];
  const seenObjects = new Map<string, number>();
  dataRows.forEach((cells, i) => {
    const row = headerRow + 1 + i;
    if (cells.every(isEmpty)) return;
    const id = text(cells[0]);
    if (!id) return void at(row, 1, 'пустое название объекта. Впишите название или удалите строку.');
    const prev = seenObjects.get(id.toLowerCase());
    if (prev !== undefined) return void at(row, 1, `объект «${id}» уже есть в строке ${prev}. Каждый объект — одна строка.`);
    seenObjects.set(id.toLowerCase(), row);
    const values: RatingObject['values'] = {};
    for (const ind of indicators) {
      const n = parseNumber(cells[ind.column - 1]);
      if ('error' in n)
        at(
          row,
          ind.column,
          `${n.error}. Введите число (десятичный разделитель — запятая или точка) или оставьте ячейку пустой («нет данных»).`,
        );
      values[ind.code] = 'value' in n ? ok(n.value) : missing('нет данных');
    }
    objects.push({ id, row, values });
  });
  if (indicators.length === 0 && issues.length === 0) at(headerRow, 2, 'нет ни одного столбца показателя.');
  if (objects.length === 0 && issues.length === 0) at(headerRow + 1, 1, 'нет ни одной строки объекта.');
  if (issues.length > 0) {
    throw new AppError(
      'import_invalid',
      `Таблица не прочитана (${issues.length}):\n${issues.map((i) => `  ${i.message}`).join('\n')}`,
      issues,
    );
  }
  return { objectHeader, hasDirections: meta.has('direction'), indicators, objects };
}
