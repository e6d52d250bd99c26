import { describe, expect, it } from 'vitest';
import { isClosedForPeriod, mergeRefusal, ruDate } from './org-life.ts';

const school = (id: number, closedOn: string | null = null) => ({ id, kind: 'organisation', name: `Школа ${id}`, closedOn });

describe('isClosedForPeriod', () => {
  it.each([
    [null, '2026-09-01', false],
    ['2026-09-01', '2026-09-01', true], // the period starts on the closing day
    ['2026-09-01', '2027-09-01', true],
    ['2026-09-01', '2025-09-01', false], // a past period keeps the organisation
    ['2026-09-02', '2026-09-01', false],
  ])('closed on %s, period from %s → %s', (closedOn, startsOn, out) => {
    expect(isClosedForPeriod(closedOn, startsOn)).toBe(out);
  });
});

describe('mergeRefusal', () => {
  it('allows two open organisations of one kind', () => {
    expect(mergeRefusal(school(1), school(2))).toBeNull();
  });
  it('refuses itself, a closed target, another kind', () => {
    expect(mergeRefusal(school(1), school(1))).toBe('Организацию «Школа 1» нельзя присоединить к ней самой: выберите другую.');
    expect(mergeRefusal(school(1), school(2, '2026-01-01'))).toBe(
      '«Школа 2» закрыта с 01.01.2026: присоединять можно только к действующей организации.',
    );
    expect(mergeRefusal(school(1), { id: 3, kind: 'municipality', name: 'Район', closedOn: null })).toBe(
      '«Школа 1» можно присоединить только к организации, а «Район» — муниципалитет.',
    );
  });
  it('writes dates as dd.mm.yyyy', () => {
    expect(ruDate('2026-09-01')).toBe('01.09.2026');
  });
});
