import { describe, expect, it } from 'vitest';
import { parseFormula } from '../catalogue/formula/parse-formula.ts';
import { objectValues } from './element-values.ts';
import { evaluateFormula } from './evaluate-formula.ts';
import { invalid, missing, ok, type Outcome } from '../outcome.ts';

function run(formula: string, values: Parameters<typeof objectValues>[0], indicators?: Record<string, Outcome>) {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new Error(parsed.issue.message);
  return evaluateFormula(parsed.node, formula, { values: objectValues(values), indicators: new Map(Object.entries(indicators ?? {})) });
}

const vpr = { 'grade=4;subject=math': 20, 'grade=4;subject=rus': 22, 'grade=5;subject=math': 18 };

describe('evaluateFormula', () => {
  it.each<[string, string, Parameters<typeof objectValues>[0], Outcome]>([
    ['ratio', 'ratio(a, b)', { a: 12, b: 40 }, ok(30)], // 12 × 100 / 40 = 30
    ['ratio of sums', 'ratio(sum(a, c), b)', { a: 12, b: 40, c: 3 }, ok(37.5)], // (12 + 3) × 100 / 40 = 37.5
    ['exact percent, no float drift', 'ratio(a, b)', { a: 19, b: 20 }, ok(95)], // 1900 / 20 = 95 (not 0.95 × 100)
    ['arithmetic precedence', 'a + b * 2 - -c', { a: 1, b: 2, c: 3 }, ok(8)], // 1 + 4 + 3
    ['plain division', 'a / b', { a: 30, b: 4 }, ok(7.5)], // 30 / 4
    ['no filter sums all breakdowns', 'p', { p: vpr }, ok(60)], // 20 + 22 + 18
    ['filter on one key', 'p[subject=math]', { p: vpr }, ok(38)], // 20 + 18
    ['filter on two keys', 'p[subject=math, grade=4]', { p: vpr }, ok(20)],
    ['boolean element is 1/0', 'flag(site)', { site: 1 }, ok(1)],
    ['flag false', 'flag(site)', { site: 0 }, ok(0)],
    ['share_orgs of one object is 1/0', 'share_orgs(a >= 10 and b = 0)', { a: 10, b: 0 }, ok(1)],
    ['share_orgs false', 'share_orgs(a >= 10 and b = 0)', { a: 9, b: 0 }, ok(0)],
    ['or', 'count_orgs(a > 1 or b != 0)', { a: 0, b: 2 }, ok(1)],
    ['nested ratio in a condition', 'share_orgs(ratio(a, b) >= 100)', { a: 7, b: 7 }, ok(1)], // 700 / 7 = 100
    ['absent element', 'ratio(a, b)', { b: 4 }, missing('нет значения элемента «a»')],
    ['absent breakdown', 'p[subject=phys]', { p: vpr }, missing('нет значения элемента «p» [subject=phys]')],
    ['zero denominator in ratio', 'ratio(a, b)', { a: 0, b: 0 }, invalid('знаменатель равен 0')],
    ['zero denominator in /', 'a / (b - b)', { a: 1, b: 3 }, invalid('знаменатель равен 0')],
    ['non-finite input', 'a', { a: Number.NaN }, invalid('нечисловое значение элемента «a»')],
  ])('%s: %s', (_name, formula, values, expected) => {
    expect(run(formula, values).outcome).toEqual(expected);
  });

  it('uses other indicators by @CODE and propagates their outcome', () => {
    expect(run('@K1 * 2', {}, { K1: ok(21) }).outcome).toEqual(ok(42));
    expect(run('@K1 + 1', {}, { K1: invalid('знаменатель равен 0') }).outcome).toEqual(invalid('показатель «@K1»: знаменатель равен 0'));
    expect(run('@K2', {}).outcome).toEqual(missing('нет значения показателя «@K2»'));
  });

  it('explains: formula, inputs, top-level numerator and denominator', () => {
    const r = run('ratio(sum(p[subject=math], x), b)', { p: vpr, x: 2, b: 80 });
    // (20 + 18 + 2) × 100 / 80 = 50
    expect(r.outcome).toEqual(ok(50));
    expect(r.explanation).toEqual({
      formula: 'ratio(sum(p[subject=math], x), b)',
      inputs: [
        { element: 'p', breakdown: 'grade=4;subject=math', value: 20 },
        { element: 'p', breakdown: 'grade=5;subject=math', value: 18 },
        { element: 'x', breakdown: '', value: 2 },
        { element: 'b', breakdown: '', value: 80 },
      ],
      indicators: [],
      ratios: [{ at: 0, numerator: 40, denominator: 80 }],
      numerator: 40,
      denominator: 80,
    });
  });

  it('keeps numerator and denominator when the denominator is 0 (a roll-up still needs them)', () => {
    const r = run('ratio(a, b)', { a: 0, b: 0 });
    expect([r.explanation.numerator, r.explanation.denominator]).toEqual([0, 0]);
  });

  describe('persons named by the personnel register (breakdown person=…)', () => {
    // Three leaders of one organisation: 7 and 9 trained, 8 not; 9 has no management degree.
    const leaders = {
      trained: { 'person=7': 1, 'person=8': 0, 'person=9': 1 },
      degree: { 'person=7': 1, 'person=8': 1, 'person=9': 0 },
    };

    it('count_persons counts the persons who meet the condition', () => {
      const r = run('count_persons(trained and degree)', leaders);
      expect(r.outcome).toEqual(ok(1)); // only person 7
      expect(r.explanation.persons).toEqual({ total: 3, matching: 1 });
      expect(r.explanation.inputs).toContainEqual({ element: 'trained', breakdown: 'person=8', value: 0 });
    });

    it('share_persons is the fraction of them; the percentage appears on roll-up', () => {
      const r = run('share_persons(trained)', leaders);
      expect(r.outcome).toEqual(ok(2 / 3));
      expect(r.explanation.persons).toEqual({ total: 3, matching: 2 });
    });

    it('reads a number per person and keeps other breakdown parts filterable', () => {
      const plans = {
        completion: { 'person=1': 100, 'person=2': 60, 'person=3': 40 },
        enrolled: { 'person=1': 1, 'person=2': 1, 'person=3': 0 },
      };
      expect(run('count_persons(enrolled and completion >= 50 and completion <= 90)', plans).outcome).toEqual(ok(1));
      const scored = {
        s: { 'person=1;subject=rus': 5, 'person=1;subject=math': 2, 'person=2;subject=rus': 4, 'person=2;subject=math': 4 },
      };
      expect(run('count_persons(s[subject=math] >= 3)', scored).outcome).toEqual(ok(1)); // person 2 only
    });

    it('a person without a value makes the object missing, saying who', () => {
      const r = run('count_persons(trained and degree)', { trained: { 'person=7': 1, 'person=8': 1 }, degree: { 'person=7': 1 } });
      expect(r.outcome).toEqual(missing('лицо 8: нет значения элемента «degree»'));
    });

    it('without named persons the object is the person (1/0), as before', () => {
      expect(run('share_persons(trained)', { trained: 1 }).outcome).toEqual(ok(1));
      expect(run('count_persons(trained)', { trained: 0 }).outcome).toEqual(ok(0));
    });
  });
});
