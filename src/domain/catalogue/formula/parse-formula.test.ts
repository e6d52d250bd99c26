import { describe, expect, it } from 'vitest';
import { checkFormula, formulaReferences, type FormulaScope } from './check-formula.ts';
import { parseFormula } from './parse-formula.ts';

const scope: FormulaScope = {
  elements: new Map([
    ['vpr_participants', { breakdowns: ['subject', 'grade'] }],
    ['vpr_mark_2', { breakdowns: ['subject', 'grade'] }],
    ['pupils_total', { breakdowns: [] }],
    ['has_programme', { breakdowns: [], valueType: 'boolean' }],
  ]),
  indicators: new Set(['D1.01']),
};

function issuesOf(text: string): string[] {
  const parsed = parseFormula(text);
  if (!parsed.ok) return [`${parsed.issue.at}: ${parsed.issue.message}`];
  return checkFormula(parsed.node, scope).map((i) => `${i.at}: ${i.message}`);
}

describe('parseFormula: good input', () => {
  it.each([
    'ratio(vpr_mark_2, vpr_participants)',
    'ratio(vpr_mark_2[subject=math, grade=4], vpr_participants[subject=math, grade=4])',
    'sum(pupils_total, 5) * 2 - -1',
    'flag(has_programme >= 1)',
    'flag(has_programme)',
    'share_orgs(has_programme and pupils_total > 100)',
    'share_orgs(ratio(vpr_mark_2, vpr_participants) < 30 and pupils_total > 0)',
    '(@D1.01 + 1) / 2',
  ])('%s', (text) => {
    expect(issuesOf(text)).toEqual([]);
  });

  it('keeps precedence: * before +, comparison before and', () => {
    const parsed = parseFormula('1 + 2 * 3');
    expect(parsed.ok && parsed.node).toMatchObject({ kind: 'binary', op: '+', right: { kind: 'binary', op: '*' } });
    const cond = parseFormula('flag(pupils_total > 1 or pupils_total < 0 and pupils_total = 5)');
    expect(cond.ok && cond.node).toMatchObject({ kind: 'call', args: [{ kind: 'binary', op: 'or', right: { op: 'and' } }] });
  });

  it('lists the codes a formula uses', () => {
    const parsed = parseFormula('ratio(vpr_mark_2[grade=4], vpr_participants) + @D1.01');
    if (!parsed.ok) throw new Error('parse failed');
    const refs = formulaReferences(parsed.node);
    expect([...refs.elements].sort()).toEqual(['vpr_mark_2', 'vpr_participants']);
    expect([...refs.indicators]).toEqual(['D1.01']);
  });
});

describe('parseFormula: bad input names the position and the mistake', () => {
  it.each([
    ['ratio(vpr_mark_2, ', '18: формула обрывается: ожидается число, код или «(»'],
    ['ratio(vpr_mark_2)', '0: функция ratio принимает аргументов: 2, а передано 1'],
    ['avg(pupils_total)', '0: неизвестная функция «avg»: допустимы ratio, sum, flag, share_orgs, count_orgs, share_persons, count_persons'],
    ['pupils_total % 2', '13: недопустимый символ «%»'],
    ['(pupils_total + 1', '17: ожидается «)» для закрытия скобки, а найдено конец формулы'],
    ['pupils_total pupils_total', '13: лишнее «pupils_total» после конца выражения'],
    ['ratio(unknown_thing, pupils_total)', '6: неизвестный элемент данных «unknown_thing»'],
    ['vpr_mark_2[colour=red]', '0: у элемента «vpr_mark_2» нет разреза «colour» (есть: subject, grade)'],
    ['@D9.99', '0: неизвестный показатель «@D9.99»'],
    ['pupils_total > 1', '13: ожидается число как результат формулы, а стоит условие'],
    ['flag(pupils_total)', '5: ожидается условие в flag(…) (нужно условие, например x >= 1), а стоит число'],
    ['ratio(pupils_total > 1, pupils_total)', '19: ожидается число в ratio(…), а стоит условие'],
    ['', '0: формула обрывается: ожидается число, код или «(»'],
    ['vpr_mark_2[grade]', '16: ожидается «=» после «grade» в фильтре, а найдено «]»'],
  ])('%s', (text, expected) => {
    expect(issuesOf(text)).toEqual([expected]);
  });
});

describe('parseFormula: nesting is bounded', () => {
  it('accepts 100 levels of brackets, calls and minus signs', () => {
    expect(issuesOf(`${'('.repeat(100)}pupils_total${')'.repeat(100)}`)).toEqual([]);
    expect(issuesOf(`${'sum('.repeat(99)}pupils_total${')'.repeat(99)}`)).toEqual([]);
    expect(issuesOf(`${'-'.repeat(100)}pupils_total`)).toEqual([]);
  });

  it.each([
    ['15,000 brackets', `${'('.repeat(15_000)}1${')'.repeat(15_000)}`, 100],
    ['15,000 calls', `${'sum('.repeat(15_000)}1${')'.repeat(15_000)}`, 400],
    ['15,000 minus signs', `${'-'.repeat(15_000)}1`, 100],
    ['101 brackets', `${'('.repeat(101)}1${')'.repeat(101)}`, 100],
  ])('refuses %s with the position of the level too deep, without a stack overflow', (_, text, at) => {
    expect(issuesOf(text)).toEqual([
      `${at}: вложенность скобок, функций и знаков «-» глубже 100 уровней: упростите формулу или разбейте её на показатели (@КОД)`,
    ]);
  });

  it('refuses a chain of 15,000 operations, which later steps walk recursively', () => {
    const text = Array.from({ length: 15_000 }, () => 'pupils_total').join(' + ');
    expect(issuesOf(text)[0]).toMatch(/^\d+: в формуле больше 1000 операций: /);
  });
});
