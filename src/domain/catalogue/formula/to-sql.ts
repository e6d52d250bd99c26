import { rollUpRuleOf, type RollUpRule } from '../../indicator-values/roll-up.ts';
import type { FormulaNode } from './ast.ts';

/*
 * Compiles a parsed formula to SQL expressions over a per-object pivot of element values, for
 * set-based work over the database. It must agree exactly with the pure path
 * (indicator-values/evaluate-formula.ts + indicator-values/roll-up.ts); compute-indicator-sql.db.test.ts checks it.
 *
 * Why here, in domain, and without Kysely: the compiler only builds SQL text and bound parameters
 * as plain data (SqlFragment); it never touches a database. src/db/compute-indicator-sql.ts turns
 * fragments into Kysely `sql` (sql.raw for our own text, sql.val for every code, filter value and
 * number taken from a formula), so user data is never concatenated into SQL text.
 *
 * Design (names the caller must provide):
 * - `v(org_id, data_element_code, breakdown, value)`: the engine's values for one period.
 * - the pivot `p`, one row per object (`p.object_id`), grouped from `v`; each element reference
 *   (code + filter) is one aggregate column `e0, e1, …` (see `pivot`):
 *   sum(value) filter (where code = $code and $pair = any(string_to_array(breakdown, ';')) …)::float8.
 *   No matching row → NULL, which is «missing», as in the pure path (sum of matching breakdowns).
 * - each node compiles to a value (float8, NULL when unknown) and a state: NULL when ok, else the
 *   text 'missing' or 'invalid'. The state of a node is the first non-ok state of its operands in
 *   evaluation order (coalesce), then 'invalid' for a zero denominator — exactly the pure path's
 *   «first bad argument wins». Division is `num / nullif(den, 0)` so SQL never raises.
 * - all arithmetic is float8 in the pure path's order (ratio = a * 100 / b; sum = 0 + a + b …;
 *   conditions 1/0), so the IEEE results are bit-identical to JavaScript's numbers.
 * - @CODE references are inlined (the referenced indicator's formula, with cycle detection): the
 *   value and state are the same as the pure path's for organisations. (The pure path evaluates a
 *   municipality with its own data against the municipality's outcomes of @CODE, which may be
 *   roll-ups; the SQL path does not reproduce that case.)
 */

/** A bound parameter: never spliced into the SQL text. */
export interface SqlParam {
  readonly param: string | number;
}

/** SQL as plain data: literal text pieces (written here, never from user data) and parameters. */
export type SqlFragment = readonly (string | SqlParam)[];

/** A tagged template building a fragment: interpolated fragments are spliced, SqlParams are bound. */
export function sqlf(strings: TemplateStringsArray, ...values: (SqlFragment | SqlParam)[]): SqlFragment {
  const out: (string | SqlParam)[] = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    const v = values[i];
    if (v === undefined) return;
    if (isParam(v)) out.push(v);
    else out.push(...v);
  });
  return out;
}

/** Joins fragments with a literal separator. */
export function joinSql(parts: readonly SqlFragment[], separator: string): SqlFragment {
  return parts.flatMap((p, i) => (i === 0 ? [...p] : [separator, ...p]));
}

const param = (value: string | number): SqlParam => ({ param: value });
const isParam = (v: SqlFragment | SqlParam): v is SqlParam => !Array.isArray(v);

/** Renders a fragment as text with $1, $2… placeholders (for snapshots and logging). */
export function renderSql(f: SqlFragment): { text: string; params: (string | number)[] } {
  const params: (string | number)[] = [];
  const text = f.map((p) => (typeof p === 'string' ? p : `$${params.push(p.param)}`)).join('');
  return { text, params };
}

/** One element reference: a pivot column. */
export interface PivotColumn {
  name: string;
  code: string;
  filter: Readonly<Record<string, string>>;
  /** The aggregate over `v`, grouped by object: NULL when the object has no matching value. */
  sql: SqlFragment;
}

