import { describe, expect, it } from 'vitest';
import { planIndicators } from './plan-indicators.ts';

const ind = (code: string, formula: string) => ({ code, formula });

describe('planIndicators', () => {
  it('sends element-only formulas to SQL and @CODE or unparsable ones to the pure engine with their dependencies', () => {
    const plan = planIndicators([
      ind('A', 'ratio(x, y)'),
      ind('B', 'sum(z)'),
      ind('C', '@A + @D'),
      ind('D', '@B * 2'),
      ind('E', 'ratio(x,'),
    ]);
    expect(plan.sql.map((s) => s.indicator.code)).toEqual(['A', 'B']);
    expect(plan.pure.map((i) => i.code)).toEqual(['C', 'D', 'E']);
    expect(plan.pureWithDependencies.map((i) => i.code).sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('needs nothing from the pure engine when no formula refers to another', () => {
    const plan = planIndicators([ind('A', 'ratio(x, y)')]);
    expect(plan.pure).toEqual([]);
    expect(plan.pureWithDependencies).toEqual([]);
  });

  it('sends formulas that count persons to the pure engine (it evaluates each person the register names)', () => {
    const plan = planIndicators([ind('A', 'share_persons(x)'), ind('B', 'count_persons(x and y)'), ind('C', 'share_orgs(x)')]);
    expect(plan.sql.map((s) => s.indicator.code)).toEqual(['C']);
    expect(plan.pure.map((i) => i.code)).toEqual(['A', 'B']);
  });
});
