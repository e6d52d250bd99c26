import type { BinaryOp, FormulaNode } from '../catalogue/formula/ast.ts';
import { invalid, missing, type Outcome } from '../outcome.ts';
import { NOT_A_NUMBER, PRESENT, type ElementTable } from './element-table.ts';
import { ZERO_DENOMINATOR } from './evaluate-formula.ts';
import { rollUpRuleOf, type RollUpRule } from './roll-up.ts';

/*
 * Compiles a parsed formula ONCE to a JavaScript function over a row of an ElementTable (one row per
 * object, one column per element reference), so that a region's organisations are evaluated in a
 * tight loop without building maps or outcome objects per value. It follows evaluate-formula.ts
 * exactly (compile-formula.test.ts and the db agreement tests check it bit for bit):
 * - an element reference is the sum of the object's matching values from 0 in their stored order;
 *   none → missing «нет значения элемента «code» [k=v]», a non-finite one → invalid;
 * - operands are evaluated left to right and the first one that is not ok is the outcome;
 * - ratio(a, b) = a × 100 / b, «/» = a / b, a zero denominator → invalid (знаменатель равен 0), and
 *   the top division's operands are kept (the roll-up adds them, also when the denominator is 0);
 * - + − × unary minus, sum and divisions check the result is finite; comparisons and conditions are 1/0.
 * @CODE references and share_persons / count_persons are not compiled: planIndicators sends them to the
 * pure engine.
 */

/** Where a compiled formula reads and reports: set `row` and `table`, call evaluate, read the rest. */
export interface FormulaRegisters {
  table: ElementTable;
  /** The object's row in the table. */
  row: number;
  /** After evaluate: the outcome when not ok (a shared constant: never mutate it), else null. */
  bad: NotOk | null;
  /** After evaluate: whether the top division ran (both operands ok), and its operands. */
  divided: boolean;
  numerator: number;
  denominator: number;
}

export interface CompiledFormula {
  rule: RollUpRule;
  /** The element codes the formula names (a municipality with values of any of them is evaluated on its own data). */
  elementCodes: readonly string[];
  /** Evaluates the formula for registers.row; the value, or NaN when registers.bad is set. */
  evaluate(registers: FormulaRegisters): number;
}

/** The column of an element reference (code + filter), created on first use. */
export type ColumnOf = (code: string, filter: Readonly<Record<string, string>>) => number;

type Compiled = (r: FormulaRegisters) => number;

type NotOk = Exclude<Outcome, { kind: 'ok' }>;
const notOk = (o: Outcome): NotOk => {
  if (o.kind === 'ok') throw new Error('unreachable');
  return o;
};
const OUT_OF_RANGE = notOk(invalid('результат вне допустимого диапазона чисел'));
const DIVIDED_BY_ZERO = notOk(invalid(ZERO_DENOMINATOR));

export function newRegisters(table: ElementTable): FormulaRegisters {
  return { table, row: 0, bad: null, divided: false, numerator: 0, denominator: 0 };
}

