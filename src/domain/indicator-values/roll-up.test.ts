import { describe, expect, it } from 'vitest';
import { seededRandom } from '../statistics/seeded-random.ts';
import { parseFormula } from '../catalogue/formula/parse-formula.ts';
import type { FormulaNode } from '../catalogue/formula/ast.ts';
import { objectValues } from './element-values.ts';
import { evaluateFormula } from './evaluate-formula.ts';
import { invalid, missing, ok, type Outcome } from '../outcome.ts';
import { mergeRollUps, rollUp, rollUpOutcome, rollUpRuleOf, type Contribution, type RollUpRule } from './roll-up.ts';

function node(formula: string): FormulaNode {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new Error(parsed.issue.message);
  return parsed.node;
}

type Spec = Parameters<typeof objectValues>[0];
function contributions(formula: string, orgs: Spec[]): Contribution[] {
  const n = node(formula);
  return orgs.map((values, i) => ({ objectId: i + 1, evaluation: evaluateFormula(n, formula, { values: objectValues(values) }) }));
}
function rolled(formula: string, orgs: Spec[]) {
  return rollUp(rollUpRuleOf(node(formula)), contributions(formula, orgs));
}

describe('rollUpRuleOf', () => {
  it.each<[string, RollUpRule]>([
    ['ratio(a, b)', 'ratio'],
    ['a / b', 'quotient'],
    ['flag(a)', 'share'],
    ['share_orgs(a > 0)', 'share'],
    ['share_persons(a)', 'share'],
    ['count_orgs(a > 0)', 'sum'],
    ['count_persons(a)', 'sum'],
    ['sum(a, b)', 'sum'],
    ['a', 'sum'],
    ['a - b', 'sum'],
  ])('%s → %s', (formula, rule) => expect(rollUpRuleOf(node(formula))).toBe(rule));
});

describe('rollUp', () => {
  it.each<[string, string, Spec[], Outcome, number]>([
    // (12 + 3) × 100 / (40 + 10) = 30
    [
      'ratio of sums',
      'ratio(a, b)',
      [
        { a: 12, b: 40 },
        { a: 3, b: 10 },
      ],
      ok(30),
      2,
    ],
    // (1 + 9) × 100 / (10 + 30) = 25, while the mean of 10% and 30% would be 20
    [
      'not a mean of percentages',
      'ratio(a, b)',
      [
        { a: 1, b: 10 },
        { a: 9, b: 30 },
      ],
      ok(25),
      2,
    ],
    // org 2 has no b: excluded; 12 × 100 / 40 = 30
    ['missing excluded', 'ratio(a, b)', [{ a: 12, b: 40 }, { a: 3 }], ok(30), 1],
    // an org with 0 / 0 still adds to both sums: (6 + 0) × 100 / (20 + 0) = 30
    [
      'zero denominator of one org is kept',
      'ratio(a, b)',
      [
        { a: 6, b: 20 },
        { a: 0, b: 0 },
      ],
      ok(30),
      2,
    ],
    ['all denominators 0', 'ratio(a, b)', [{ a: 0, b: 0 }], invalid('знаменатель равен 0'), 1],
    // (100 + 60) / (10 + 5) = 10.666…
    [
      'quotient',
      'a / b',
      [
        { a: 100, b: 10 },
        { a: 60, b: 5 },
      ],
      ok(160 / 15),
      2,
    ],
    ['sum', 'sum(a, b)', [{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5 }], ok(10), 2], // (1 + 2) + (3 + 4); org 3 excluded
    ['bare reference', 'a', [{ a: 7 }, { a: 5 }], ok(12), 2], // 7 + 5
    ['count_orgs', 'count_orgs(a > 0)', [{ a: 1 }, { a: 0 }, { a: 2 }], ok(2), 3], // 1 + 0 + 1
    // 2 of 3 evaluated orgs meet; org 4 has no value: 2 × 100 / 3 = 66.66…
    ['share_orgs', 'share_orgs(a > 0)', [{ a: 1 }, { a: 0 }, { a: 2 }, {}], ok(200 / 3), 3],
    ['flag at aggregate is a share in %', 'flag(a)', [{ a: 1 }, { a: 0 }, { a: 1 }, { a: 1 }], ok(75), 4], // 3 × 100 / 4
    ['nobody has data', 'a', [{}, {}], missing('нет данных ни по одному из 2 объектов'), 0],
    ['empty set', 'a', [], missing('нет объектов, к которым применим показатель'), 0],
  ])('%s: %s', (_name, formula, orgs, expected, used) => {
    const r = rolled(formula, orgs);
    expect(rollUpOutcome(r)).toEqual(expected);
    expect([r.used, r.total]).toEqual([used, orgs.length]);
  });

  it('lists excluded objects with their reason', () => {
    expect(rolled('ratio(a, b)', [{ a: 1, b: 2 }, { b: 4 }]).excluded).toEqual([{ objectId: 2, reason: 'нет значения элемента «a»' }]);
  });
});

describe('roll-up of roll-ups (property, seeded)', () => {
  const formulas = ['ratio(a, b)', 'a / b', 'share_orgs(a > b)', 'flag(c)', 'sum(a, c)', 'count_orgs(a >= 5)', 'ratio(a - c, b + c)'];
  it('organisations → municipalities → region equals organisations → region', () => {
    const rnd = seededRandom(4);
    for (let run = 0; run < 300; run++) {
      const formula = rnd.pick(formulas);
      const rule = rollUpRuleOf(node(formula));
      const municipalities = Array.from({ length: rnd.int(1, 6) }, () =>
        Array.from({ length: rnd.int(0, 8) }, () => {
          const org: Record<string, number> = {};
          if (rnd.next() < 0.9) org.a = rnd.int(0, 50);
          if (rnd.next() < 0.9) org.b = rnd.int(0, 60);
          if (rnd.next() < 0.9) org.c = rnd.int(0, 1);
          return org;
        }),
      );
      const perMunicipality = municipalities.map((orgs) => rollUp(rule, contributions(formula, orgs)));
      const region = mergeRollUps(rule, perMunicipality);
      const direct = rollUp(rule, contributions(formula, municipalities.flat()));
      expect(rollUpOutcome(region)).toEqual(rollUpOutcome(direct));
      expect([region.used, region.total, region.excluded.length]).toEqual([direct.used, direct.total, direct.excluded.length]);
    }
  });
});
