import ExcelJS from 'exceljs';
import type { WorkbookBudget } from '../../domain/tables/workbook-budget.ts';
import { loadWorkbook } from '../tables/load-workbook.ts';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { parseEnteredNumber } from '../../domain/collection/parse-entered-number.ts';
import { MEAN_DIRECTION_INDEX_RULE, MECHANISM_STEP_RULES } from '../../domain/engine/mechanism-step-rules.ts';
import { decimalsOf } from '../../domain/engine/round-to-precision.ts';
import type { ScoreInput } from '../../domain/scoring/check-score.ts';
import { AppError, forbidden, type AppErrorDetail } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { columnLetter } from '../../domain/export/column-letter.ts';
import { pluralRu } from '../../domain/export/plural-ru.ts';
import { safeFileName } from '../../domain/export/safe-file-name.ts';
import { xlsxCell, type GridCell } from '../tables/read-grid.ts';
import { roundDetail, type IndexNumber, type RoundDetail, type RoundObject } from './round-queries.ts';
import { resolveObject, roundScores, type ObjectScores } from './round-scores.ts';
import { checkScores, writeScores } from './save-scores.ts';
import { assignedObjects, loadMechanismCatalogue, loadRound, roundPositions, type RoundRecord } from './scoring-round.ts';

// ---------------------------------------------------------------------------------------------
// Layout

export const INSTRUCTION_SHEET = 'Инструкция';
export const INDICES_SHEET = 'Индексы';
export const SCORES_SHEET = 'Баллы';

/** The fixed columns of «Баллы», A–J; H–J are the scorer's input. The reader finds them by these headers. */
const SCORE_COLUMNS = [
  { key: 'objectCode', header: 'Код объекта', width: 14 },
  { key: 'object', header: 'Объект', width: 28 },
  { key: 'direction', header: 'Направление', width: 28 },
  { key: 'component', header: 'Компонент', width: 22 },
  { key: 'positionCode', header: 'Код позиции', width: 18 },
  { key: 'position', header: 'Позиция оценивания', width: 55 },
  { key: 'max', header: 'Макс. балл', width: 8 },
  { key: 'points', header: 'Балл', width: 8 },
  { key: 'comment', header: 'Комментарий', width: 40 },
  { key: 'links', header: 'Ссылки', width: 40 },
] as const;
type ScoreColumnKey = (typeof SCORE_COLUMNS)[number]['key'];
const COL = Object.fromEntries(SCORE_COLUMNS.map((c, i) => [c.key, i + 1])) as Record<ScoreColumnKey, number>;
const HEADER = Object.fromEntries(SCORE_COLUMNS.map((c) => [c.key, c.header])) as Record<ScoreColumnKey, string>;
const SCORES_HEADER_ROW = 3;

/** How far down the reader looks for the header row of «Баллы». */
const HEADER_SEARCH_ROWS = 30;

const HEADER_FILL = 'FFEEF2F7';
const INPUT_FILL = 'FFFFF8DC';
const DISPUTE_FILL = 'FFFFC7CE';
const ZONE_FILL: Record<string, string> = { green: 'FFC6EFCE', yellow: 'FFFFEB9C', red: 'FFFFC7CE' };
const GREY = 'FF8C8C8C';
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };

const NOT_COMPUTED = 'не рассчитан';

// ---------------------------------------------------------------------------------------------
// Export

const fixed = (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    c.border = { bottom: THIN };
  });
}

/** A computed number: the unrounded value with a display format, or «не рассчитан (причина)» in grey. */
function putNumber(cell: ExcelJS.Cell, n: IndexNumber, numFmt: string): void {
  if (n.value !== null) {
    cell.value = n.value;
    cell.numFmt = numFmt;
    cell.alignment = { horizontal: 'right', vertical: 'top' };
  } else {
    cell.value = `${NOT_COMPUTED}${n.reason ? ` (${n.reason.replace(/\.$/, '')})` : ''}`;
    cell.font = { color: { argb: GREY }, italic: true };
    cell.alignment = { vertical: 'top' };
  }
}

