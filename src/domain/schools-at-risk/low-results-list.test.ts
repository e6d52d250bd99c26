import { describe, expect, it } from 'vitest';
import { breakdownKey } from '../catalogue/breakdown-key.ts';
import { assessShnor, lowProcedures, SHNOR_DEFAULTS } from './low-results-list.ts';
import type { SchoolYearValues, StoredValue } from './school-values.ts';

const vpr = (subject: string, grade: number, participants: number, mark2: number): StoredValue[] => [
  { element: 'vpr_participants', breakdown: breakdownKey({ subject, grade }), value: participants },
  { element: 'vpr_mark_2', breakdown: breakdownKey({ subject, grade }), value: mark2 },
];
const ege = (subject: string, participants: number, below: number): StoredValue[] => [
  { element: 'ege_participants', breakdown: breakdownKey({ subject }), value: participants },
  { element: 'ege_below_min', breakdown: breakdownKey({ subject }), value: below },
];
const year = (y: number, ...values: StoredValue[][]): SchoolYearValues => ({ year: y, label: `${y}/${y + 1}`, values: values.flat() });

describe('assessShnor', () => {
  it('exactly 30 % is low; two low years of three make ШНОР', () => {
    // 6 of 20 = 30 % (low), 5 of 20 = 25 % (not low)
    const v = assessShnor([year(2022, vpr('math', 5, 20, 6)), year(2023, vpr('math', 6, 20, 5)), year(2024, vpr('math', 7, 20, 6))], 2024);
    expect([v.stablyLow, v.lowYears]).toEqual([true, [2022, 2024]]);
    expect(v.evidence).toEqual([
      '2022/2023: ВПР, математика, 5 класс: «2» у 6 из 20 участников (30 %) ≥ 30 %',
      '2024/2025: ВПР, математика, 7 класс: «2» у 6 из 20 участников (30 %) ≥ 30 %',
      'низкие результаты в 2 из 3 последних лет (2022/2023, 2024/2025); для ШНОР нужно не менее 2',
    ]);
  });

  it('004 §1.1 has no minimum group: «не менее 30 % участников» — 3 of 4 below the ЕГЭ minimum is low', () => {
    const v = assessShnor([year(2023, ege('chem', 4, 3)), year(2024, ege('chem', 4, 3))], 2024);
    expect(SHNOR_DEFAULTS.minParticipants).toBeNull();
    expect(v.stablyLow).toBe(true);
    expect(v.years[2]!.results[0]).toMatchObject({ status: 'low', label: 'ЕГЭ, химия', share: 75 });
    expect(v.evidence.some((e) => e.includes('правило органа управления'))).toBe(false);
  });

  it('a minimum group set by the authority: small groups are shown, never flag a year, and the rule is labelled as its own', () => {
    // ЕГЭ: 3 of 4 below the minimum = 75 %, but fewer than 5 participants
    const v = assessShnor([year(2023, ege('chem', 4, 3)), year(2024, ege('chem', 4, 3))], 2024, { ...SHNOR_DEFAULTS, minParticipants: 5 });
    expect(v.stablyLow).toBe(false);
    expect(v.years[2]!.results[0]).toMatchObject({ status: 'small_group', label: 'ЕГЭ, химия', share: 75 });
    expect(v.years[2]!.lowResults).toBe(0);
    expect(v.evidence).toContain(
      'Минимальная численность группы — правило органа управления, в методике его нет (004 §1.1): результаты групп меньше 5 участников не отмечаются',
    );
    expect(v.evidence).toContain(
      '2024/2025: ЕГЭ, химия: ниже минимального порога у 3 из 4 участников (75 %) ≥ 30 %, но участников меньше 5: не отмечается',
    );
  });

  it('a red year explains itself: 25,3 % over the year beside a 30 % threshold names the procedure that was low', () => {
    // ВПР 8 of 20 = 40 % (low); ЕГЭ 11 of 55 = 20 %; the year: 19 of 75 = 25,3 %
    const v = assessShnor([year(2024, vpr('math', 5, 20, 8), ege('rus', 55, 11))], 2024);
    const y = v.years[2]!;
    expect([y.isLow, y.lowShare?.toFixed(1)]).toEqual([true, '25.3']);
    expect(y.lowSummary).toBe('низкий: ВПР, математика, 5 класс — 40 %');
    expect(v.years[1]!.lowSummary).toBeNull();
  });

  it('a missing year counts as not low and is reported', () => {
    const v = assessShnor([year(2022, vpr('rus', 4, 10, 5)), year(2024, vpr('rus', 4, 10, 5))], 2024);
    expect([v.stablyLow, v.lowYears]).toEqual([true, [2022, 2024]]);
    expect(v.years[1]).toMatchObject({ year: 2023, results: [], lowShare: null });
    expect(v.evidence).toContain('2023/2024: нет результатов оценочных процедур');
    const three = assessShnor([year(2022, vpr('rus', 4, 10, 5)), year(2024, vpr('rus', 4, 10, 5))], 2024, {
      ...SHNOR_DEFAULTS,
      minLowYears: 3,
    });
    expect(three.stablyLow).toBe(false);
  });

  it('the window ends at the chosen year, not at the school’s last data', () => {
    const v = assessShnor([year(2020, vpr('rus', 4, 10, 5)), year(2021, vpr('rus', 4, 10, 5))], 2024);
    expect([v.stablyLow, v.noResults]).toEqual([false, true]);
  });

  it('the trend is Σ low / Σ participants over every procedure of the year', () => {
    // (6 + 1) / (20 + 10) = 23,3 %
    const v = assessShnor([year(2024, vpr('math', 5, 20, 6), ege('rus', 10, 1))], 2024);
    expect(v.years[2]!.lowShare).toBeCloseTo(23.333, 3);
    expect(lowProcedures(v)).toEqual(['ВПР']);
  });

  it('НИКО results name the subject in Russian', () => {
    const v = assessShnor(
      [
        year(2024, [
          { element: 'niko_participants', breakdown: 'grade=7;subject=history', value: 10 },
          { element: 'niko_below_min', breakdown: 'grade=7;subject=history', value: 4 },
        ]),
      ],
      2024,
    );
    expect(v.evidence[2]).toBe('2024/2025: НИКО, история, 7 класс: ниже минимального порога у 4 из 10 участников (40 %) ≥ 30 %');
  });

  it('a result without the low count is left out, not taken as zero', () => {
    const v = assessShnor([year(2024, [{ element: 'oge_participants', breakdown: 'subject=math', value: 30 }])], 2024);
    expect(v.years[2]!.results).toEqual([]);
  });

  it('threshold and minimum group are parameters', () => {
    const h = [year(2023, vpr('math', 5, 4, 1)), year(2024, vpr('math', 5, 4, 1))]; // 25 % of 4
    expect(assessShnor(h, 2024).stablyLow).toBe(false);
    expect(assessShnor(h, 2024, { ...SHNOR_DEFAULTS, thresholdPercent: 25, minParticipants: 3 }).stablyLow).toBe(true);
  });

  it('objectivity: a big gap between ВПР and term marks is a signal', () => {
    const marks = (confirmed: number, lowered: number, raised: number): StoredValue[] => [
      { element: 'vpr_marks_confirmed', breakdown: 'grade=5;subject=math', value: confirmed },
      { element: 'vpr_marks_lowered', breakdown: 'grade=5;subject=math', value: lowered },
      { element: 'vpr_marks_raised', breakdown: 'grade=5;subject=math', value: raised },
    ];
    // (5 + 1) / 20 = 30 %: flagged
    const v = assessShnor([year(2024, vpr('math', 5, 20, 0), marks(14, 5, 1))], 2024);
    expect(v.objectivityFlag).toBe(true);
    expect(v.years[2]!.objectivity[0]).toMatchObject({ procedure: 'vpr', compared: 20, loweredShare: 25, raisedShare: 5, flagged: true });
    expect(v.evidence[2]).toBe(
      '2024/2025: ВПР: из 20 результатов с отметкой по журналу подтвердили 14 (70 %), понизили 5 (25 %), повысили 1 (5 %); расхождение 30 % ≥ 30 %: сигнал необъективности',
    );
    // (5 + 0) / 20 = 25 %: not flagged
    expect(assessShnor([year(2024, marks(15, 5, 0))], 2024).objectivityFlag).toBe(false);
  });

  it('objectivity: a missing count is reported as missing; small comparisons give no signal', () => {
    const v = assessShnor(
      [
        year(2024, [
          { element: 'vpr_marks_confirmed', breakdown: '', value: 6 },
          { element: 'vpr_marks_lowered', breakdown: '', value: 4 },
        ]),
      ],
      2024,
    );
    const s = v.years[2]!.objectivity[0]!;
    expect([s.raised, s.raisedShare, s.missing, s.flagged]).toEqual([null, null, ['vpr_marks_raised'], true]);
    expect(s.sentence).toContain('повысили: нет данных');
    const small = assessShnor([year(2024, [{ element: 'vpr_marks_lowered', breakdown: '', value: 3 }])], 2024, {
      ...SHNOR_DEFAULTS,
      minParticipants: 5,
    });
    expect(small.years[2]!.objectivity[0]!.flagged).toBe(false);
  });
});
