import type { FormulaNode, FormulaType } from './ast.ts';
import type { FormulaIssue } from './parse-formula.ts';

/** What a formula may refer to: data-element codes (with their breakdowns) and indicator codes. */
export interface FormulaScope {
  elements: ReadonlyMap<string, { breakdowns: readonly string[]; valueType?: string }>;
  indicators: ReadonlySet<string>;
}

const CONDITION_FUNCTIONS = new Set(['flag', 'share_orgs', 'count_orgs', 'share_persons', 'count_persons']);

/**
 * Checks a parsed formula: every code exists, filters use the element's breakdowns, numbers and
 * conditions are not mixed up, and the result is a number. Returns every issue found.
 */
export function checkFormula(node: FormulaNode, scope: FormulaScope): FormulaIssue[] {
  const issues: FormulaIssue[] = [];
  // A yes/no data element (valueType boolean, stored as 1/0) may stand as a condition or as a number.
  const typeOf = (n: FormulaNode): FormulaType | 'flag' => {
    switch (n.kind) {
      case 'number':
        return 'number';
      case 'element': {
        const element = scope.elements.get(n.code);
        if (!element) {
          issues.push({ at: n.at, message: `неизвестный элемент данных «${n.code}»` });
        } else {
          for (const key of Object.keys(n.filter)) {
            if (!element.breakdowns.includes(key)) {
              const allowed = element.breakdowns.length ? element.breakdowns.join(', ') : 'нет разрезов';
              issues.push({ at: n.at, message: `у элемента «${n.code}» нет разреза «${key}» (есть: ${allowed})` });
            }
          }
        }
        return element?.valueType === 'boolean' && Object.keys(n.filter).length === 0 ? 'flag' : 'number';
      }
      case 'indicator':
        if (!scope.indicators.has(n.code)) issues.push({ at: n.at, message: `неизвестный показатель «@${n.code}»` });
        return 'number';
      case 'unary':
        expect(n.operand, 'number', 'после знака «-»');
        return 'number';
      case 'binary':
        switch (n.op) {
          case '+':
          case '-':
          case '*':
          case '/':
            expect(n.left, 'number', `слева от «${n.op}»`);
            expect(n.right, 'number', `справа от «${n.op}»`);
            return 'number';
          case '<':
          case '<=':
          case '>':
          case '>=':
          case '=':
          case '!=':
            expect(n.left, 'number', `слева от «${n.op}»`);
            expect(n.right, 'number', `справа от «${n.op}»`);
            return 'boolean';
          case 'and':
          case 'or':
            expect(n.left, 'boolean', `слева от «${n.op}»`);
            expect(n.right, 'boolean', `справа от «${n.op}»`);
            return 'boolean';
        }
        return 'number';
      case 'call':
        if (CONDITION_FUNCTIONS.has(n.fn)) {
          for (const arg of n.args) expect(arg, 'boolean', `в ${n.fn}(…) (нужно условие, например x >= 1)`);
        } else {
          for (const arg of n.args) expect(arg, 'number', `в ${n.fn}(…)`);
        }
        return 'number';
    }
  };
  const expect = (n: FormulaNode, type: FormulaType, where: string) => {
    const actual = typeOf(n);
    if (actual !== type && actual !== 'flag') {
      issues.push({
        at: n.at,
        message: type === 'number' ? `ожидается число ${where}, а стоит условие` : `ожидается условие ${where}, а стоит число`,
      });
    }
  };
  expect(node, 'number', 'как результат формулы');
  return issues;
}

/** Codes of the data elements and indicators a formula uses. */
export function formulaReferences(node: FormulaNode): { elements: Set<string>; indicators: Set<string> } {
  const elements = new Set<string>();
  const indicators = new Set<string>();
  const walk = (n: FormulaNode): void => {
    switch (n.kind) {
      case 'element':
        elements.add(n.code);
        return;
      case 'indicator':
        indicators.add(n.code);
        return;
      case 'unary':
        walk(n.operand);
        return;
      case 'binary':
        walk(n.left);
        walk(n.right);
        return;
      case 'call':
        n.args.forEach(walk);
        return;
      case 'number':
        return;
    }
  };
  walk(node);
  return { elements, indicators };
}