/** The names of the per-object columns the compiled formula selects from `p`. */
export type FormulaColumn =
  | 'value'
  | 'state'
  /** ratio / quotient at the top: the two operands (the app and the roll-up use them); NULL for other kinds. */
  | 'numerator'
  | 'denominator'
  /** Whether the object enters the roll-up, and what it adds (see indicator-values/roll-up.ts partOf). */
  | 'contributes'
  | 'part_numerator'
  | 'part_denominator';

export interface CompiledFormula {
  /** How the formula rolls up: ratio → Σnum×100/Σden, quotient → Σnum/Σden, share → % of objects with 1, sum → Σ. */
  kind: RollUpRule;
  /** Columns of the pivot `p`, grouped by object from `v`. */
  pivot: PivotColumn[];
  /** Element codes the pivot reads (including those of inlined @CODE indicators). */
  elementCodes: string[];
  /** Element codes the formula names itself (the pure path's «the municipality has its own data»). */
  directElementCodes: string[];
  /** Expressions over `p`, by column name. */
  select: { name: FormulaColumn; sql: SqlFragment }[];
}

export interface CompileOptions {
  /** The parsed formula of another indicator, for @CODE; absent → the reference cannot compile. */
  indicator?: (code: string) => FormulaNode | undefined;
  /** Prefix of the pivot column names, so that several formulas can share one pivot (default «e»). */
  columnPrefix?: string;
}

interface Compiled {
  value: SqlFragment;
  /** NULL when ok; null here means «always ok» (a constant). */
  state: SqlFragment | null;
}

const MISSING = `'missing'`;
const INVALID = `'invalid'`;

