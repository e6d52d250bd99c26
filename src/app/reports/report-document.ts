import { UNIT_LABELS } from '../../domain/catalogue/catalogue-labels.ts';
import { formatChange, formatPrinted } from '../../domain/export/format-ru.ts';
import { REPORT_SECTIONS, type ReportContent, type ReportIndicator } from '../../domain/report/report-content.ts';
import { approvalSteps, REPORT_STATUS_NAMES, type ReportStatus } from '../../domain/report/report-workflow.ts';
import { toRussianDate } from '../../domain/export/to-russian-date.ts';
import type { ReportChart } from './report-charts.ts';
import { paragraphsOf } from '../../domain/report/report-paragraphs.ts';
import type { EffectivenessContent } from '../../domain/cycle/effectiveness-content.ts';
import { EFFECT_VERDICT_NAMES } from '../../domain/cycle/effectiveness.ts';
import { actionLabel, EFFECT_TABLE_HEADER, effectRow } from '../../domain/cycle/effectiveness-text.ts';
import { MEASURE_STATUS_NAMES } from '../../domain/cycle/management.ts';
import type { DocBlock } from './doc-block.ts';
import { clusterBlocks, DIRECTIONS_NOTE, FINDING_RULES_NOTE, methodsAppendix } from './report-methods.ts';

/** One block of a report document (defined beside, so the appendix can build blocks too). */
export type { DocBlock };

export interface ReportDocument {
  title: string;
  /** The approval stamp (top right of the title page): «УТВЕРЖДАЮ», post, name, date. */
  approval: { post: string; name: string; date: string } | null;
  /** Print «Проект» when not approved (a report); a working document (a roadmap) goes without. */
  stamp?: boolean;
  subtitle: string[];
  blocks: DocBlock[];
}

/** What a report document is rendered from. */
export interface ReportForDocument {
  title: string;
  version: number;
  status: ReportStatus;
  content: ReportContent;
  sections: Record<string, string>;
  steps: { step: string; details: Record<string, unknown>; userName: string; at: string }[];
}

const num = (v: number | null | undefined, unit = ''): string => {
  if (v === null || v === undefined) return '—';
  if (unit === 'flag') return v === 1 ? 'да' : v === 0 ? 'нет' : formatPrinted(v, 2);
  return formatPrinted(v, 2);
};
const unitOf = (unit: string) => (UNIT_LABELS as Record<string, string>)[unit] ?? unit;
const DIRECTION_WORDS = { better: 'улучшение', worse: 'ухудшение', same: 'без изменений' } as const;

function finalTable(c: ReportContent): DocBlock {
  const org = c.scope.kind === 'organisation';
  const header = org
    ? ['Код', 'Показатель', 'Ед.', 'Значение', 'Медиана по организациям', 'Место']
    : ['Код', 'Показатель', 'Ед.', 'Значение по территории', 'Мин.', 'Медиана', 'Макс.', 'Лучшие значения'];
  const last = c.periods.length - 1;
  const rows = c.indicators.map((i) =>
    org
      ? [i.code, i.name, unitOf(i.unit), num(i.series[last], i.unit), num(i.peerMedian[last], i.unit), i.place ?? '—']
      : [
          i.code,
          i.name,
          unitOf(i.unit),
          num(i.series[last], i.unit),
          num(i.stats?.min, i.unit),
          num(i.stats?.median, i.unit),
          num(i.stats?.max, i.unit),
          i.best.map((b) => `${b.name} (${num(b.value, i.unit)})`).join('; ') || '—',
        ],
  );
  return {
    kind: 'table',
    caption: `Итоговые показатели за ${c.period.name}`,
    header,
    rows,
    widths: org ? [9, 43, 8, 12, 16, 12] : [9, 29, 5, 12, 7, 8, 7, 23],
  };
}

function yearsTable(c: ReportContent): DocBlock {
  const whose = c.scope.org?.name ?? c.scope.territory.name;
  return {
    kind: 'table',
    caption: `${whose}: показатели по годам`,
    header: ['Код', 'Показатель', ...c.periods.map((p) => p.name.replace(' учебный год', '')), 'Изменение', 'Оценка'],
    rows: c.indicators.map((i: ReportIndicator) => [
      i.code,
      i.name,
      ...i.series.map((v) => num(v, i.unit)),
      i.change === null ? '—' : formatChange(i.change, 2),
      i.direction ? DIRECTION_WORDS[i.direction] : i.polarity === 'context' ? 'контекст' : '—',
    ]),
    widths: [9, 52 - 11 * c.periods.length, ...c.periods.map(() => 11), 11, 13].map((w) => Math.max(w, 8)),
  };
}

function comparisonTables(c: ReportContent): DocBlock[] {
  const direction = c.scope.kind === 'direction' ? c.scope.direction : null;
  return c.comparisons.map((cmp) => {
    const dirs = direction ? [direction] : c.directions;
    return {
      kind: 'table' as const,
      caption: `${cmp.title}: баллы и места (${cmp.objectCount} организаций)`,
      header: ['Организация', ...dirs.map((d) => d.name), 'Итоговый балл', 'Место', 'Зона'],
      rows: cmp.rows.map((r) => [
        r.name,
        ...dirs.map((d) => {
          const cell = r.directions[d.code];
          return cell?.score === null || !cell ? '—' : `${num(cell.score)} (${cell.place ?? '—'})`;
        }),
        num(r.summary),
        r.summaryPlace ?? '—',
        r.zone ?? '—',
      ]),
      widths: [34, ...dirs.map(() => Math.max(8, Math.floor(36 / dirs.length))), 10, 8, 12],
    };
  });
}