/** A place as a number (sortable); a shared place shows its range through the number format: 2 → «2–3». */
function putPlace(cell: ExcelJS.Cell, label: string | null): void {
  const m = label ? /^(\d+)(?:\s*[–-]\s*(\d+))?$/.exec(label) : null;
  if (m) {
    cell.value = Number(m[1]);
    cell.numFmt = m[2] ? `0"–${m[2]}"` : '0';
    cell.alignment = { horizontal: 'right', vertical: 'top' };
  } else {
    cell.value = label ?? '—';
    cell.font = { color: { argb: GREY }, italic: true };
  }
}

function putCount(cell: ExcelJS.Cell, n: number, numFmt: string): void {
  cell.value = n;
  cell.numFmt = numFmt;
  cell.alignment = { horizontal: 'right', vertical: 'top' };
}

interface ExportData {
  /** The caller. */
  userId: number;
  round: RoundRecord;
  detail: RoundDetail;
  catalogue: Catalogue;
  scores: Map<number, ObjectScores>;
  /** Objects the caller is assigned to score. */
  mine: Set<number>;
  /** For the round's managers: every scorer of the visible objects, by name. */
  experts: { userId: number; fullName: string }[];
}

function addInstructionSheet(wb: ExcelJS.Workbook, data: ExportData): void {
  const { round, detail, mine } = data;
  const ws = wb.addWorksheet(INSTRUCTION_SHEET);
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 100;
  const title = ws.addRow([round.name]);
  title.font = { bold: true, size: 13 };
  ws.mergeCells(title.number, 1, title.number, 2);
  const field = (name: string, value: string | number | Date, numFmt?: string) => {
    const row = ws.addRow([name, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    if (numFmt) row.getCell(2).numFmt = numFmt;
  };
  const text = (line: string, bold = false) => {
    const row = ws.addRow([line]);
    ws.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (bold) row.font = { bold: true };
    else row.height = Math.max(15, Math.ceil(line.length / 110) * 15);
  };
  field('Методика', detail.catalogueName);
  field('Период', round.periodName);
  field('Территория', round.scopeName);
  field('Вид оценки', round.kind === 'self' ? 'самооценка' : 'экспертная оценка');
  field('Объектов в файле', detail.objectsList.length, '0');
  field('Выгружено (UTC)', new Date(), 'dd.mm.yyyy hh:mm');
  if (round.closedAt) field('Состояние', 'Раунд закрыт: баллы больше не меняются, файл с баллами не загрузится.');
  const own = detail.objectsList.filter((o) => mine.has(o.orgId));
  if (own.length > 0) field('Вы — эксперт объектов', own.map((o) => `${o.name} (${o.code})`).join('; '));

  ws.addRow([]);
  text('Как заполнить лист «Баллы»', true);
  const steps = [
    '1. Заполняйте только столбцы «Балл» (H), «Комментарий» (I) и «Ссылки» (J) — в строках объектов, где вы назначены экспертом (они выделены цветом); остальные ячейки защищены от изменений.',
    '2. «Балл» — целое число от 0 до значения в столбце «Макс. балл» (G). Дробные и отрицательные числа не принимаются.',
    '3. При 0 баллов обязательно напишите «Комментарий»: чего не хватает (документа, мероприятия, показателя).',
    '4. «Ссылки» — адреса подтверждающих материалов, начинающиеся с http:// или https://; каждую ссылку пишите с новой строки (Alt+Enter).',
    '5. Пустой «Балл» без комментария означает «не менять»: ранее выставленный балл остаётся. Удалить балл можно на странице объекта в раунде.',
    '6. Не меняйте «Код объекта» (A) и «Код позиции» (E): по ним система узнаёт, куда записать балл. Не копируйте строки: одна позиция объекта — одна строка.',
    '7. Сохраните файл как «Книга Excel (*.xlsx)» и загрузите его на странице раунда оценки в СОКО.',
    '8. Файл загружает только ваши собственные баллы: баллы других экспертов и согласованные баллы он не меняет. Если в файле есть ошибки, не загрузится ничего — система покажет лист, строку и столбец каждой ошибки; исправьте их и загрузите файл снова. Повторная загрузка того же файла ничего не меняет.',
  ];
  for (const s of steps) text(s);
  if (data.experts.length > 0) {
    ws.addRow([]);
    text('Для оператора раунда', true);
    text(
      'Столбцы «Эксперт: …» показывают баллы каждого эксперта («—» — эксперт не назначен объекту), «Согласованный балл» — балл, записанный оператором после обсуждения расхождения, «Учитывается в индексе» — балл, который идёт в расчёт индексов: согласованный, общий балл экспертов или балл единственного эксперта. При расхождении позиция не учитывается, пока не записан согласованный балл. Согласованный балл записывается на странице объекта в раунде, из файла он не загружается.',
    );
  }

  ws.addRow([]);
  text('Лист «Индексы»', true);
  const decimals = decimalsOf(data.catalogue.precision ?? 0.01);
  for (const line of [
    MECHANISM_STEP_RULES[5],
    MECHANISM_STEP_RULES[7],
    MEAN_DIRECTION_INDEX_RULE,
    MECHANISM_STEP_RULES[8],
    MECHANISM_STEP_RULES[9],
    'Место — среди объектов раунда по индексу механизмов управления; объекты без индекса мест не получают. Общее место показано диапазоном («2–3»).',
    `Значения не округлены: ячейки лишь показывают ${decimals} ${pluralRu(decimals, 'знак', 'знака', 'знаков')} после запятой. «Не рассчитан» — индекс нельзя вычислить (например, оценены не все позиции или есть нерешённое расхождение); причина указана в скобках.`,
  ]) {
    text(line);
  }
}

function addIndicesSheet(wb: ExcelJS.Workbook, data: ExportData): void {
  const { detail, catalogue } = data;
  const ws = wb.addWorksheet(INDICES_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const percent = `${fixed(decimalsOf(catalogue.precision ?? 0.01))}" %"`;
  const first = detail.objectsList[0];
  const blocks = first?.blocks ?? [];
  const directions = first?.directions ?? [];
  const withZones = detail.objectsList.some((o) => o.zone !== null);
  type Col = { header: string; width: number; put: (cell: ExcelJS.Cell, o: RoundObject) => void };
  const columns: Col[] = [
    { header: 'Код', width: 14, put: (c, o) => (c.value = o.code) },
    { header: 'Объект', width: 32, put: (c, o) => (c.value = o.name) },
    { header: 'Место', width: 8, put: (c, o) => putPlace(c, o.place) },
    { header: 'Индекс механизмов управления (этап 9), %', width: 16, put: (c, o) => putNumber(c, o.index, percent) },
    {
      header: 'Итоговый балл (этап 8)',
      width: 12,
      put: (c, o) => putNumber(c, o.total, Number.isInteger(o.total.value ?? 0) ? '0' : '0.0'),
    },
    { header: 'Позиций учтено', width: 10, put: (c, o) => putCount(c, o.resolved, `0" из ${o.positions}"`) },
    { header: 'Расхождений экспертов', width: 12, put: (c, o) => putCount(c, o.disagreements, '0') },
  ];
  if (withZones) {
    columns.push({
      header: 'Зона',
      width: 16,
      put: (c, o) => {
        if (!o.zone) {
          c.value = '—';
          c.font = { color: { argb: GREY }, italic: true };
          return;
        }
        c.value = o.zone.rule.split('→').pop()?.trim() || o.zone.zone;
        const fill = ZONE_FILL[o.zone.zone];
        if (fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
        c.note = o.zone.rule;
      },
    });
  }
  blocks.forEach((b, i) => {
    columns.push(
      {
        header: `Блок ${b.code}. ${b.name}: индекс блока (этап 7 — баллы блока / максимум × 100), %`,
        width: 18,
        put: (c, o) => putNumber(c, o.blocks[i]?.index ?? missingNumber, percent),
      },
      {
        header: `Блок ${b.code}: среднее индексов направлений (не этап 7), %`,
        width: 18,
        put: (c, o) => putNumber(c, o.blocks[i]?.meanDirectionIndex ?? missingNumber, percent),
      },
    );
  });
  directions.forEach((d, i) => {
    columns.push({
      header: `Направление ${d.code}. ${d.name}: индекс направления (этап 5), %`,
      width: 18,
      put: (c, o) => putNumber(c, o.directions[i]?.index ?? missingNumber, percent),
    });
  });
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const header = ws.addRow(columns.map((c) => c.header));
  styleHeader(header);
  header.height = 90;
  for (const o of detail.objectsList) {
    const row = ws.addRow([]);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.alignment = { vertical: 'top' };
      c.put(cell, o);
    });
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

const missingNumber: IndexNumber = { value: null, reason: null, rule: '', calculation: '' };

function addScoresSheet(wb: ExcelJS.Workbook, data: ExportData): ExcelJS.Worksheet {
  const { round, detail, catalogue, scores, mine, experts } = data;
  const positions = roundPositions(catalogue, round.includeOptional);
  const componentNames = new Map((catalogue.components ?? []).map((c) => [c.code, c.name]));
  const ws = wb.addWorksheet(SCORES_SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: SCORES_HEADER_ROW, activeCell: `H${SCORES_HEADER_ROW + 1}` }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const extra = [
    ...experts.map((e) => ({ header: `Эксперт: ${e.fullName}`, width: 14 })),
    ...(detail.manages
      ? [
          { header: 'Согласованный балл', width: 13 },
          { header: 'Учитывается в индексе', width: 14 },
        ]
      : []),
  ];
  const width = SCORE_COLUMNS.length + extra.length;
  [...SCORE_COLUMNS, ...extra].forEach((c, i) => (ws.getColumn(i + 1).width = c.width));

  ws.getCell(1, 1).value = `${round.name} — ${round.periodName} — ${detail.catalogueName}`;
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  ws.getCell(2, 1).value =
    mine.size > 0
      ? 'Заполните «Балл», «Комментарий» и «Ссылки» в выделенных строках (объекты, где вы эксперт) и загрузите файл на странице раунда. Порядок заполнения — на листе «Инструкция».'
      : 'Выгрузка для просмотра: загрузить баллы из файла может только эксперт, назначенный объекту.';
  ws.getCell(2, 1).font = { italic: true, color: { argb: GREY } };

  const header = ws.getRow(SCORES_HEADER_ROW);
  header.values = [...SCORE_COLUMNS.map((c) => c.header), ...extra.map((c) => c.header)];
  styleHeader(header);
  header.height = 45;

  let r = SCORES_HEADER_ROW + 1;
  for (const o of detail.objectsList) {
    const s = scores.get(o.orgId);
    const resolved = resolveObject(catalogue, round, s).resolved;
    const own = mine.has(o.orgId);
    positions.forEach((p, i) => {
      const row = ws.getRow(r++);
      const all = s?.scores.get(p.code) ?? [];
      const score = own ? all.find((x) => x.userId === data.userId) : undefined;
      row.getCell(COL.objectCode).value = o.code;
      row.getCell(COL.object).value = o.name;
      row.getCell(COL.direction).value = `${p.directionCode}. ${p.directionName}`;
      row.getCell(COL.component).value = componentNames.get(p.component) ?? p.component;
      row.getCell(COL.positionCode).value = p.code;
      row.getCell(COL.position).value = p.name;
      row.getCell(COL.max).value = p.maxPoints;
      row.getCell(COL.points).value = score?.points ?? null;
      row.getCell(COL.comment).value = score?.comment ?? null;
      row.getCell(COL.links).value = score && score.links.length > 0 ? score.links.map((l) => l.url).join('\n') : null;
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        cell.alignment = {
          vertical: 'top',
          wrapText: [COL.object, COL.direction, COL.component, COL.position, COL.comment, COL.links].includes(c),
        };
        cell.border = { bottom: THIN, ...(i === 0 ? { top: { style: 'medium' as const, color: { argb: 'FF808080' } } } : {}) };
      }
      row.getCell(COL.max).numFmt = '0';
      const points = row.getCell(COL.points);
      points.dataValidation = {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [0, p.maxPoints],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Недопустимый балл',
        error: `Введите целое число от 0 до ${p.maxPoints} (столбец «Макс. балл»). При 0 баллов напишите комментарий.`,
      };
      if (own) {
        for (const c of [COL.points, COL.comment, COL.links]) {
          const cell = row.getCell(c);
          cell.protection = { locked: false };
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
        }
      }
      if (!detail.manages) return;
      let c = SCORE_COLUMNS.length + 1;
      for (const e of experts) {
        const cell = row.getCell(c++);
        const theirs = all.find((x) => x.userId === e.userId);
        cell.alignment = { horizontal: 'right', vertical: 'top' };
        if (theirs) {
          cell.value = theirs.points;
          cell.numFmt = '0';
          if (theirs.comment) cell.note = theirs.comment;
        } else if (!(s?.scorers ?? []).some((x) => x.userId === e.userId)) {
          cell.value = '—';
          cell.font = { color: { argb: GREY } };
        }
      }
      const agreed = s?.agreed.get(p.code);
      const agreedCell = row.getCell(c++);
      agreedCell.alignment = { horizontal: 'right', vertical: 'top' };
      if (agreed) {
        agreedCell.value = agreed.points;
        agreedCell.numFmt = '0';
        if (agreed.comment) agreedCell.note = agreed.comment;
      }
      const counted = row.getCell(c++);
      const state = resolved.get(p.code);
      if (state && state.points !== null) {
        counted.value = state.points;
        counted.numFmt = '0';
        counted.alignment = { horizontal: 'right', vertical: 'top' };
      } else {
        counted.value = state?.state === 'disagreement' ? 'расхождение' : 'не оценена';
        counted.font = { italic: true, ...(state?.state === 'disagreement' ? {} : { color: { argb: GREY } }) };
        if (state?.state === 'disagreement') counted.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: DISPUTE_FILL } };
      }
    });
  }
  ws.autoFilter = { from: { row: SCORES_HEADER_ROW, column: 1 }, to: { row: SCORES_HEADER_ROW, column: width } };
  return ws;
}

/**
 * GET /api/scoring/rounds/:id/export.xlsx — the round as a workbook, for whoever may see the round:
 * «Инструкция»; «Индексы» (each visible object's 9-step index, blocks with the mean of direction
 * indices beside the step-7 index, directions, place); «Баллы» (a row per object and position with
 * the caller's own score, comment and links — editable when the caller scores that object — and,
 * for the round's managers, every scorer's points, the agreed score and the points the index counts).
 */
export async function exportRoundWorkbook(ctx: UseCaseContext, roundId: number): Promise<{ file: Buffer; fileName: string }> {
  const round = await loadRound(ctx, roundId);
  const detail = await roundDetail(ctx, round);
  const catalogue = await loadMechanismCatalogue(ctx.db, round.frameworkId);
  const scores = await roundScores(
    ctx.db,
    round.id,
    detail.objectsList.map((o) => o.orgId),
  );
  const mine = new Set(detail.objectsList.filter((o) => o.scorers.some((s) => s.userId === ctx.actor.userId)).map((o) => o.orgId));
  const experts = new Map<number, { userId: number; fullName: string }>();
  if (detail.manages)
    for (const o of detail.objectsList) for (const s of o.scorers) experts.set(s.userId, { userId: s.userId, fullName: s.fullName });
  const data: ExportData = {
    userId: ctx.actor.userId,
    round,
    detail,
    catalogue,
    scores,
    mine,
    experts: [...experts.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru') || a.userId - b.userId),
  };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'СОКО';
  addInstructionSheet(wb, data);
  addIndicesSheet(wb, data);
  const sheet = addScoresSheet(wb, data);
  if (mine.size > 0) {
    // No password: the protection guards codes and maxima against slips, not against intent.
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, autoFilter: true });
  }
  return { file: Buffer.from(await wb.xlsx.writeBuffer()), fileName: `${safeFileName(`Оценка — ${round.name}`)}.xlsx` };
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ImportReport {
  objects: { orgId: number; code: string; changed: number }[];
  changed: number;
}

const INPUT_KEYS = ['objectCode', 'positionCode', 'points', 'comment', 'links'] as const;
type InputKey = (typeof INPUT_KEYS)[number];

interface RawRow {
  row: number;
  cells: Record<InputKey, GridCell>;
}

const NOT_XLSX =
  'Файл не читается как книга Excel (.xlsx): он повреждён или это файл другого формата. Скачайте файл на странице раунда оценки, заполните его и сохраните как «Книга Excel (*.xlsx)».';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const textOf = (v: GridCell): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const isError = (v: GridCell): v is { error: string } => v !== null && typeof v === 'object';
const isBlank = (v: GridCell) => v === null || (typeof v === 'string' && v.trim() === '');

/**
 * What a scoring round's workbook may hold: a row per object and position (a region's schools times
 * a mechanism's positions stays under a hundred thousand), the fixed columns and a few sheets.
 */
export const ROUND_WORKBOOK_BUDGET: WorkbookBudget = {
  label: 'книги баллов раунда оценки',
  sheets: 20,
  rows: 100_000,
  columns: 60,
  cells: 600_000,
  rangeCells: 300_000,
};

/** The rows of «Баллы» below its header row, the input columns found by their headers (a user may insert columns). */
async function readScoresSheet(
  bytes: Uint8Array,
): Promise<{ sheet: string; rows: RawRow[]; letters: Partial<Record<InputKey, string>> } | { problem: AppErrorDetail }> {
  const loaded = await loadWorkbook(bytes, NOT_XLSX, ROUND_WORKBOOK_BUDGET);
  if (loaded.problem !== undefined) return { problem: { message: loaded.problem } };
  const wb = loaded.workbook;
  const ws = wb.worksheets.find((w) => norm(w.name) === norm(SCORES_SHEET));
  if (!ws) {
    return {
      problem: {
        message: `В книге нет листа «${SCORES_SHEET}». Скачайте файл на странице раунда оценки, заполните в нём лист «${SCORES_SHEET}» и загрузите его.`,
      },
    };
  }
  const columns = new Map<InputKey, number>();
  let headerRow = 0;
  for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SEARCH_ROWS) && headerRow === 0; r++) {
    const found = new Map<string, number>();
    ws.getRow(r).eachCell((cell, c) => {
      const text = norm(textOf(xlsxCell(cell.value)));
      if (text && !found.has(text)) found.set(text, c);
    });
    if (!(['objectCode', 'positionCode', 'points'] as const).every((k) => found.has(norm(HEADER[k])))) continue;
    headerRow = r;
    for (const key of INPUT_KEYS) {
      const c = found.get(norm(HEADER[key]));
      if (c !== undefined) columns.set(key, c);
    }
  }
  if (headerRow === 0) {
    return {
      problem: {
        sheet: ws.name,
        message:
          `Лист «${ws.name}»: не найдена строка заголовков со столбцами «${HEADER.objectCode}», «${HEADER.positionCode}» и «${HEADER.points}» ` +
          `(в первых ${HEADER_SEARCH_ROWS} строках). Не переименовывайте и не удаляйте эти столбцы; скачайте файл на странице раунда заново и перенесите баллы в него.`,
      },
    };
  }
  const rows: RawRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cellOf = (key: InputKey): GridCell => {
      const c = columns.get(key);
      return c === undefined ? null : xlsxCell(row.getCell(c).value);
    };
    rows.push({
      row: r,
      cells: {
        objectCode: cellOf('objectCode'),
        positionCode: cellOf('positionCode'),
        points: cellOf('points'),
        comment: cellOf('comment'),
        links: cellOf('links'),
      },
    });
  }
  const letters = Object.fromEntries([...columns].map(([key, c]) => [key, columnLetter(c)])) as Partial<Record<InputKey, string>>;
  return { sheet: ws.name, rows, letters };
}

