import { describe, expect, it } from 'vitest';
import { calendarYear, schoolYear } from './period.ts';
import { demoPeriods } from '../../demo/generators/demo-periods.ts';

describe('periods', () => {
  it('a school year runs from 1 September to 31 August of the next year', () => {
    expect(schoolYear(2025)).toEqual({
      code: '2025/2026',
      kind: 'school_year',
      name: '2025/2026 учебный год',
      startsOn: '2025-09-01',
      endsOn: '2026-08-31',
    });
  });

  it('a calendar year runs from 1 January to 31 December', () => {
    expect(calendarYear(2024)).toMatchObject({ code: '2024', startsOn: '2024-01-01', endsOn: '2024-12-31' });
  });

  it('the demo has five calendar and five school years ending with the given year', () => {
    const codes = demoPeriods(2025).map((p) => p.code);
    expect(codes).toEqual(['2021', '2022', '2023', '2024', '2025', '2021/2022', '2022/2023', '2023/2024', '2024/2025', '2025/2026']);
  });
});
