import { describe, expect, it } from 'vitest';
import type { FormulaNode } from './ast.ts';
import { parseFormula } from './parse-formula.ts';
import { compileFormulaToSql, renderSql } from './to-sql.ts';

const parsed = (formula: string): FormulaNode => {
  const r = parseFormula(formula);
  if (!r.ok) throw new Error(r.issue.message);
  return r.node;
};
const column = (formula: string, name: string) => {
  const c = compileFormulaToSql(parsed(formula)).select.find((s) => s.name === name);
  return c ? renderSql(c.sql) : undefined;
};

describe('compileFormulaToSql', () => {
  it.each([
    ['ratio(a, b)', 'ratio'],
    ['a / b', 'quotient'],
    ['flag(a > 1)', 'share'],
    ['share_orgs(a > 1)', 'share'],
    ['count_orgs(a > 1)', 'sum'],
    ['sum(a, b)', 'sum'],
    ['a + b', 'sum'],
  ])('%s rolls up as %s', (formula, kind) => {
    expect(compileFormulaToSql(parsed(formula)).kind).toBe(kind);
  });

  it('makes one pivot column per distinct reference, with the filter pairs as parameters', () => {
    const c = compileFormulaToSql(parsed('ratio(x[subject=math, grade=4], x) + x[grade=4,subject=math]'));
    expect(c.pivot.map((p) => [p.name, p.code, renderSql(p.sql).params])).toEqual([
      ['e0', 'x', ['x', 'grade=4', 'subject=math']],
      ['e1', 'x', ['x']],
    ]);
  });

  it('keeps the first bad operand, then a zero denominator, as the state', () => {
    expect(column('a / b', 'state')?.text).toBe(
      "coalesce(case when p.e0 is null then 'missing' when p.e0 in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) then 'invalid' end, " +
        "case when p.e1 is null then 'missing' when p.e1 in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) then 'invalid' end, " +
        "case when p.e1 = 0 then 'invalid' end)",
    );
    expect(column('2 * 3', 'state')?.text).toBe('null::text');
  });

  it('computes in the pure path order: num * 100 / den, 0 + a + b, conditions as 1/0', () => {
    expect(column('ratio(a, b)', 'value')?.text).toBe('(p.e0 * 100 / nullif(p.e1, 0))');
    expect(column('sum(a, b)', 'value')?.text).toBe('(0::float8 + p.e0 + p.e1)');
    expect(column('flag(a >= 2 and b != 1)', 'value')).toEqual({
      text: '(((p.e0 >= $1::float8)::int::float8 <> 0 and (p.e1 <> $2::float8)::int::float8 <> 0)::int::float8 <> 0)::int::float8',
      params: [2, 1],
    });
  });

  it('inlines @CODE and refuses cycles and unknown codes', () => {
    const formulas: Record<string, string> = { A: 'ratio(a, b)', B: '@C + 1', C: '@B' };
    const indicator = (code: string) => (formulas[code] === undefined ? undefined : parsed(formulas[code]));
    expect(compileFormulaToSql(parsed('flag(@A >= 50)'), { indicator }).elementCodes).toEqual(['a', 'b']);
    expect(compileFormulaToSql(parsed('flag(@A >= 50)'), { indicator }).directElementCodes).toEqual([]);
    expect(() => compileFormulaToSql(parsed('@B'), { indicator })).toThrow('циклическая ссылка на показатель «@B»');
    expect(() => compileFormulaToSql(parsed('@Z'), { indicator })).toThrow('неизвестный показатель «@Z»');
  });
});