/** Compiles a parsed formula over data elements; throws on @CODE (the pure engine computes those). */
export function compileFormula(root: FormulaNode, columnOf: ColumnOf): CompiledFormula {
  const elementCodes = new Set<string>();
  const divide = (isRoot: boolean, scale: number) => (r: FormulaRegisters, num: number, den: number) => {
    if (isRoot) {
      r.divided = true;
      r.numerator = num;
      r.denominator = den;
    }
    if (den === 0) {
      r.bad = DIVIDED_BY_ZERO;
      return Number.NaN;
    }
    return finite(r, (num * scale) / den);
  };
  const compile = (n: FormulaNode): Compiled => {
    switch (n.kind) {
      case 'number': {
        const value = n.value;
        return () => value;
      }
      case 'element': {
        elementCodes.add(n.code);
        const column = columnOf(n.code, n.filter);
        const keys = Object.entries(n.filter);
        const where = keys.length ? ` [${keys.map(([k, v]) => `${k}=${v}`).join(', ')}]` : '';
        const absent = notOk(missing(`нет значения элемента «${n.code}»${where}`));
        const notANumber = notOk(invalid(`нечисловое значение элемента «${n.code}»${where}`));
        return (r) => {
          const t = r.table;
          const at = r.row * t.columns + column;
          const state = t.state[at];
          if (state === PRESENT) return t.values[at] ?? 0;
          r.bad = state === NOT_A_NUMBER ? notANumber : absent;
          return Number.NaN;
        };
      }
      case 'indicator':
        throw new Error(`«@${n.code}»: формулы со ссылками на показатели вычисляет чистый движок`);
      case 'unary': {
        const operand = compile(n.operand);
        return (r) => {
          const v = operand(r);
          return r.bad ? v : finite(r, -v);
        };
      }
      case 'binary': {
        const left = compile(n.left);
        const right = compile(n.right);
        const op = binary(n.op, n === root, divide);
        return (r) => {
          const l = left(r);
          if (r.bad) return l;
          const v = right(r);
          if (r.bad) return v;
          return op(r, l, v);
        };
      }
      case 'call': {
        const args = n.args.map(compile);
        if (n.fn === 'ratio') {
          const [num = () => 0, den = () => 0] = args;
          const div = divide(n === root, 100);
          return (r) => {
            const a = num(r);
            if (r.bad) return a;
            const b = den(r);
            if (r.bad) return b;
            return div(r, a, b);
          };
        }
        if (n.fn === 'sum') {
          return (r) => {
            let s = 0;
            for (const arg of args) {
              const v = arg(r);
              if (r.bad) return v;
              s += v;
            }
            return finite(r, s);
          };
        }
        // flag, share_orgs, count_orgs (and share_persons / count_persons without persons): 1 when the condition holds.
        const [condition = () => 0] = args;
        return (r) => {
          const v = condition(r);
          if (r.bad) return v;
          return v !== 0 ? 1 : 0;
        };
      }
    }
  };
  const evaluate = compile(root);
  return { rule: rollUpRuleOf(root), elementCodes: [...elementCodes], evaluate };
}

type Divide = (isRoot: boolean, scale: number) => (r: FormulaRegisters, num: number, den: number) => number;

function finite(r: FormulaRegisters, v: number): number {
  if (Number.isFinite(v)) return v;
  r.bad = OUT_OF_RANGE;
  return Number.NaN;
}

function binary(op: BinaryOp, isRoot: boolean, divide: Divide) {
  switch (op) {
    case '+':
      return (r: FormulaRegisters, l: number, v: number) => finite(r, l + v);
    case '-':
      return (r: FormulaRegisters, l: number, v: number) => finite(r, l - v);
    case '*':
      return (r: FormulaRegisters, l: number, v: number) => finite(r, l * v);
    case '/':
      return divide(isRoot, 1);
    case '<':
      return (_: FormulaRegisters, l: number, v: number) => (l < v ? 1 : 0);
    case '<=':
      return (_: FormulaRegisters, l: number, v: number) => (l <= v ? 1 : 0);
    case '>':
      return (_: FormulaRegisters, l: number, v: number) => (l > v ? 1 : 0);
    case '>=':
      return (_: FormulaRegisters, l: number, v: number) => (l >= v ? 1 : 0);
    case '=':
      return (_: FormulaRegisters, l: number, v: number) => (l === v ? 1 : 0);
    case '!=':
      return (_: FormulaRegisters, l: number, v: number) => (l !== v ? 1 : 0);
    case 'and':
      return (_: FormulaRegisters, l: number, v: number) => (l !== 0 && v !== 0 ? 1 : 0);
    case 'or':
      return (_: FormulaRegisters, l: number, v: number) => (l !== 0 || v !== 0 ? 1 : 0);
  }
}
