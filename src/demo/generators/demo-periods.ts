import { calendarYear, schoolYear, type PeriodSpec } from '../../domain/period/period.ts';

/** The periods of the demo: five calendar and five school years up to the current one. */
export function demoPeriods(lastYear: number): PeriodSpec[] {
  const years = [0, 1, 2, 3, 4].map((i) => lastYear - 4 + i);
  return [...years.map(calendarYear), ...years.map(schoolYear)];
}
