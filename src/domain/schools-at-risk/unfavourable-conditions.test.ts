import { describe, expect, it } from 'vitest';
import { assessFactor, assessShfnsu, CONDITION_FACTORS, SHFNSU_DEFAULTS } from './unfavourable-conditions.ts';
import type { StoredValue } from './school-values.ts';

const v = (element: string, value: number, breakdown = ''): StoredValue => ({ element, breakdown, value });
const factor = (code: string) => CONDITION_FACTORS.find((f) => f.code === code)!;
/** A school of 200 pupils (two grades) with all context data; the staff 45 + 5 vacancies. */
const school = (over: Record<string, number> = {}): StoredValue[] => {
  const base: Record<string, number> = {
    orphan_pupils: 2,
    low_income_family_pupils: 20,
    single_parent_family_pupils: 40,
    risk_group_pupils: 4,
    pdn_registered_pupils: 0,
    ped_workers_total: 45,
    ped_vacancies: 0,
    ...over,
  };
  return [v('pupils_total', 120, 'grade=1'), v('pupils_total', 80, 'grade=2'), ...Object.entries(base).map(([e, n]) => v(e, n))];
};

describe('assessFactor', () => {
  it('a share is exceeded at exactly the threshold', () => {
    // 6 / 200 = 3 %
    expect(assessFactor(school({ orphan_pupils: 6 }), factor('orphans'), 3)).toMatchObject({
      status: 'exceeded',
      numerator: 6,
      denominator: 200,
      share: 3,
      sentence: 'Дети-сироты и дети, оставшиеся без попечения родителей: 6 из 200 обучающихся (3 %) ≥ 3 %',
    });
    expect(assessFactor(school({ orphan_pupils: 5 }), factor('orphans'), 3).status).toBe('not_exceeded');
  });

  it('staff shortage: vacancies of staff + vacancies', () => {
    // 5 / (45 + 5) = 10 %
    expect(assessFactor(school({ ped_vacancies: 5 }), factor('staff_shortage'), 10)).toMatchObject({ status: 'exceeded', denominator: 50 });
  });

  it('missing data is missing, not zero', () => {
    const values = school().filter((x) => x.element !== 'pupils_total');
    expect(assessFactor(values, factor('orphans'), 3)).toMatchObject({
      status: 'missing',
      share: null,
      missing: ['pupils_total'],
      sentence: 'Дети-сироты и дети, оставшиеся без попечения родителей: нет данных (pupils_total)',
    });
  });

  it('a numerator above the denominator or no pupils is invalid', () => {
    expect(assessFactor(school({ orphan_pupils: 300 }), factor('orphans'), 3).status).toBe('invalid');
    expect(assessFactor([v('pupils_total', 0), v('orphan_pupils', 0)], factor('orphans'), 3).status).toBe('invalid');
  });
});

describe('assessShfnsu (default: at least 2 factors exceeded)', () => {
  it('two exceeded factors make ШФНСУ', () => {
    // low income 60 / 200 = 30 %; ПДН 2 / 200 = 1 %
    const r = assessShfnsu(school({ low_income_family_pupils: 60, pdn_registered_pupils: 2 }));
    expect([r.status, r.exceeded, r.unknown]).toEqual(['unfavourable', 2, 0]);
    expect(r.conclusion).toBe('превышено факторов: 2 из 6 (нужно не менее 2): школа функционирует в неблагоприятных социальных условиях');
  });

  it('one exceeded factor does not', () => {
    expect(assessShfnsu(school({ low_income_family_pupils: 60 })).status).toBe('favourable');
  });

  it('without context data the verdict is insufficient data', () => {
    const r = assessShfnsu([v('ped_workers_total', 40), v('ped_vacancies', 2)]);
    expect([r.status, r.exceeded, r.unknown]).toEqual(['insufficient_data', 0, 5]);
    expect(r.factors.filter((f) => f.status === 'missing').map((f) => f.code)).toEqual([
      'orphans',
      'low_income',
      'single_parent',
      'risk_group',
      'pdn',
    ]);
  });

  it('thresholds and the count are parameters', () => {
    const values = school({ low_income_family_pupils: 50 }); // 25 %
    expect(assessShfnsu(values).status).toBe('favourable');
    expect(assessShfnsu(values, { minFactors: 1, thresholds: { ...SHFNSU_DEFAULTS.thresholds, low_income: 25 } }).status).toBe(
      'unfavourable',
    );
    expect(assessShfnsu(values, { minFactors: 1, thresholds: {} }).status).toBe('favourable'); // defaults kept
  });
});