/** Compiles a parsed (and checked) formula; throws on an unknown @CODE or a cycle. */
export function compileFormulaToSql(root: FormulaNode, options: CompileOptions = {}): CompiledFormula {
  const pivot: PivotColumn[] = [];
  const byKey = new Map<string, PivotColumn>();
  const elementCodes = new Set<string>();
  const directElementCodes = new Set<string>();

  const column = (code: string, filter: Readonly<Record<string, string>>): PivotColumn => {
    const pairs = Object.keys(filter)
      .sort()
      .map((k) => `${k}=${filter[k] ?? ''}`);
    const key = JSON.stringify([code, pairs]);
    const existing = byKey.get(key);
    if (existing) return existing;
    // A filter key=value matches when the canonical breakdown "grade=4;subject=math" has that pair.
    const conditions = [
      sqlf`v.data_element_code = ${param(code)}`,
      ...pairs.map((p) => sqlf`${param(p)} = any(string_to_array(v.breakdown, ';'))`),
    ];
    const name = `${options.columnPrefix ?? 'e'}${pivot.length}`;
    const col: PivotColumn = { name, code, filter, sql: sqlf`sum(v.value) filter (where ${joinSql(conditions, ' and ')})::float8` };
    pivot.push(col);
    byKey.set(key, col);
    elementCodes.add(code);
    return col;
  };

  const coalesce = (states: (SqlFragment | null)[]): SqlFragment | null => {
    const present = states.filter((s): s is SqlFragment => s !== null);
    if (present.length === 0) return null;
    if (present.length === 1) return present[0] ?? null;
    return sqlf`coalesce(${joinSql(present, ', ')})`;
  };
  const zeroIsInvalid = (den: SqlFragment): SqlFragment => sqlf`case when ${den} = 0 then ${[INVALID]} end`;
  const truth = (condition: SqlFragment): SqlFragment => sqlf`(${condition})::int::float8`;

  const compile = (n: FormulaNode, inlining: readonly string[], direct: boolean): Compiled => {
    switch (n.kind) {
      case 'number':
        return { value: sqlf`${param(n.value)}::float8`, state: null };
      case 'element': {
        if (direct) directElementCodes.add(n.code);
        const ref = [`p.${column(n.code, n.filter).name}`];
        return {
          value: ref,
          // Absent → missing; a non-numeric stored value (NaN, ±Infinity) → invalid, as readElement.
          state: sqlf`case when ${ref} is null then ${[MISSING]} when ${ref} in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) then ${[INVALID]} end`,
        };
      }
      case 'indicator': {
        if (inlining.includes(n.code)) throw new Error(`циклическая ссылка на показатель «@${n.code}»`);
        const node = options.indicator?.(n.code);
        if (!node) throw new Error(`неизвестный показатель «@${n.code}»`);
        return compile(node, [...inlining, n.code], false);
      }
      case 'unary': {
        const o = compile(n.operand, inlining, direct);
        return { value: sqlf`(- ${o.value})`, state: o.state };
      }
      case 'binary': {
        const l = compile(n.left, inlining, direct);
        const r = compile(n.right, inlining, direct);
        const state = coalesce([l.state, r.state, n.op === '/' ? zeroIsInvalid(r.value) : null]);
        switch (n.op) {
          case '+':
          case '-':
          case '*':
            return { value: sqlf`(${l.value} ${[n.op]} ${r.value})`, state };
          case '/':
            return { value: sqlf`(${l.value} / nullif(${r.value}, 0))`, state };
          case '<':
          case '<=':
          case '>':
          case '>=':
          case '=':
            return { value: truth(sqlf`${l.value} ${[n.op]} ${r.value}`), state };
          case '!=':
            return { value: truth(sqlf`${l.value} <> ${r.value}`), state };
          case 'and':
          case 'or':
            return { value: truth(sqlf`${l.value} <> 0 ${[n.op]} ${r.value} <> 0`), state };
        }
        throw new Error('unreachable');
      }
      case 'call': {
        const args = n.args.map((a) => compile(a, inlining, direct));
        const values = args.map((a) => a.value);
        const argStates = args.map((a) => a.state);
        const [a, b] = values;
        switch (n.fn) {
          case 'ratio':
            if (!a || !b) throw new Error('ratio(…) needs two arguments');
            return { value: sqlf`(${a} * 100 / nullif(${b}, 0))`, state: coalesce([...argStates, zeroIsInvalid(b)]) };
          case 'sum':
            // 0 + a + b … : the pure path's reduce from 0, in the same order.
            return { value: sqlf`(0::float8 + ${joinSql(values, ' + ')})`, state: coalesce(argStates) };
          case 'flag':
          case 'share_orgs':
          case 'count_orgs':
          case 'share_persons':
          case 'count_persons':
            if (!a) throw new Error(`${n.fn}(…) needs an argument`);
            return { value: truth(sqlf`${a} <> 0`), state: coalesce(argStates) };
        }
        throw new Error('unreachable');
      }
    }
  };

  const kind = rollUpRuleOf(root);
  const top = compile(root, [], true);
  const state = top.state ?? sqlf`null::text`;
  const select: CompiledFormula['select'] = [
    { name: 'value', sql: top.value },
    { name: 'state', sql: state },
  ];
  if (kind === 'ratio' || kind === 'quotient') {
    // The operands of the top division: the object enters the roll-up when both are known, even
    // with a zero denominator (its own value is then invalid), as in the pure path.
    const [numNode, denNode] = root.kind === 'call' ? root.args : root.kind === 'binary' ? [root.left, root.right] : [];
    if (!numNode || !denNode) throw new Error('unreachable');
    const num = compile(numNode, [], true);
    const den = compile(denNode, [], true);
    const argsState = coalesce([num.state, den.state]);
    select.push(
      { name: 'numerator', sql: num.value },
      { name: 'denominator', sql: den.value },
      { name: 'contributes', sql: argsState ? sqlf`(${argsState}) is null` : ['true'] },
      { name: 'part_numerator', sql: num.value },
      { name: 'part_denominator', sql: den.value },
    );
  } else {
    select.push(
      { name: 'numerator', sql: ['null::float8'] },
      { name: 'denominator', sql: ['null::float8'] },
      { name: 'contributes', sql: sqlf`(${state}) is null` },
      // share: 1 when the value is not 0; sum: the value itself.
      { name: 'part_numerator', sql: kind === 'share' ? truth(sqlf`${top.value} <> 0`) : top.value },
      { name: 'part_denominator', sql: ['1::float8'] },
    );
  }
  return { kind, pivot, elementCodes: [...elementCodes], directElementCodes: [...directElementCodes], select };
}
