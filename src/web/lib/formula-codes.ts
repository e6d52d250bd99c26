import { formulaReferences } from '../../domain/catalogue/formula/check-formula.ts';
import { parseFormula } from '../../domain/catalogue/formula/parse-formula.ts';

export interface FormulaCodes {
  /** Data-element codes in order of first use. */
  elements: string[];
  /** Codes of other indicators referred to as `@CODE`. */
  indicators: string[];
  /** Russian description of a syntax error, if the formula cannot be parsed. */
  error: string | null;
}

/** The data elements and indicators a formula uses (parsed with the domain's formula parser). */
export function formulaCodes(formula: string): FormulaCodes {
  const parsed = parseFormula(formula);
  if (!parsed.ok) return { elements: [], indicators: [], error: `позиция ${parsed.issue.at + 1}: ${parsed.issue.message}` };
  const refs = formulaReferences(parsed.node);
  return { elements: [...refs.elements], indicators: [...refs.indicators], error: null };
}
