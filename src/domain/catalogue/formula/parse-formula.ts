import { FORMULA_FUNCTIONS, FUNCTION_ARITY, type BinaryOp, type FormulaFunction, type FormulaNode } from './ast.ts';

/** A problem in a formula: where (0-based offset) and what, in Russian. */
export interface FormulaIssue {
  at: number;
  message: string;
}

export type ParseResult = { ok: true; node: FormulaNode } | { ok: false; issue: FormulaIssue };

type Token =
  | { t: 'num'; value: number; at: number }
  | { t: 'id'; value: string; at: number }
  | { t: 'ind'; value: string; at: number }
  | { t: 'op'; value: string; at: number }
  | { t: 'end'; at: number };

class FormulaSyntaxError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Bounds that keep the parser and every later recursive walk (checks, SQL, evaluation) far from
 * the stack's end: levels of brackets, calls and minus signs, and binary operations in all.
 */
export const MAX_FORMULA_DEPTH = 100;
export const MAX_FORMULA_OPERATIONS = 1000;

const OPERATORS = ['<=', '>=', '!=', '<', '>', '=', '+', '-', '*', '/', '(', ')', ',', '[', ']'];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(text.slice(i));
    if (num) {
      tokens.push({ t: 'num', value: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    if (c === '@') {
      const id = /^[A-Za-z0-9._-]+/.exec(text.slice(i + 1));
      if (!id) throw new FormulaSyntaxError(i, 'после «@» ожидается код показателя');
      tokens.push({ t: 'ind', value: id[0], at: i });
      i += 1 + id[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (id) {
      tokens.push({ t: 'id', value: id[0], at: i });
      i += id[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op) throw new FormulaSyntaxError(i, `недопустимый символ «${c}»`);
    tokens.push({ t: 'op', value: op, at: i });
    i += op.length;
  }
  tokens.push({ t: 'end', at: text.length });
  return tokens;
}

function describe(token: Token): string {
  switch (token.t) {
    case 'end':
      return 'конец формулы';
    case 'num':
      return `число ${token.value}`;
    case 'ind':
      return `«@${token.value}»`;
    case 'id':
    case 'op':
      return `«${token.value}»`;
  }
}

class Parser {
  private pos = 0;
  private depth = 0;
  private operations = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos] ?? { t: 'end', at: 0 };
  }

  private take(): Token {
    const token = this.peek();
    this.pos++;
    return token;
  }

  private isOp(value: string): boolean {
    const token = this.peek();
    return token.t === 'op' && token.value === value;
  }

  private isWord(value: string): boolean {
    const token = this.peek();
    return token.t === 'id' && token.value === value;
  }

  private expectOp(value: string, context: string): void {
    if (!this.isOp(value))
      throw new FormulaSyntaxError(this.peek().at, `ожидается «${value}» ${context}, а найдено ${describe(this.peek())}`);
    this.pos++;
  }

  /** Runs one nested level (a bracket, a call, a minus sign), refusing the one beyond the bound. */
  private nested<T>(at: number, parse: () => T): T {
    if (this.depth >= MAX_FORMULA_DEPTH) {
      throw new FormulaSyntaxError(
        at,
        `вложенность скобок, функций и знаков «-» глубже ${MAX_FORMULA_DEPTH} уровней: упростите формулу или разбейте её на показатели (@КОД)`,
      );
    }
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private countOperation(at: number): void {
    if (++this.operations > MAX_FORMULA_OPERATIONS) {
      throw new FormulaSyntaxError(
        at,
        `в формуле больше ${MAX_FORMULA_OPERATIONS} операций: упростите её или разбейте на показатели (@КОД)`,
      );
    }
  }

  parse(): FormulaNode {
    const node = this.or();
    const rest = this.peek();
    if (rest.t !== 'end') throw new FormulaSyntaxError(rest.at, `лишнее ${describe(rest)} после конца выражения`);
    return node;
  }

  private binaryChain(next: () => FormulaNode, ops: string[], words = false): FormulaNode {
    let left = next();
    for (;;) {
      const token = this.peek();
      const matches = words ? token.t === 'id' && ops.includes(token.value) : token.t === 'op' && ops.includes(token.value);
      if (!matches || token.t === 'end' || token.t === 'num') return left;
      this.countOperation(token.at);
      this.pos++;
      const right = next();
      left = { kind: 'binary', op: token.value as BinaryOp, left, right, at: token.at };
    }
  }

  private or = (): FormulaNode => this.binaryChain(this.and, ['or'], true);
  private and = (): FormulaNode => this.binaryChain(this.compare, ['and'], true);

  private compare = (): FormulaNode => {
    const left = this.add();
    const token = this.peek();
    if (token.t === 'op' && ['<', '<=', '>', '>=', '=', '!='].includes(token.value)) {
      this.countOperation(token.at);
      this.pos++;
      const right = this.add();
      return { kind: 'binary', op: token.value as BinaryOp, left, right, at: token.at };
    }
    return left;
  };

  private add = (): FormulaNode => this.binaryChain(this.mul, ['+', '-']);
  private mul = (): FormulaNode => this.binaryChain(this.unary, ['*', '/']);

  private unary = (): FormulaNode => {
    if (this.isOp('-')) {
      const at = this.take().at;
      return { kind: 'unary', op: '-', operand: this.nested(at, this.unary), at };
    }
    return this.primary();
  };

  private primary(): FormulaNode {
    const token = this.take();
    switch (token.t) {
      case 'num':
        return { kind: 'number', value: token.value, at: token.at };
      case 'ind':
        return { kind: 'indicator', code: token.value, at: token.at };
      case 'op':
        if (token.value === '(') {
          return this.nested(token.at, () => {
            const inner = this.or();
            this.expectOp(')', 'для закрытия скобки');
            return inner;
          });
        }
        throw new FormulaSyntaxError(token.at, `ожидается число, код или «(», а найдено ${describe(token)}`);
      case 'end':
        throw new FormulaSyntaxError(token.at, 'формула обрывается: ожидается число, код или «(»');
      case 'id':
        if (token.value === 'and' || token.value === 'or') {
          throw new FormulaSyntaxError(token.at, `ожидается число, код или «(», а найдено «${token.value}»`);
        }
        if (this.isOp('(')) return this.nested(token.at, () => this.call(token.value, token.at));
        return { kind: 'element', code: token.value, filter: this.filter(), at: token.at };
    }
  }

  private call(name: string, at: number): FormulaNode {
    if (!(FORMULA_FUNCTIONS as readonly string[]).includes(name)) {
      throw new FormulaSyntaxError(at, `неизвестная функция «${name}»: допустимы ${FORMULA_FUNCTIONS.join(', ')}`);
    }
    const fn = name as FormulaFunction;
    this.pos++; // (
    const args: FormulaNode[] = [];
    if (!this.isOp(')')) {
      args.push(this.or());
      while (this.isOp(',')) {
        this.pos++;
        args.push(this.or());
      }
    }
    this.expectOp(')', `в конце вызова ${fn}(…)`);
    const [min, max] = FUNCTION_ARITY[fn];
    if (args.length < min || args.length > max) {
      const expected = min === max ? `${min}` : `от ${min} до ${max}`;
      throw new FormulaSyntaxError(at, `функция ${fn} принимает аргументов: ${expected}, а передано ${args.length}`);
    }
    return { kind: 'call', fn, args, at };
  }

  private filter(): Record<string, string> {
    if (!this.isOp('[')) return {};
    this.pos++;
    const filter: Record<string, string> = {};
    for (;;) {
      const key = this.take();
      if (key.t !== 'id')
        throw new FormulaSyntaxError(key.at, `в фильтре ожидается имя разреза (subject, grade, assessment), а найдено ${describe(key)}`);
      this.expectOp('=', `после «${key.value}» в фильтре`);
      const value = this.take();
      if (value.t !== 'id' && value.t !== 'num')
        throw new FormulaSyntaxError(value.at, `в фильтре ожидается значение разреза, а найдено ${describe(value)}`);
      filter[key.value] = String(value.value);
      if (this.isOp(',')) {
        this.pos++;
        continue;
      }
      this.expectOp(']', 'в конце фильтра');
      return filter;
    }
  }
}

/** Parses a formula; never throws: a mistake is returned with its position and a Russian message. */
export function parseFormula(text: string): ParseResult {
  try {
    return { ok: true, node: new Parser(tokenize(text)).parse() };
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return { ok: false, issue: { at: error.at, message: error.message } };
    throw error;
  }
}