/** «Балл» as a number («2», 2, «1,5»); otherwise the reason in Russian. */
function pointsOf(cell: GridCell, maxPoints: number): number | string {
  const fix = `Впишите целое число от 0 до ${maxPoints} или оставьте ячейку пустой.`;
  if (typeof cell === 'number') return cell;
  if (isError(cell)) return `${cell.error}. ${fix}`;
  const read = parseEnteredNumber(cell);
  if (read.kind === 'number') return read.value;
  return `«${HEADER.points}» — не число: «${(cell ?? '').trim()}». ${fix}`;
}

/** Which input column a problem found by checkScores points at (the position's name is left out of the guess). */
function columnOfProblem(message: string): 'points' | 'comment' | 'links' {
  const at = message.indexOf('»: ');
  const what = at >= 0 ? message.slice(at + 3) : message;
  if (/ссылк/i.test(what)) return 'links';
  if (/комментари/i.test(what)) return 'comment';
  return 'points';
}

/**
 * POST /api/scoring/rounds/:id/import — the caller's own scores from a filled «Баллы» sheet. A row
 * with «Балл» or «Комментарий» (or «Ссылки») is the caller's score of that object's position; an
 * empty row changes nothing. Everything is checked first (the caller's assignment, codes, repeats,
 * then checkScores per object); any problem refuses the whole file, naming sheet, row and column.
 * Otherwise all objects are written in one transaction (writeScores skips unchanged scores, so
 * re-importing the same file changes nothing) and the import is audited.
 */
