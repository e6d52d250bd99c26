import { Paragraph, type Table } from 'docx';
import { toRussianDate } from '../../domain/export/to-russian-date.ts';
import { centered, heading, officialDocx, para, SMALL, stampLine, table, text } from '../documents/docx-parts.ts';

/** What the regulation of one monitoring campaign says (seed 004 §2.2: terms, participants, use of results). */
export interface RegulationInput {
  /** The education authority issuing the act, e.g. «Управление образования … муниципального округа». */
  authorityName: string;
  /** Municipality (or region) name. */
  territoryName: string;
  campaignName: string;
  /** The methodology (catalogue) name. */
  catalogueName: string;
  /** «2025/2026 учебный год». */
  periodName: string;
  /** ISO dates. */
  startsOn: string;
  deadline: string;
  /** Responsible person (ФИО, должность). */
  responsible: string;
  participants: { code: string; name: string; typeName: string }[];
  indicators: { code: string; name: string; directionName: string; methodLabel: string; unitLabel: string }[];
  /** The cyclogram, ISO dates. */
  stages: { name: string; startsOn: string; endsOn: string; responsible: string }[];
  /** The approval order, if the regulation is approved. */
  order: { number: string; date: string } | null;
  /** ISO date. */
  generatedOn: string;
}

/** The approval mark in the top right corner, or a note that this is a draft. */
function approval(order: RegulationInput['order']): Paragraph[] {
  if (!order) return [stampLine('Проект (приказ об утверждении не издан)', true)];
  return [stampLine('УТВЕРЖДЁН', true), stampLine(`приказом от ${toRussianDate(order.date)} № ${order.number}`)];
}

/**
 * The regulation of a monitoring (регламент мониторинга) as a DOCX: general provisions, terms with
 * the cyclogram, participants, indicators, the responsible person and the use of the results.
 */
export async function buildRegulationDocx(input: RegulationInput): Promise<Buffer> {
  const ru = toRussianDate;
  const body: (Paragraph | Table)[] = [
    centered(input.authorityName, { bold: true, after: 240 }),
    ...approval(input.order),
    new Paragraph({ children: [], spacing: { after: 240 } }),
    centered('Регламент мониторинга', { bold: true }),
    centered(`«${input.campaignName}»`, { bold: true, after: 240 }),

    heading('1. Общие положения'),
    para(
      `1.1. Настоящий регламент устанавливает сроки проведения мониторинга «${input.campaignName}» (далее — мониторинг), ` +
        'его участников (в отношении кого проводится мониторинг), перечень показателей, ответственного за проведение мониторинга ' +
        'и порядок использования результатов мониторинга.',
    ),
    para(
      '1.2. Мониторинг проводится в рамках муниципальной системы оценки качества образования (далее — МСОКО) в соответствии ' +
        'с концепцией МСОКО по показателям, установленным концепцией, на основании приказа об утверждении настоящего регламента.',
    ),
    para(`1.3. Методика (перечень показателей): ${input.catalogueName}.`),
    para(`1.4. Отчётный период: ${input.periodName}.`),
    para(`1.5. Территория: ${input.territoryName}.`),
    para(`1.6. Организатор мониторинга: ${input.authorityName}.`),

    heading('2. Сроки проведения'),
    para(
      `2.1. Мониторинг проводится с ${ru(input.startsOn)} по ${ru(input.deadline)}. Участники мониторинга представляют ` +
        `данные не позднее ${ru(input.deadline)}.`,
    ),
  ];
  if (input.stages.length === 0) body.push(para('2.2. Циклограмма мониторинга не установлена.'));
  else
    body.push(
      para('2.2. Мониторинг проводится в соответствии с циклограммой:'),
      table(
        ['№', 'Мероприятие', 'Начало', 'Окончание', 'Ответственный исполнитель'],
        [5, 38, 14, 14, 29],
        input.stages.map((s, i) => [String(i + 1), s.name, ru(s.startsOn), ru(s.endsOn), s.responsible]),
        [0, 2, 3],
      ),
    );

  body.push(heading('3. Участники мониторинга'));
  if (input.participants.length === 0) body.push(para('3.1. Участники мониторинга не определены.'));
  else
    body.push(
      para(`3.1. Мониторинг проводится в отношении следующих организаций (всего: ${input.participants.length}):`),
      table(
        ['№', 'Код', 'Наименование', 'Тип'],
        [6, 12, 56, 26],
        input.participants.map((p, i) => [String(i + 1), p.code, p.name, p.typeName]),
      ),
    );

  body.push(heading('4. Показатели мониторинга'));
  if (input.indicators.length === 0) body.push(para('4.1. Показатели мониторинга не определены.'));
  else
    body.push(
      para(`4.1. Мониторинг проводится по следующим показателям (всего: ${input.indicators.length}):`),
      table(
        ['№', 'Код', 'Наименование', 'Направление', 'Единица', 'Метод сбора'],
        [5, 9, 36, 20, 12, 18],
        input.indicators.map((x, i) => [String(i + 1), x.code, x.name, x.directionName, x.unitLabel, x.methodLabel]),
        [0, 1],
      ),
    );

  body.push(
    heading('5. Ответственный'),
    para(`5.1. Ответственный за проведение мониторинга: ${input.responsible}.`),
    para(
      '5.2. Руководители организаций — участников мониторинга обеспечивают полноту, достоверность и своевременность ' +
        'представления данных.',
    ),

    heading('6. Использование результатов'),
    para(
      '6.1. По результатам мониторинга готовится аналитический отчёт, содержащий анализ значений показателей ' +
        'в разрезе организаций и направлений, выводы и выявленные факторы, влияющие на результаты.',
    ),
    para(
      '6.2. На основании результатов мониторинга разрабатываются адресные рекомендации организациям — участникам мониторинга, ' +
        'меры и мероприятия, принимаются управленческие решения; их эффективность оценивается в следующем цикле мониторинга.',
    ),
    para('6.3. Результаты мониторинга используются для составления рейтингов организаций — участников мониторинга.'),
    para(
      '6.4. Приказ об утверждении настоящего регламента и аналитический отчёт по результатам мониторинга размещаются ' +
        'в общем доступе в разделе «МСОКО» официального сайта органа управления образованием.',
    ),
    new Paragraph({
      children: [text(`Документ сформирован в системе СОКО ${ru(input.generatedOn)}.`, { size: SMALL })],
      spacing: { before: 360 },
    }),
  );

  return officialDocx(`Регламент мониторинга «${input.campaignName}»`, body);
}
