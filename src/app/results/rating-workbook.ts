import ExcelJS from 'exceljs';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { POLARITY_LABELS, UNIT_LABELS } from '../../domain/catalogue/catalogue-labels.ts';
import type { ZoneYear } from '../../domain/catalogue/zone-thresholds.ts';
import type { Outcome } from '../../domain/outcome.ts';
import type { Place } from '../../domain/rating/places.ts';
import { MISSING_RULE_LABEL, ratingRules, zoneBandsText } from '../../domain/rating/rating-rules.ts';
import { decimalsOf } from '../../domain/rating/round-to-precision.ts';
import { DEFAULT_GAP_RULE, type GapRule, type ZoneDecision } from '../../domain/rating/zones.ts';
import { notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { safeFileName } from '../../domain/export/safe-file-name.ts';
import { viewRating, type ClusterInfo } from './comparison-clusters.ts';
import { ratingOptions, type StoredRating } from '../../domain/results/rate-comparison.ts';
import { comparisonType } from './rating-queries.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

/** What the workbook of one rating shows besides the rating itself. */
export interface RatingWorkbookInput {
  catalogue: { name: string; version: number };
  period: { name: string };
  title: string;
  /** Header of the objects' column: «Организация» or «Муниципалитет». */
  objectHeader: string;
  computedAt: string | null;
  content: StoredRating;
  cluster?: ClusterInfo;
  /** The zone thresholds the summary zones were decided by. */
  zones?: { year: ZoneYear; gapRule: GapRule };
}

type Zone = ZoneDecision['zone'];

/** One cell of the sheet «Рейтинг»: a number with its format, or a word («нет данных») shown in grey. */
interface SheetCell {
  value: number | string;
  numFmt?: string;
  gap?: boolean;
  zone?: Zone;
}

interface Column {
  group: string;
  header: string;
  width: number;
  cell: (objectId: string) => SheetCell;
}

export const NO_DATA = 'нет данных';
const NOT_COMPUTED = 'не рассчитан';
const NONE: SheetCell = { value: '—', gap: true };
const ZONE_FILL: Record<Zone, string> = { green: 'FFC6EFCE', yellow: 'FFFFEB9C', red: 'FFFFC7CE' };
const HEADER_FILL = 'FFEEF2F7';
const GREY = 'FF8C8C8C';

const gapOf = (o: Outcome<unknown> | undefined): SheetCell => ({
  value: !o || o.kind === 'missing' ? NO_DATA : o.kind === 'invalid' ? NOT_COMPUTED : '',
  gap: true,
});

const numberCell = (o: Outcome | undefined, numFmt: string): SheetCell => (o?.kind === 'ok' ? { value: o.value, numFmt } : gapOf(o));

/** A place as a number (sortable); a shared place shows its range through the number format: 2 → «2–3». */
const placeCell = (p: Place | undefined): SheetCell =>
  p ? { value: p.place, numFmt: p.placeTo === p.place ? '0' : `0"–${p.placeTo}"` } : NONE;

const fixed = (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');

/** Integers stay integers; anything else gets two decimals. */
function valueFormat(values: readonly (Outcome | undefined)[]): string {
  return values.every((v) => v?.kind !== 'ok' || Number.isInteger(v.value)) ? '0' : '0.00';
}

function columnsOf(content: StoredRating): Column[] {
  const { rating } = content;
  const scoreFmt = fixed(decimalsOf(rating.displayPrecision ?? rating.precision));
  const summary = 'Сводный результат';
  const columns: Column[] = [
    { group: summary, header: 'Балл', width: 9, cell: (id) => numberCell(rating.summary[id]?.score, scoreFmt) },
    { group: summary, header: 'Место', width: 8, cell: (id) => placeCell(rating.summary[id]?.place) },
  ];
  // Zones only where the catalogue has thresholds for the period's year.
  if (content.zoneYear !== null) {
    columns.push({
      group: summary,
      header: 'Зона',
      width: 15,
      cell: (id) => {
        const zone = rating.summary[id]?.zone;
        if (!zone) return NONE;
        return zone.kind === 'ok' ? { value: zone.value.name, zone: zone.value.zone } : { value: 'не определена', gap: true };
      },
    });
  }
  columns.push({ group: summary, header: 'Полнота', width: 9, cell: (id) => completenessCell(rating.summary[id]?.completeness.share) });
  for (const d of rating.directions) {
    const name = content.directions.find((x) => x.code === d.code)?.name ?? '';
    const group = `${d.code}. ${name}`;
    columns.push(
      { group, header: 'Балл', width: 9, cell: (id) => numberCell(d.cells[id]?.score, scoreFmt) },
      { group, header: 'Место', width: 8, cell: (id) => placeCell(d.cells[id]?.place) },
      { group, header: 'Полнота', width: 9, cell: (id) => completenessCell(d.cells[id]?.completeness.share) },
    );
  }
  for (const ir of rating.indicators) {
    const ind = content.indicators.find((x) => x.code === ir.code);
    const unit = ind ? (UNIT_LABELS as Record<string, string>)[ind.unit] : undefined;
    const group = `${ir.code}. ${ind?.name ?? ''}${unit ? `, ${unit}` : ''}`;
    const notScored = ir.polarity === 'context';
    const valueFmt = valueFormat(Object.values(ir.cells).map((c) => c.value));
    columns.push(
      { group, header: 'Значение', width: 10, cell: (id) => numberCell(ir.cells[id]?.value, valueFmt) },
      {
        group,
        header: 'Балл',
        width: 9,
        cell: (id) => (notScored ? { value: 'не оценивается', gap: true } : numberCell(ir.cells[id]?.score, scoreFmt)),
      },
      { group, header: 'Место', width: 8, cell: (id) => (notScored ? NONE : placeCell(ir.cells[id]?.place)) },
    );
  }
  return columns;
}

const completenessCell = (share: number | undefined): SheetCell => (share === undefined ? NONE : { value: share, numFmt: '0%' });

/** Objects by summary place (unranked last), then by name. */
function orderedObjects(content: StoredRating): StoredRating['objects'] {
  const placeOf = (id: number) => content.rating.summary[String(id)]?.place?.place ?? Number.POSITIVE_INFINITY;
  return [...content.objects].sort((a, b) => placeOf(a.id) - placeOf(b.id) || a.name.localeCompare(b.name, 'ru'));
}

function addRatingSheet(wb: ExcelJS.Workbook, content: StoredRating, objectHeader: string): void {
  const ws = wb.addWorksheet('Рейтинг', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  const columns = columnsOf(content);
  ws.addRow([objectHeader, ...columns.map((c) => c.group)]);
  ws.addRow([objectHeader, ...columns.map((c) => c.header)]);
  ws.mergeCells(1, 1, 2, 1);
  // One merged title over each run of columns of the same group.
  let start = 0;
  columns.forEach((c, i) => {
    const next = columns[i + 1];
    if (next?.group === c.group) return;
    if (i > start) ws.mergeCells(1, start + 2, 1, i + 2);
    start = i + 1;
  });
  ws.getColumn(1).width = 55;
  columns.forEach((c, i) => (ws.getColumn(i + 2).width = c.width));
  for (const r of [1, 2]) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    row.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
    });
  }
  ws.getRow(1).height = 75;
  ws.getCell(1, 1).alignment = { wrapText: true, vertical: 'middle', horizontal: 'left' };

  for (const o of orderedObjects(content)) {
    const id = String(o.id);
    const specs = columns.map((c) => c.cell(id));
    const row = ws.addRow([o.name, ...specs.map((c) => c.value)]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    specs.forEach((spec, i) => {
      const cell = row.getCell(i + 2);
      cell.alignment = { horizontal: 'right', vertical: 'top' };
      if (spec.numFmt) cell.numFmt = spec.numFmt;
      if (spec.gap) cell.font = { color: { argb: GREY }, italic: true };
      if (spec.zone) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ZONE_FILL[spec.zone] } };
        cell.alignment = { horizontal: 'left', vertical: 'top' };
      }
    });
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length + 1 } };
}

