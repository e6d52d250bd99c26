import { breakdownKey, parseBreakdownKey } from '../catalogue/breakdown-key.ts';
import type { BinaryOp, FormulaFunction, FormulaNode } from '../catalogue/formula/ast.ts';
import type { ObjectValues } from './element-values.ts';
import { invalid, missing, ok, type Outcome } from '../outcome.ts';

/** A data-element value read by a formula. */
export interface UsedInput {
  element: string;
  breakdown: string;
  value: number;
}

/** A division done while evaluating: ratio(…) or «/»; `at` is the offset of the node in the formula. */
export interface RatioStep {
  at: number;
  numerator: number;
  denominator: number;
}

/** Why a value is what it is, as data: formula, inputs, referenced indicators, divisions. */
export interface FormulaExplanation {
  formula: string;
  inputs: UsedInput[];
  indicators: { code: string; value: number }[];
  ratios: RatioStep[];
  /** Numerator and denominator of the top-level ratio or division, when both are known (also when the denominator is 0). */
  numerator?: number;
  denominator?: number;
  /**
   * For share_persons / count_persons over values that name persons (breakdown «person=…», written by
   * the personnel register): how many persons the object has and how many meet the condition.
   */
  persons?: { total: number; matching: number };
}

export interface FormulaEvaluation {
  outcome: Outcome;
  explanation: FormulaExplanation;
}

export interface EvaluationContext {
  values: ObjectValues;
  /** Values of other indicators for the same object (for @CODE). */
  indicators?: ReadonlyMap<string, Outcome>;
}

export const ZERO_DENOMINATOR = 'знаменатель равен 0';

const CONDITION_FUNCTIONS: ReadonlySet<FormulaFunction> = new Set(['flag', 'share_orgs', 'count_orgs', 'share_persons', 'count_persons']);

/** The breakdown dimension that names one person in values derived from the personnel register. */
export const PERSON_DIMENSION = 'person';

/**
 * Evaluates a parsed formula for one object. Units: ratio(num, den) = num × 100 / den (%), conditions
 * and boolean elements are 1/0, and flag / share_* / count_* of one object are 1 when the condition
 * holds, else 0 (the percentage appears only on roll-up). Absent element → missing; division by 0 → invalid.
 *
 * share_persons / count_persons over values that name persons (breakdown «person=…»): the condition
 * is evaluated for each person of the object; count_persons is the number who meet it and
 * share_persons the fraction (0…1; the percentage appears on roll-up, Σ matching / Σ persons).
 * Without such values the object itself is the person (one leader per organisation).
 */
export function evaluateFormula(root: FormulaNode, formula: string, ctx: EvaluationContext): FormulaEvaluation {
  const explanation: FormulaExplanation = { formula, inputs: [], indicators: [], ratios: [] };
  const divide = (n: FormulaNode, num: number, den: number, scale: number): Outcome => {
    explanation.ratios.push({ at: n.at, numerator: num, denominator: den });
    if (n === root) Object.assign(explanation, { numerator: num, denominator: den });
    return den === 0 ? invalid(ZERO_DENOMINATOR) : finite((num * scale) / den);
  };
  const evaluate = (n: FormulaNode): Outcome => {
    switch (n.kind) {
      case 'number':
        return ok(n.value);
      case 'element':
        return readElement(n.code, n.filter, ctx.values, explanation.inputs);
      case 'indicator':
        return readIndicator(n.code, ctx.indicators, explanation.indicators);
      case 'unary':
        return map1(evaluate(n.operand), (v) => -v);
      case 'binary': {
        const left = evaluate(n.left);
        const right = evaluate(n.right);
        if (left.kind !== 'ok') return left;
        if (right.kind !== 'ok') return right;
        return n.op === '/' ? divide(n, left.value, right.value, 1) : binary(n.op, left.value, right.value);
      }
      case 'call': {
        const [arg] = n.args;
        if ((n.fn === 'share_persons' || n.fn === 'count_persons') && arg) {
          const persons = personsIn(arg, ctx.values);
          if (persons.size > 0) return overPersons(n, arg, persons);
        }
        const args = n.args.map(evaluate);
        const bad = args.find((a) => a.kind !== 'ok');
        if (bad) return bad;
        const vs = args.map((a) => (a.kind === 'ok' ? a.value : 0));
        if (n.fn === 'ratio') return divide(n, vs[0] ?? 0, vs[1] ?? 0, 100);
        if (CONDITION_FUNCTIONS.has(n.fn)) return ok((vs[0] ?? 0) !== 0 ? 1 : 0);
        return finite(vs.reduce((s, v) => s + v, 0));
      }
    }
  };
  const overPersons = (n: FormulaNode, arg: FormulaNode, persons: ReadonlySet<string>): Outcome => {
    let matching = 0;
    for (const person of persons) {
      const one = evaluateFormula(arg, formula, { ...ctx, values: valuesOfPerson(ctx.values, person) });
      explanation.inputs.push(...one.explanation.inputs.map((i) => ({ ...i, breakdown: withPerson(i.breakdown, person) })));
      if (one.outcome.kind !== 'ok') return { kind: one.outcome.kind, reason: `лицо ${person}: ${one.outcome.reason}` };
      if (one.outcome.value !== 0) matching += 1;
    }
    const counted = { total: persons.size, matching };
    if (n === root) explanation.persons = counted;
    return ok(n.kind === 'call' && n.fn === 'count_persons' ? matching : matching / persons.size);
  };
  return { outcome: evaluate(root), explanation };
}

