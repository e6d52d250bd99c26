/** A reporting period: a calendar year or a school year (September to August). */
export interface PeriodSpec {
  code: string;
  kind: 'calendar_year' | 'school_year';
  name: string;
  startsOn: string;
  endsOn: string;
}

/** A calendar year, e.g. 2025 → "2025", 01.01.2025–31.12.2025. */
export function calendarYear(year: number): PeriodSpec {
  return { code: String(year), kind: 'calendar_year', name: `${year} год`, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
}

/** A school year starting in September, e.g. 2025 → "2025/2026", 01.09.2025–31.08.2026. */
export function schoolYear(startYear: number): PeriodSpec {
  const end = startYear + 1;
  return {
    code: `${startYear}/${end}`,
    kind: 'school_year',
    name: `${startYear}/${end} учебный год`,
    startsOn: `${startYear}-09-01`,
    endsOn: `${end}-08-31`,
  };
}
