import { describe, expect, it } from 'vitest';
import { defaultMonitoringYear, monitoringYearOptions, stageIssues, unreadableDates } from './campaign-cyclogram.ts';

describe('cyclogram helpers', () => {
  it('opens the plan being prepared: the next year from May on', () => {
    expect(defaultMonitoringYear(new Date(2026, 0, 15))).toBe(2026);
    expect(defaultMonitoringYear(new Date(2026, 3, 30))).toBe(2026);
    expect(defaultMonitoringYear(new Date(2026, 10, 25))).toBe(2027);
    expect(monitoringYearOptions(2027)).toEqual([2025, 2026, 2027, 2028]);
  });

  it('maps the problems of a refused save to their cells', () => {
    const issues = stageIssues([
      { path: 'body.stages.1.startsOn', message: 'Дата начала позже даты окончания.' },
      { path: 'body.stages.1.startsOn', message: 'Раньше предыдущего этапа.' },
      { path: 'body.stages.-1.name', message: 'Нет этапа.' },
      { path: 'body.year', message: 'x' },
    ]);
    expect([...issues]).toEqual([['1.startsOn', 'Дата начала позже даты окончания. Раньше предыдущего этапа.']]);
  });

  it('holds back a plan with dates that are not real dates yet', () => {
    const issues = unreadableDates([
      { startsOn: '2026-12-01', endsOn: '2026-12-31', completedOn: null },
      { startsOn: '01.01', endsOn: '2027-02-30', completedOn: '2027-01-20' },
      { startsOn: '2027-02-01', endsOn: '2027-03-31', completedOn: '20.01' },
    ]);
    expect([...issues.keys()]).toEqual(['1.startsOn', '1.endsOn', '2.completedOn']);
  });
});