/** The persons named in the values of the elements a condition reads. */
function personsIn(node: FormulaNode, values: ObjectValues): Set<string> {
  const persons = new Set<string>();
  for (const code of elementCodesOf(node)) {
    for (const row of values.get(code) ?? []) {
      const person = parseBreakdownKey(row.breakdown)[PERSON_DIMENSION];
      if (person !== undefined) persons.add(person);
    }
  }
  return persons;
}

function elementCodesOf(node: FormulaNode): string[] {
  switch (node.kind) {
    case 'element':
      return [node.code];
    case 'unary':
      return elementCodesOf(node.operand);
    case 'binary':
      return [...elementCodesOf(node.left), ...elementCodesOf(node.right)];
    case 'call':
      return node.args.flatMap(elementCodesOf);
    case 'indicator':
    case 'number':
      return [];
  }
}

/**
 * The values one person has: rows of person-naming elements narrowed to that person (the person part
 * dropped from the key, so other filters still match); elements that name no one are kept whole.
 */
function valuesOfPerson(values: ObjectValues, person: string): ObjectValues {
  const out = new Map<string, { breakdown: string; value: number }[]>();
  for (const [code, rows] of values) {
    const named = rows.some((r) => parseBreakdownKey(r.breakdown)[PERSON_DIMENSION] !== undefined);
    if (!named) {
      out.set(code, [...rows]);
      continue;
    }
    const own = rows.flatMap((r) => {
      const { [PERSON_DIMENSION]: who, ...rest } = parseBreakdownKey(r.breakdown);
      return who === person ? [{ breakdown: breakdownKey(rest), value: r.value }] : [];
    });
    if (own.length) out.set(code, own);
  }
  return out;
}

function withPerson(breakdown: string, person: string): string {
  return breakdownKey({ ...parseBreakdownKey(breakdown), [PERSON_DIMENSION]: person });
}

function readElement(code: string, filter: Readonly<Record<string, string>>, values: ObjectValues, used: UsedInput[]): Outcome {
  const keys = Object.entries(filter);
  const rows = (values.get(code) ?? []).filter((r) => {
    const parts = parseBreakdownKey(r.breakdown);
    return keys.every(([k, v]) => parts[k] === v);
  });
  const where = keys.length ? ` [${keys.map(([k, v]) => `${k}=${v}`).join(', ')}]` : '';
  if (rows.length === 0) return missing(`нет значения элемента «${code}»${where}`);
  for (const r of rows) used.push({ element: code, breakdown: r.breakdown, value: r.value });
  if (rows.some((r) => !Number.isFinite(r.value))) return invalid(`нечисловое значение элемента «${code}»${where}`);
  return ok(rows.reduce((s, r) => s + r.value, 0));
}

function readIndicator(
  code: string,
  indicators: ReadonlyMap<string, Outcome> | undefined,
  used: { code: string; value: number }[],
): Outcome {
  const o = indicators?.get(code);
  if (!o) return missing(`нет значения показателя «@${code}»`);
  if (o.kind !== 'ok') return { kind: o.kind, reason: `показатель «@${code}»: ${o.reason}` };
  used.push({ code, value: o.value });
  return o;
}

function binary(op: BinaryOp, l: number, r: number): Outcome {
  switch (op) {
    case '+':
      return finite(l + r);
    case '-':
      return finite(l - r);
    case '*':
      return finite(l * r);
    case '/':
      return r === 0 ? invalid(ZERO_DENOMINATOR) : finite(l / r);
    case '<':
      return ok(l < r ? 1 : 0);
    case '<=':
      return ok(l <= r ? 1 : 0);
    case '>':
      return ok(l > r ? 1 : 0);
    case '>=':
      return ok(l >= r ? 1 : 0);
    case '=':
      return ok(l === r ? 1 : 0);
    case '!=':
      return ok(l !== r ? 1 : 0);
    case 'and':
      return ok(l !== 0 && r !== 0 ? 1 : 0);
    case 'or':
      return ok(l !== 0 || r !== 0 ? 1 : 0);
  }
}

function map1(o: Outcome, f: (v: number) => number): Outcome {
  return o.kind === 'ok' ? finite(f(o.value)) : o;
}

function finite(v: number): Outcome {
  return Number.isFinite(v) ? ok(v) : invalid('результат вне допустимого диапазона чисел');
}
