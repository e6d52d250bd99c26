import type { Indicator } from '../catalogue/catalogue.ts';
import type { FormulaNode } from '../catalogue/formula/ast.ts';
import { formulaReferences } from '../catalogue/formula/check-formula.ts';
import { parseFormula } from '../catalogue/formula/parse-formula.ts';

/** How each indicator of a recompute is computed. */
export interface IndicatorPlan<I extends Pick<Indicator, 'code' | 'formula'>> {
  /** Set-based in SQL: parsed formulas over data elements only. */
  sql: { indicator: I; node: FormulaNode }[];
  /**
   * By the pure engine: formulas that refer to other indicators (@CODE; a municipality with its own
   * data is evaluated against the municipality's outcomes of @CODE, which the SQL path does not
   * reproduce), formulas that count persons (share_persons / count_persons: the pure engine evaluates
   * the condition for each person the personnel register names) and formulas that do not parse
   * (stored as invalid with the parser's message).
   */
  pure: I[];
  /** What the pure ones need computed first: themselves and every indicator they refer to, transitively. */
  pureWithDependencies: I[];
}

/** Splits indicators between the set-based SQL path and the pure engine; both agree where both apply. */
export function planIndicators<I extends Pick<Indicator, 'code' | 'formula'>>(indicators: readonly I[]): IndicatorPlan<I> {
  const plan: IndicatorPlan<I> = { sql: [], pure: [], pureWithDependencies: [] };
  for (const indicator of indicators) {
    const parsed = parseFormula(indicator.formula);
    if (!parsed.ok) {
      plan.pure.push(indicator);
      continue;
    }
    if (formulaReferences(parsed.node).indicators.size > 0 || countsPersons(parsed.node)) plan.pure.push(indicator);
    else plan.sql.push({ indicator, node: parsed.node });
  }
  plan.pureWithDependencies = withDependencies(
    indicators,
    plan.pure.map((i) => i.code),
  );
  return plan;
}

/** The given indicators and every indicator they refer to (@CODE), transitively, in catalogue order. */
export function withDependencies<I extends Pick<Indicator, 'code' | 'formula'>>(indicators: readonly I[], codes: readonly string[]): I[] {
  const refsOf = new Map(
    indicators.map((i) => {
      const parsed = parseFormula(i.formula);
      return [i.code, parsed.ok ? formulaReferences(parsed.node).indicators : new Set<string>()];
    }),
  );
  const needed = new Set<string>();
  const visit = (code: string) => {
    if (needed.has(code)) return;
    needed.add(code);
    for (const ref of refsOf.get(code) ?? []) visit(ref);
  };
  for (const code of codes) visit(code);
  return indicators.filter((i) => needed.has(i.code));
}

function countsPersons(node: FormulaNode): boolean {
  switch (node.kind) {
    case 'call':
      return node.fn === 'share_persons' || node.fn === 'count_persons' || node.args.some(countsPersons);
    case 'unary':
      return countsPersons(node.operand);
    case 'binary':
      return countsPersons(node.left) || countsPersons(node.right);
    case 'element':
    case 'indicator':
    case 'number':
      return false;
  }
}
