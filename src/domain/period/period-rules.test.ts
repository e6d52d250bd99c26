import { describe, expect, it } from 'vitest';
import { calendarYear, schoolYear } from './period.ts';
import { formOpenInClosedPeriod, periodDatesRefusal } from './period-rules.ts';

describe('periodDatesRefusal', () => {
  const others = [schoolYear(2024), schoolYear(2025), calendarYear(2025)];
  it('accepts dates that touch no other period of the kind', () => {
    expect(periodDatesRefusal({ ...schoolYear(2025), endsOn: '2026-06-30' }, others)).toBeNull();
    expect(periodDatesRefusal(schoolYear(2026), others)).toBeNull();
  });
  it('refuses start after end and an overlap with a period of the same kind', () => {
    expect(periodDatesRefusal({ ...schoolYear(2026), startsOn: '2027-09-01', endsOn: '2027-08-31' }, others)).toBe(
      'Дата начала периода позже даты окончания: поменяйте их местами.',
    );
    expect(periodDatesRefusal({ ...schoolYear(2025), startsOn: '2025-08-01' }, others)).toBe(
      'Даты 01.08.2025–31.08.2026 пересекаются с периодом «2024/2025» (01.09.2024–31.08.2025): периоды одного вида не должны пересекаться.',
    );
  });
  it('lets a calendar year overlap school years', () => {
    expect(periodDatesRefusal(calendarYear(2026), others)).toBeNull();
  });
});

describe('formOpenInClosedPeriod', () => {
  const closedAt = new Date('2026-01-10T00:00:00Z');
  const before = new Date('2026-01-05T00:00:00Z');
  const after = new Date('2026-01-15T00:00:00Z');
  it.each([
    ['a form never sent', { status: 'not_started', acceptedAt: null, submittedAt: null }, false],
    ['a first draft', { status: 'draft', acceptedAt: null, submittedAt: null }, false],
    ['a form sent before the closing', { status: 'submitted', acceptedAt: null, submittedAt: before }, false],
    ['an accepted form', { status: 'accepted', acceptedAt: before, submittedAt: before }, false],
    ['a returned form', { status: 'returned', acceptedAt: null, submittedAt: before }, true],
    ['a reopened draft', { status: 'draft', acceptedAt: before, submittedAt: before }, true],
    ['a returned form sent again', { status: 'submitted', acceptedAt: null, submittedAt: after }, true],
  ] as const)('%s → %s', (_, form, out) => {
    expect(formOpenInClosedPeriod(form, closedAt)).toBe(out);
  });
});
