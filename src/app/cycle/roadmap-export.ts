import ExcelJS from 'exceljs';
import { actionBasis, DECISION_KIND_NAMES, MEASURE_STATUS_NAMES } from '../../domain/cycle/management.ts';
import { toRussianDate } from '../../domain/export/to-russian-date.ts';
import type { UseCaseContext } from '../context.ts';
import { buildReportDocx } from '../reports/report-docx.ts';
import type { DocBlock } from '../reports/report-document.ts';
import { today } from '../today.ts';
import { loadTerritory } from './cycle-access.ts';
import { actionsOf, type CycleActionView } from './cycle-actions.ts';

export type RoadmapFormat = 'xlsx' | 'docx';
export const ROADMAP_CONTENT_TYPES: Record<RoadmapFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const HEADER = ['№', 'Содержание', 'Сроки', 'Ответственный', 'Целевые организации', 'Показатели', 'Состояние', 'Основание'];

const statusOf = (a: CycleActionView) => `${MEASURE_STATUS_NAMES[a.status]}${a.overdue ? ' — просрочено' : ''}`;
const aims = (a: CycleActionView) => [a.orgs.map((o) => o.name).join(', '), a.indicators.map((i) => i.code).join(', ')];

const row = (a: CycleActionView, n: number): string[] => [
  String(n),
  a.title,
  `${toRussianDate(a.startsOn)} — ${toRussianDate(a.deadline)}`,
  a.responsible,
  ...aims(a),
  statusOf(a),
  actionBasis(a),
];

const decisionRow = (a: CycleActionView, n: number): string[] => [
  String(n),
  `${a.decisionKind ? DECISION_KIND_NAMES[a.decisionKind] : ''}: ${a.title}`,
  `${a.actKind ?? ''} № ${a.actNumber ?? ''} от ${a.actDate ? toRussianDate(a.actDate) : ''}; срок ${toRussianDate(a.deadline)}`,
  `${a.responsible}; участники: ${a.participants ?? '—'}`,
  ...aims(a),
  statusOf(a),
  actionBasis(a),
];

/** The roadmap of measures and the management decisions of a territory, by direction, as XLSX or DOCX. */
export async function exportRoadmap(
  ctx: UseCaseContext,
  territoryId: number,
  filter: { frameworkId?: number; directionCode?: string },
  format: RoadmapFormat,
): Promise<{ file: Buffer; fileName: string }> {
  const territory = await loadTerritory(ctx, territoryId);
  const actions = await actionsOf(ctx, territory, filter);
  const directions = [...new Map(actions.map((a) => [`${a.frameworkId}|${a.directionCode}`, a.directionName])).entries()];
  const title = `Дорожная карта мероприятий и управленческие решения: ${territory.name}`;
  const stamp = `Сформировано ${toRussianDate(today())}`;
  const fileName = `Дорожная карта — ${territory.name}.${format}`;

  if (format === 'xlsx') {
    const book = new ExcelJS.Workbook();
    book.creator = 'СОКО';
    const sheet = book.addWorksheet('Дорожная карта');
    sheet.addRow([title]).font = { bold: true, size: 12 };
    sheet.addRow([stamp]).font = { italic: true, color: { argb: 'FF666666' } };
    const header = sheet.addRow(HEADER);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    [5, 50, 24, 28, 36, 16, 22, 22].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    sheet.views = [{ state: 'frozen', ySplit: 3 }];
    for (const [key, name] of directions) {
      const of = actions.filter((a) => `${a.frameworkId}|${a.directionCode}` === key);
      sheet.addRow([`Направление: ${name}`]).font = { bold: true };
      const measures = of.filter((a) => a.kind === 'measure');
      const decisions = of.filter((a) => a.kind === 'decision');
      if (measures.length) sheet.addRow(['', 'Мероприятия']).font = { italic: true };
      measures.forEach((a, i) => {
        const r = sheet.addRow(row(a, i + 1));
        r.alignment = { wrapText: true, vertical: 'top' };
        if (a.overdue) r.getCell(7).font = { color: { argb: 'FFC00000' }, bold: true };
      });
      if (decisions.length) sheet.addRow(['', 'Управленческие решения']).font = { italic: true };
      decisions.forEach((a, i) => {
        const r = sheet.addRow(decisionRow(a, i + 1));
        r.alignment = { wrapText: true, vertical: 'top' };
        if (a.overdue) r.getCell(7).font = { color: { argb: 'FFC00000' }, bold: true };
      });
    }
    if (actions.length === 0) sheet.addRow(['', 'Мероприятий и решений не записано.']);
    return { file: Buffer.from(await book.xlsx.writeBuffer()), fileName };
  }

  const blocks: DocBlock[] = [];
  for (const [key, name] of directions) {
    const of = actions.filter((a) => `${a.frameworkId}|${a.directionCode}` === key);
    blocks.push({ kind: 'heading', text: `Направление «${name}»`, level: 1 });
    const measures = of.filter((a) => a.kind === 'measure');
    const decisions = of.filter((a) => a.kind === 'decision');
    const widths = [4, 24, 13, 14, 15, 8, 11, 11];
    if (measures.length)
      blocks.push({ kind: 'table', caption: 'Мероприятия', header: HEADER, rows: measures.map((a, i) => row(a, i + 1)), widths });
    if (decisions.length)
      blocks.push({
        kind: 'table',
        caption: 'Управленческие решения',
        header: ['№', 'Вид и содержание', 'Акт и срок', 'Ответственный, участники', ...HEADER.slice(4)],
        rows: decisions.map((a, i) => decisionRow(a, i + 1)),
        widths,
      });
  }
  if (actions.length === 0) blocks.push({ kind: 'paragraph', text: 'Мероприятий и решений не записано.' });
  const file = await buildReportDocx({ title, approval: null, stamp: false, subtitle: [stamp], blocks });
  return { file, fileName };
}
