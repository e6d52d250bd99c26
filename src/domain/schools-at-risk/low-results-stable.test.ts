import { describe, expect, it } from 'vitest';
import { assessStablyLow, STABLE_LOW_DEFAULTS, type YearResults } from './low-results-stable.ts';

const low = { label: 'ВПР, математика, 5 кл.', participants: 20, low: 8 }; // 40 %
const fine = { label: 'ВПР, математика, 5 кл.', participants: 20, low: 2 }; // 10 %
const tiny = { label: 'ОГЭ, математика', participants: 3, low: 3 }; // 100 % of 3: low (004 §1.1 has no minimum group)
const MIN_5 = { ...STABLE_LOW_DEFAULTS, minParticipants: 5 }; // a minimum group set by the authority
const year = (y: number, ...results: YearResults['results'][number][]): YearResults => ({ year: y, results });

describe('assessStablyLow (default: low in ≥ 2 of the last 3 years)', () => {
  it.each<[string, YearResults[], boolean, number[]]>([
    ['low 2 of 3', [year(2021, low), year(2022, fine), year(2023, low)], true, [2021, 2023]],
    ['low 3 of 3', [year(2021, low), year(2022, low), year(2023, low)], true, [2021, 2022, 2023]],
    ['low 1 of 3', [year(2021, fine), year(2022, fine), year(2023, low)], false, [2023]],
    [
      'old low years fall out of the window',
      [year(2019, low), year(2020, low), year(2021, fine), year(2022, fine), year(2023, low)],
      false,
      [2023],
    ],
    ['a year without data counts as not low', [year(2021, low), year(2023, fine)], false, [2021]],
    ['small groups count: the seed has no minimum', [year(2021, tiny), year(2022, tiny), year(2023, tiny)], true, [2021, 2022, 2023]],
    ['one low subject makes the year low', [year(2022, fine, low), year(2023, low, fine)], true, [2022, 2023]],
  ])('%s', (_name, history, stablyLow, lowYears) => {
    const v = assessStablyLow(history);
    expect([v.stablyLow, v.lowYears]).toEqual([stablyLow, lowYears]);
  });

  it('with the authority’s minimum group, small groups never count', () => {
    const v = assessStablyLow([year(2021, tiny), year(2022, tiny), year(2023, tiny)], MIN_5);
    expect([v.stablyLow, v.lowYears]).toEqual([false, []]);
  });

  it('returns the reasons', () => {
    expect(assessStablyLow([year(2022, low), year(2023, tiny, fine)], MIN_5).reasons).toEqual([
      '2021: нет результатов',
      '2022: ВПР, математика, 5 кл.: 8 из 20 (40.0 %) ≥ 30 %: низкий результат',
      '2023: ОГЭ, математика: 3 из 3 (100.0 %) ≥ 30 %, но участников меньше 5 (правило органа управления, в методике 004 §1.1 минимума нет): не отмечается',
      'низкие результаты в 1 из 3 последних лет (нужно не менее 2)',
    ]);
  });

  it('window and count are parameters', () => {
    const history = [year(2020, low), year(2021, fine), year(2022, fine), year(2023, low)];
    expect(assessStablyLow(history, { ...STABLE_LOW_DEFAULTS, windowYears: 4, minLowYears: 2 }).stablyLow).toBe(true);
  });

  it('no history', () =>
    expect(assessStablyLow([])).toEqual({ stablyLow: false, lowYears: [], reasons: ['нет результатов оценочных процедур'] }));
});