function addRulesSheet(wb: ExcelJS.Workbook, input: RatingWorkbookInput): void {
  const { content, cluster, zones } = input;
  const { rating } = content;
  const ws = wb.addWorksheet('Правила', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 110;
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  const head = ws.addRow(['Параметр', 'Значение']);
  head.font = { bold: true };
  const add = (name: string, value: string | number | Date, numFmt?: string) => {
    const row = ws.addRow([name, value]);
    if (numFmt) row.getCell(2).numFmt = numFmt;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  };
  const section = (title: string) => {
    ws.addRow([]);
    ws.addRow([title]).font = { bold: true };
  };
  add('Методика', `${input.catalogue.name} (версия ${input.catalogue.version})`);
  add('Период', input.period.name);
  add('Сравнение', input.title);
  if (cluster) {
    add('Кластер', `Рейтинг внутри кластера: ${cluster.clusteringLabel} — ${cluster.label} (${cluster.members} из ${cluster.of})`);
    add('Как образованы кластеры', cluster.description);
  }
  add('Объектов', content.objects.length, '0');
  if (input.computedAt) add('Рассчитано (UTC)', new Date(input.computedAt), 'dd.mm.yyyy hh:mm');
  add('Точность мест и зон', rating.precision, fixed(decimalsOf(rating.precision)));
  const display = rating.displayPrecision ?? rating.precision;
  add('Точность показа баллов', display, fixed(decimalsOf(display)));
  add('Показатель без данных', MISSING_RULE_LABEL[rating.missingRule ?? 'exclude']);
  add('Минимальная полнота', rating.minCompleteness, '0%');
  add('Сводный балл', rating.summaryMode === 'directions' ? 'среднее баллов направлений' : 'среднее баллов всех показателей');
  add('Пороги зон', zones ? `${zones.year.year} г.: ${zoneBandsText(zones.year)}` : 'не заданы: зоны не определяются');

  section('Как рассчитываются баллы, места и зоны');
  const rules = ratingRules(rating, zones, {
    among: cluster ? 'объектов кластера' : 'сравниваемых объектов',
    noData:
      '«Нет данных» — значение не представлено или не принято: объект не участвует в рейтинге по показателю; ' +
      '«не рассчитан» — значение нельзя вычислить (например, знаменатель равен 0): показатель не входит в полноту объекта.',
  });
  rules.forEach((r, i) => add(`Правило ${i + 1}`, r));
  add(
    'Место в таблице',
    'Общее место — число; если место делят несколько объектов, ячейка показывает диапазон («2–3»), а значение — первое место диапазона.',
  );

  section('Показатели');
  for (const i of content.indicators) {
    const unit = (UNIT_LABELS as Record<string, string>)[i.unit] ?? i.unit;
    const polarity = (POLARITY_LABELS as Record<string, string>)[i.polarity] ?? i.polarity;
    add(i.code, `${i.name}; единица: ${unit}; ${polarity}; направления: ${i.directions.join(', ')}`);
  }
}

/** The workbook of one rating: «Рейтинг» (objects × summary, directions, indicators) and «Правила». */
export async function ratingWorkbook(input: RatingWorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'СОКО';
  addRatingSheet(wb, input.content, input.objectHeader);
  addRulesSheet(wb, input);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /api/ratings/export: the rating (or the rating within a cluster) as an XLSX file; access as for viewing it. */
export async function exportRatingWorkbook(
  ctx: UseCaseContext,
  frameworkId: number,
  periodId: number,
  key: string,
  within?: { clustering: string; cluster: string },
): Promise<{ fileName: string; file: Buffer }> {
  const view = await viewRating(ctx, frameworkId, periodId, key, within);
  const framework = await catalogueRepository.findById(ctx.db, frameworkId);
  const period = await ctx.db
    .selectFrom('period')
    .select(['name', 'kind', 'starts_on', 'ends_on'])
    .where('id', '=', periodId)
    .executeTakeFirst();
  if (!framework) throw notFound(`Методика с id ${frameworkId}`);
  if (!period) throw notFound(`Период с id ${periodId}`);
  const zones = view.content.zoneYear !== null ? ratingOptions(framework.content as Catalogue, period).zones : undefined;
  const file = await ratingWorkbook({
    catalogue: { name: framework.name, version: framework.version },
    period: { name: period.name },
    title: view.title,
    objectHeader: comparisonType(key) === null ? 'Муниципалитет' : 'Организация',
    computedAt: view.computedAt,
    content: view.content,
    ...(view.cluster ? { cluster: view.cluster } : {}),
    ...(zones ? { zones: { year: zones.year, gapRule: zones.gapRule ?? DEFAULT_GAP_RULE } } : {}),
  });
  const cluster = view.cluster ? ` (кластер ${view.cluster.label})` : '';
  return { fileName: `${safeFileName(`Рейтинг — ${view.title}${cluster} — ${period.name}`)}.xlsx`, file };
}
