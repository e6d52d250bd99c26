/** A formula as an immutable tree of typed nodes; `at` is the 0-based offset in the source text. */
export type FormulaNode =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'element'; code: string; filter: Readonly<Record<string, string>>; at: number }
  | { kind: 'indicator'; code: string; at: number }
  | { kind: 'unary'; op: '-'; operand: FormulaNode; at: number }
  | { kind: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode; at: number }
  | { kind: 'call'; fn: FormulaFunction; args: readonly FormulaNode[]; at: number };

export type ArithmeticOp = '+' | '-' | '*' | '/';
export type CompareOp = '<' | '<=' | '>' | '>=' | '=' | '!=';
export type LogicOp = 'and' | 'or';
export type BinaryOp = ArithmeticOp | CompareOp | LogicOp;

export const FORMULA_FUNCTIONS = ['ratio', 'sum', 'flag', 'share_orgs', 'count_orgs', 'share_persons', 'count_persons'] as const;
export type FormulaFunction = (typeof FORMULA_FUNCTIONS)[number];

/** How many arguments each function takes: [min, max]. */
export const FUNCTION_ARITY: Record<FormulaFunction, [number, number]> = {
  ratio: [2, 2],
  sum: [1, 64],
  flag: [1, 1],
  share_orgs: [1, 1],
  count_orgs: [1, 1],
  share_persons: [1, 1],
  count_persons: [1, 1],
};

/** Whether a node yields a number or a truth value. */
export type FormulaType = 'number' | 'boolean';