/** The analysis of effectiveness (seed 003 §10): each action, the dynamics of its indicators, the conclusion. */
function effectivenessBlocks(e: EffectivenessContent): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: 'heading', text: 'Анализ эффективности принятых мер и управленческих решений', level: 2 }];
  if (e.actions.length === 0) blocks.push({ kind: 'paragraph', text: 'Мероприятий и решений по направлению не записано.' });
  e.actions.forEach((a, n) => {
    blocks.push({
      kind: 'paragraph',
      text:
        `${n + 1}. ${actionLabel(a)}: «${a.title}». Срок: ${toRussianDate(a.startsOn)} — ${toRussianDate(a.deadline)}; ` +
        `ответственный: ${a.responsible}; состояние: ${MEASURE_STATUS_NAMES[a.status].toLowerCase()}. ` +
        `Целевые организации: ${a.targeted.map((o) => o.name).join(', ')}; сопоставимых нецелевых: ${a.comparableCount}. ` +
        `Итог: ${EFFECT_VERDICT_NAMES[a.verdict].toLowerCase()}.`,
    });
    if (a.indicators.length) {
      blocks.push({
        kind: 'table',
        caption: `Динамика показателей: «${a.title}»`,
        header: EFFECT_TABLE_HEADER,
        rows: a.indicators.map(effectRow),
        widths: [26, 14, 17, 17, 8, 18],
      });
    }
    const conclusion = e.conclusions[String(a.id)];
    if (conclusion) for (const p of paragraphsOf(conclusion)) blocks.push({ kind: 'paragraph', text: p, italic: true });
  });
  blocks.push({ kind: 'paragraph', text: `Правило оценки: ${e.rule}`, italic: true });
  return blocks;
}

/** The report as a sequence of blocks, in the order of seed 004 §2.2. */
export function reportDocument(r: ReportForDocument, charts: readonly ReportChart[]): ReportDocument {
  const c = r.content;
  const blocks: DocBlock[] = [];
  const { review: reviewStep, approval: approveStep } = approvalSteps(r.steps);
  const chartsOf = (section: ReportChart['section']) =>
    charts.filter((x) => x.section === section).map((chart) => ({ kind: 'chart' as const, chart }));

  REPORT_SECTIONS.forEach((s, i) => {
    blocks.push({ kind: 'heading', text: `${i + 1}. ${s.title}`, level: 1 });
    for (const p of paragraphsOf(r.sections[s.key] ?? '')) blocks.push({ kind: 'paragraph', text: p });
    switch (s.key) {
      case 'directions':
        blocks.push({ kind: 'paragraph', text: DIRECTIONS_NOTE });
        break;
      case 'final':
        blocks.push(finalTable(c), ...comparisonTables(c), ...chartsOf('final'));
        break;
      case 'years':
        blocks.push(yearsTable(c), ...chartsOf('years'));
        if (c.effectiveness) blocks.push(...effectivenessBlocks(c.effectiveness));
        break;
      case 'factors':
        blocks.push(...clusterBlocks(c));
        break;
      case 'findings':
        blocks.push({ kind: 'heading', text: 'Дефициты', level: 2 });
        blocks.push(
          c.findings.deficits.length
            ? { kind: 'bullets', items: c.findings.deficits.map((f) => f.text) }
            : { kind: 'paragraph', text: 'Не выявлены.' },
        );
        blocks.push({ kind: 'heading', text: 'Успешные практики', level: 2 });
        blocks.push(
          c.findings.practices.length
            ? { kind: 'bullets', items: c.findings.practices.map((f) => f.text) }
            : { kind: 'paragraph', text: 'Не выявлены.' },
        );
        if (c.rules.length) blocks.push({ kind: 'paragraph', text: FINDING_RULES_NOTE });
        break;
      case 'conclusions':
        if (c.effectiveness?.problems.length) {
          blocks.push({ kind: 'heading', text: 'Проблемы — основа нового управленческого цикла', level: 2 });
          blocks.push({ kind: 'bullets', items: c.effectiveness.problems });
        }
        break;
      case 'goals':
        break;
    }
  });

  blocks.push(...methodsAppendix(c));
  blocks.push({ kind: 'heading', text: 'Сведения об отчёте', level: 1 });
  const computed = c.computedAt ? toRussianDate(c.computedAt.slice(0, 10)) : 'не известно';
  blocks.push({
    kind: 'bullets',
    items: [
      `Методика: ${c.catalogue.name}, версия ${c.catalogue.version}. Результаты рассчитаны ${computed} (расчёт № ${c.computeRunId ?? '—'}); каждое значение отчёта прослеживается в системе до формулы и исходных данных.`,
      `Версия отчёта: ${r.version}; состояние: ${REPORT_STATUS_NAMES[r.status]}.`,
      ...(reviewStep
        ? [
            `Рассмотрен на заседании рабочей группы ${toRussianDate(String(reviewStep.details.meetingDate))}, протокол № ${String(reviewStep.details.minutesNumber)}: ${String(reviewStep.details.decisionName)}.`,
          ]
        : []),
      ...(approveStep
        ? [
            `Утверждён ${toRussianDate(String(approveStep.details.date))}: ${String(approveStep.details.post)} ${String(approveStep.details.name)}.`,
          ]
        : []),
    ],
  });

  return {
    title: r.title,
    approval: approveStep
      ? {
          post: String(approveStep.details.post),
          name: String(approveStep.details.name),
          date: toRussianDate(String(approveStep.details.date)),
        }
      : null,
    subtitle: [
      c.scope.territory.name,
      `${c.period.name}${
        c.periods.length > 1
          ? `; сравнение с ${c.periods
              .slice(0, -1)
              .map((p) => p.name.replace(' учебный год', ''))
              .join(', ')}`
          : ''
      }`,
    ],
    blocks,
  };
}
