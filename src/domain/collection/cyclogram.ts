import { isIsoDate } from '../validation/is-iso-date.ts';

/**
 * The yearly plan of a monitoring («циклограмма мониторинга»): instruments in December, data
 * collection in January, analysis in February–March, address recommendations in April. Dates are
 * ISO (YYYY-MM-DD); `today` is compared as text, which orders ISO dates correctly.
 */
export const CYCLOGRAM_STAGES = ['instruments', 'collection', 'analysis', 'recommendations'] as const;
export type CyclogramStageCode = (typeof CYCLOGRAM_STAGES)[number];

export interface CyclogramStage {
  code: CyclogramStageCode;
  name: string;
  startsOn: string;
  endsOn: string;
  responsible: string;
  completedOn: string | null;
}

/** The stage names of a municipal concept of МСОКО, used for new cyclograms and in messages. */
export const CYCLOGRAM_STAGE_NAMES: Record<CyclogramStageCode, string> = {
  instruments: 'Разработка инструментария мониторинга',
  collection: 'Сбор данных (мониторинговое исследование)',
  analysis: 'Анализ результатов мониторинга',
  recommendations: 'Разработка адресных рекомендаций, мер и мероприятий',
};

const pad = (n: number) => String(n).padStart(2, '0');
/** ISO date of the last day of a month (1-based), leap years included. */
function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The usual cyclogram of monitoring year `year`: December of the year before to April. */
export function defaultCyclogram(year: number, responsible: string): CyclogramStage[] {
  // [year, first month, last month] of each stage
  const span: Record<CyclogramStageCode, [number, number, number]> = {
    instruments: [year - 1, 12, 12],
    collection: [year, 1, 1],
    analysis: [year, 2, 3],
    recommendations: [year, 4, 4],
  };
  return CYCLOGRAM_STAGES.map((code) => {
    const [y, from, to] = span[code];
    return {
      code,
      name: CYCLOGRAM_STAGE_NAMES[code],
      startsOn: `${y}-${pad(from)}-01`,
      endsOn: lastDay(y, to),
      responsible,
      completedOn: null,
    };
  });
}

export type StageState = 'planned' | 'current' | 'done' | 'overdue';

export const STAGE_STATE_NAMES: Record<StageState, string> = {
  planned: 'Запланирован',
  current: 'Идёт',
  done: 'Выполнен',
  overdue: 'Просрочен',
};

/** Where a stage is on `today` (ISO): a completed stage is done whatever its dates. */
export function stageState(stage: CyclogramStage, today: string): StageState {
  if (stage.completedOn) return 'done';
  if (today > stage.endsOn) return 'overdue';
  if (today >= stage.startsOn) return 'current';
  return 'planned';
}

export interface CyclogramIssue {
  /** The row of the stage; -1 for a stage that is missing from the cyclogram. */
  index: number;
  field: 'startsOn' | 'endsOn' | 'name' | 'responsible';
  message: string;
}

/**
 * Checks a cyclogram as a whole: each of the four stages exactly once, real dates with the start
 * not after the end, a name and a responsible person, and stages starting in their order
 * (collection not before instruments, and so on). Every message names the stage and what to do.
 */
export function checkCyclogram(stages: CyclogramStage[]): CyclogramIssue[] {
  const issues: CyclogramIssue[] = [];
  const known = new Set<string>(CYCLOGRAM_STAGES);
  const firstIndex = new Map<CyclogramStageCode, number>();
  // «name» as entered, else the usual name of the code, else the row number
  const title = (s: CyclogramStage, i: number) => {
    const name = s.name.trim() || (known.has(s.code) ? CYCLOGRAM_STAGE_NAMES[s.code] : '');
    return name ? `«${name}»` : String(i + 1);
  };
  const label = (s: CyclogramStage, i: number) => `Этап ${title(s, i)}`;

  stages.forEach((s, i) => {
    const stage = label(s, i);
    if (!known.has(s.code)) {
      issues.push({ index: i, field: 'name', message: `${stage}: неизвестный этап циклограммы — удалите строку.` });
    } else if (firstIndex.has(s.code)) {
      issues.push({ index: i, field: 'name', message: `${stage} указан в циклограмме повторно — удалите лишнюю строку.` });
    } else {
      firstIndex.set(s.code, i);
    }

    if (!s.name.trim()) {
      const hint = known.has(s.code) ? `, например «${CYCLOGRAM_STAGE_NAMES[s.code]}»` : '';
      issues.push({ index: i, field: 'name', message: `Этап ${i + 1}: не указано наименование — укажите его${hint}.` });
    }
    if (!s.responsible.trim())
      issues.push({
        index: i,
        field: 'responsible',
        message: `${stage}: не указан ответственный исполнитель — укажите должностное лицо или подразделение.`,
      });

    const startOk = isIsoDate(s.startsOn);
    const endOk = isIsoDate(s.endsOn);
    if (!startOk)
      issues.push({
        index: i,
        field: 'startsOn',
        message: s.startsOn ? `${stage}: дата начала указана неверно — укажите существующую дату.` : `${stage}: не указана дата начала.`,
      });
    if (!endOk)
      issues.push({
        index: i,
        field: 'endsOn',
        message: s.endsOn
          ? `${stage}: дата окончания указана неверно — укажите существующую дату.`
          : `${stage}: не указана дата окончания.`,
      });
    if (startOk && endOk && s.startsOn > s.endsOn)
      issues.push({ index: i, field: 'startsOn', message: `${stage}: дата начала позже даты окончания — поменяйте их местами.` });
  });

  // Missing stages, then the order of those present (by their first rows).
  CYCLOGRAM_STAGES.forEach((code) => {
    if (!firstIndex.has(code))
      issues.push({ index: -1, field: 'name', message: `В циклограмме нет этапа «${CYCLOGRAM_STAGE_NAMES[code]}» — добавьте его.` });
  });
  let previous: { i: number; s: CyclogramStage } | null = null;
  for (const code of CYCLOGRAM_STAGES) {
    const i = firstIndex.get(code);
    const s = i === undefined ? undefined : stages[i];
    if (i === undefined || !s || !isIsoDate(s.startsOn)) continue;
    if (previous && s.startsOn < previous.s.startsOn)
      issues.push({
        index: i,
        field: 'startsOn',
        message: `${label(s, i)} начинается раньше предыдущего этапа ${title(previous.s, previous.i)} — этапы идут по порядку: инструментарий, сбор данных, анализ, рекомендации.`,
      });
    previous = { i, s };
  }
  return issues;
}
