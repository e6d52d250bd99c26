import ExcelJS from 'exceljs';
import { formatNumber } from '../../domain/export/format-ru.ts';
import { COMPLETION_BAND_NAMES } from '../../domain/personnel/plan-completion.ts';
import { LEADER_ZONE_NAMES } from '../../domain/personnel/leader-zone.ts';
import { CANDIDATE_STATUS_NAMES, EDUCATION_LEVEL_NAMES, POST_KIND_NAMES } from '../../domain/personnel/personnel.ts';
import { writeAudit } from '../audit.ts';
import { toRussianDate } from '../../domain/export/to-russian-date.ts';
import type { UseCaseContext } from '../context.ts';
import { today } from '../today.ts';
import { listLeaders } from './leaders.ts';
import { getReserve } from './reserve.ts';

const date = (iso: string | null | undefined) => (iso ? toRussianDate(iso) : '');

function sheetOf(book: ExcelJS.Workbook, name: string, title: string, headers: [string, number][]) {
  const sheet = book.addWorksheet(name);
  sheet.addRow([title]).font = { bold: true, size: 12 };
  sheet.addRow([`Персональные данные: выгрузка ${toRussianDate(today())}; обращаться по правилам 152-ФЗ.`]).font = {
    italic: true,
    color: { argb: 'FF666666' },
  };
  const header = sheet.addRow(headers.map(([h]) => h));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  headers.forEach(([, width], i) => (sheet.getColumn(i + 1).width = width));
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return sheet;
}

/** The municipality's leaders and reserve as an XLSX workbook; the export is logged as such. */
export async function personnelWorkbook(ctx: UseCaseContext, municipalityId: number): Promise<{ fileName: string; content: Buffer }> {
  const leaders = await listLeaders(ctx, municipalityId);
  const reserve = await getReserve(ctx, municipalityId);
  const book = new ExcelJS.Workbook();
  book.creator = 'СОКО';
  const l = sheetOf(book, 'Руководители', `Реестр руководителей: ${leaders.municipality.name}`, [
    ['Организация', 40],
    ['ФИО', 32],
    ['Вид должности', 22],
    ['Должность', 28],
    ['Назначен', 12],
    ['Освободил должность', 14],
    ['Образование', 16],
    ['Подготовка по управлению', 28],
    ['Последнее повышение квалификации', 16],
    ['Последняя диагностика дефицитов', 16],
    ['Балл организации', 12],
    ['Зона', 40],
  ]);
  for (const r of leaders.leaders) {
    l.addRow([
      r.org.name,
      r.fullName,
      POST_KIND_NAMES[r.postKind],
      r.postTitle,
      date(r.appointedOn),
      date(r.leftOn),
      EDUCATION_LEVEL_NAMES[r.educationLevel],
      r.mgmtEducation ?? '',
      date(r.lastTraining),
      date(r.lastDiagnostics),
      r.score === null ? '' : formatNumber(r.score, 2),
      r.zone ? LEADER_ZONE_NAMES[r.zone] : '',
    ]);
  }
  const c = sheetOf(book, 'Кадровый резерв', `Кадровый резерв управленческих кадров: ${reserve.municipality.name}`, [
    ['ФИО', 32],
    ['Место работы', 36],
    ['Должность', 24],
    ['Резерв на должность', 24],
    ['Этап', 22],
    ['Выдвинут', 12],
    ['Зачислен', 12],
    ['Диагностика', 22],
    ['Обучений', 10],
    ['План развития', 36],
    ['Наставник', 28],
    ['Назначение', 40],
  ]);
  for (const r of reserve.candidates) {
    c.addRow([
      r.fullName,
      r.workplace ?? '',
      r.currentPost,
      r.targetPost,
      CANDIDATE_STATUS_NAMES[r.status],
      date(r.nominatedOn),
      date(r.enrolledOn),
      r.diagnostics ? `${date(r.diagnostics.heldOn)}: ${r.diagnostics.passed ? 'пройдена' : 'не пройдена'}` : '',
      r.trainings,
      r.completion === null ? 'нет плана' : `${formatNumber(r.completion, 0)} % (${r.band ? COMPLETION_BAND_NAMES[r.band] : ''})`,
      r.mentor ?? '',
      r.appointment ? `${r.appointment.postTitle}, ${r.appointment.orgName}, с ${date(r.appointment.appointedOn)}` : '',
    ]);
  }
  await writeAudit(
    ctx.db,
    ctx.actor,
    {
      action: 'personnel.export',
      entity: 'municipality',
      entityId: municipalityId,
      after: { leaders: leaders.leaders.length, candidates: reserve.candidates.length },
    },
    ctx.requestId,
  );
  return {
    fileName: `Руководители и кадровый резерв — ${leaders.municipality.name}.xlsx`,
    content: Buffer.from(await book.xlsx.writeBuffer()),
  };
}