export async function importRoundWorkbook(
  ctx: UseCaseContext,
  roundId: number,
  file: { bytes: Uint8Array; fileName: string },
): Promise<ImportReport> {
  const round = await loadRound(ctx, roundId);
  if (round.closedAt) throw new AppError('conflict', `Раунд оценки «${round.name}» закрыт: баллы больше не меняются, файл не загружен.`);
  const assigned = new Set(await assignedObjects(ctx.db, round.id, ctx.actor.userId));
  if (assigned.size === 0) {
    throw forbidden(
      'Загрузить баллы из файла может только эксперт, назначенный объектам раунда: файл загружает собственные баллы эксперта.',
    );
  }
  const catalogue = await loadMechanismCatalogue(ctx.db, round.frameworkId);
  const positions = new Map(roundPositions(catalogue, round.includeOptional).map((p) => [p.code, p]));
  const objects = await ctx.db
    .selectFrom('scoring_assignment as a')
    .innerJoin('org as o', 'o.id', 'a.org_id')
    .select(['o.id', 'o.code', 'o.name', 'o.short_name'])
    .where('a.round_id', '=', round.id)
    .distinct()
    .execute();
  const byCode = new Map(objects.map((o) => [o.code, o]));
  // The titles of the caller's stored links: the file carries addresses only, and must not lose them.
  const stored = await roundScores(ctx.db, round.id, [...assigned]);
  const titleOf = (orgId: number, position: string, url: string) =>
    stored
      .get(orgId)
      ?.scores.get(position)
      ?.find((s) => s.userId === ctx.actor.userId)
      ?.links.find((l) => l.url === url)?.title ?? url;

  const problems: AppErrorDetail[] = [];
  const refuse = (): never => {
    const n = problems.length;
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    throw new AppError(
      'import_invalid',
      `Файл «${file.fileName}» не загружен: ${n} ${pluralRu(n, 'ошибка', 'ошибки', 'ошибок')}. Исправьте ${n === 1 ? 'её' : 'их'} и загрузите файл снова — ничего не изменено. ` +
        `Первая: ${problems[0]?.message ?? ''}`,
      problems,
    );
  };

  const read = await readScoresSheet(file.bytes);
  if ('problem' in read) {
    problems.push(read.problem);
    return refuse();
  }
  const { sheet, letters } = read;
  const at = (row: number, key: InputKey, message: string) => {
    const column = letters[key];
    problems.push({
      sheet,
      row,
      ...(column ? { column } : {}),
      message: `Лист «${sheet}», ${column ? `ячейка ${column}${row}` : `строка ${row}`}: ${message}`,
    });
  };

  const byObject = new Map<number, { code: string; scores: Record<string, ScoreInput>; rowOf: Map<string, number> }>();
  const seen = new Map<string, number>();
  let filled = 0;
  for (const { row, cells } of read.rows) {
    if (isBlank(cells.points) && isBlank(cells.comment) && isBlank(cells.links)) continue;
    filled++;
    const code = textOf(cells.objectCode);
    if (!code) {
      at(row, 'objectCode', `не указан код объекта. Не меняйте столбец «${HEADER.objectCode}»: по нему система узнаёт, чей это балл.`);
      continue;
    }
    const object = byCode.get(code);
    if (!object) {
      at(
        row,
        'objectCode',
        `объекта с кодом «${code}» нет в раунде «${round.name}». Не меняйте «${HEADER.objectCode}» — строку удалите или оставьте пустой.`,
      );
      continue;
    }
    if (!assigned.has(object.id)) {
      at(
        row,
        'objectCode',
        `Вы не назначены экспертом объекта «${object.short_name ?? object.name}» (${code}) — строку удалите или оставьте пустой: файл загружает только ваши баллы.`,
      );
      continue;
    }
    const positionCode = textOf(cells.positionCode);
    const position = positions.get(positionCode);
    if (!position) {
      at(
        row,
        'positionCode',
        positionCode
          ? `позиции «${positionCode}» нет в методике раунда «${catalogue.name}». Не меняйте «${HEADER.positionCode}»; скачайте файл на странице раунда заново.`
          : `не указан код позиции оценивания. Не меняйте столбец «${HEADER.positionCode}»; скачайте файл на странице раунда заново.`,
      );
      continue;
    }
    const key = `${object.id}|${position.code}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      at(row, 'positionCode', `позиция ${position.code} объекта «${code}» уже встретилась в строке ${earlier}. Оставьте одну из строк.`);
      continue;
    }
    seen.set(key, row);
    let points: number | null = null;
    if (!isBlank(cells.points)) {
      const parsed = pointsOf(cells.points, position.maxPoints);
      if (typeof parsed === 'string') {
        at(row, 'points', parsed);
        continue;
      }
      points = parsed;
    }
    if (isError(cells.comment)) {
      at(row, 'comment', `${cells.comment.error}. Впишите комментарий текстом.`);
      continue;
    }
    if (isError(cells.links)) {
      at(row, 'links', `${cells.links.error}. Впишите адреса текстом, каждый с новой строки.`);
      continue;
    }
    const urls = textOf(cells.links)
      .split(/[\s;]+/)
      .map((u) => u.replace(/,+$/, ''))
      .filter(Boolean);
    const entry = byObject.get(object.id) ?? { code, scores: {}, rowOf: new Map<string, number>() };
    byObject.set(object.id, entry);
    entry.scores[position.code] = {
      points,
      comment: textOf(cells.comment) || null,
      links: urls.map((url) => ({ url, title: titleOf(object.id, position.code, url) })),
    };
    entry.rowOf.set(position.code, row);
  }
  for (const entry of byObject.values()) {
    for (const p of await checkScores(ctx.db, round, entry.scores)) {
      const position = p.path.replace(/^scores\./, '');
      at(entry.rowOf.get(position) ?? 0, columnOfProblem(p.message), `объект «${entry.code}»: ${p.message}`);
    }
  }
  if (problems.length > 0) refuse();

  const report: ImportReport = { objects: [], changed: 0 };
  await ctx.db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('scoring_round').select('closed_at').where('id', '=', round.id).executeTakeFirst();
    if (current?.closed_at)
      throw new AppError('conflict', `Раунд оценки «${round.name}» закрыт: баллы больше не меняются, файл не загружен.`);
    for (const [orgId, entry] of byObject) {
      const changed = await writeScores(
        trx,
        ctx.actor,
        ctx.requestId,
        { roundId: round.id, orgId, userId: ctx.actor.userId },
        entry.scores,
        'файл',
      );
      report.objects.push({ orgId, code: entry.code, changed });
      report.changed += changed;
    }
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'scoring_round.import',
        entity: 'scoring_round',
        entityId: round.id,
        after: { fileName: file.fileName, rows: filled, objects: report.objects, changed: report.changed },
      },
      ctx.requestId,
    );
  });
  return report;
}
