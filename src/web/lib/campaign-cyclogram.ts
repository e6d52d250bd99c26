import { isIsoDate } from './campaign-dates.ts';

/**
 * The monitoring year a cyclogram page opens with: its stages run from December of the year before
 * to April, so from May on the next year's plan is the one being prepared.
 */
export function defaultMonitoringYear(today: Date): number {
  return today.getMonth() >= 4 ? today.getFullYear() + 1 : today.getFullYear();
}

/** The years offered in the year select around the default one. */
export function monitoringYearOptions(year: number): number[] {
  return [year - 2, year - 1, year, year + 1];
}

/** The problems of a refused save, by «<row>.<field>» (`details` paths `body.stages.<row>.<field>`). */
export function stageIssues(details: unknown): Map<string, string> {
  const byCell = new Map<string, string>();
  if (!Array.isArray(details)) return byCell;
  for (const d of details as unknown[]) {
    if (!d || typeof d !== 'object') continue;
    const { path, message } = d as { path?: unknown; message?: unknown };
    const m = typeof path === 'string' ? /^body\.stages\.(\d+)\.(\w+)$/.exec(path) : null;
    if (!m || typeof message !== 'string') continue;
    const key = `${m[1]}.${m[2]}`;
    byCell.set(key, byCell.has(key) ? `${byCell.get(key)} ${message}` : message);
  }
  return byCell;
}

/** Cells whose dates are not (yet) real dates, by «<row>.<field>»: the plan is not sent until they are. */
export function unreadableDates(stages: readonly { startsOn: string; endsOn: string; completedOn: string | null }[]): Map<string, string> {
  const byCell = new Map<string, string>();
  stages.forEach((s, i) => {
    if (!isIsoDate(s.startsOn)) byCell.set(`${i}.startsOn`, 'Укажите дату начала как дд.мм.гггг.');
    if (!isIsoDate(s.endsOn)) byCell.set(`${i}.endsOn`, 'Укажите дату окончания как дд.мм.гггг.');
    if (s.completedOn !== null && !isIsoDate(s.completedOn))
      byCell.set(`${i}.completedOn`, 'Укажите дату выполнения как дд.мм.гггг или очистите её.');
  });
  return byCell;
}
