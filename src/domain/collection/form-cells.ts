import { breakdownKey } from '../catalogue/breakdown-key.ts';
import type { CollectionMethod, DataElement, Indicator } from '../catalogue/catalogue.ts';
import type { FormulaNode } from '../catalogue/formula/ast.ts';
import { parseFormula } from '../catalogue/formula/parse-formula.ts';
import type { OrgType } from '../org/org-kind.ts';
import { combosToCollect, type BreakdownCombo } from './breakdown-combos.ts';
import { breakdownLabel } from './breakdown-label.ts';
import { cellKey, type FormCell } from './campaign.ts';

/** Methods whose data an organisation reports itself, in a campaign's form. */
export const FORM_METHODS: readonly CollectionMethod[] = ['form', 'self_evaluation', 'survey'];

function collectRefs(node: FormulaNode, out: { code: string; filter: Readonly<Record<string, string>> }[]): void {
  switch (node.kind) {
    case 'element':
      out.push({ code: node.code, filter: node.filter });
      return;
    case 'unary':
      collectRefs(node.operand, out);
      return;
    case 'binary':
      collectRefs(node.left, out);
      collectRefs(node.right, out);
      return;
    case 'call':
      node.args.forEach((a) => collectRefs(a, out));
      return;
    case 'number':
    case 'indicator':
      return;
  }
}

/**
 * The fields an organisation of one type fills in for a set of indicators: every organisation-level
 * data element their formulas use, split into the breakdown combinations the engine needs, grouped
 * by the direction of the first indicator that uses it, in catalogue order.
 */
export function formCells(input: {
  indicators: readonly Pick<Indicator, 'code' | 'name' | 'formula' | 'directions' | 'orgTypes'>[];
  elements: ReadonlyMap<string, DataElement>;
  directionNames: ReadonlyMap<string, string>;
  orgType: OrgType;
}): FormCell[] {
  const uses = new Map<
    string,
    { unfiltered: boolean; filters: Map<string, BreakdownCombo>; indicators: { code: string; name: string }[]; direction: string }
  >();
  for (const indicator of input.indicators) {
    if (!indicator.orgTypes.includes(input.orgType)) continue;
    const parsed = parseFormula(indicator.formula);
    if (!parsed.ok) continue;
    const refs: { code: string; filter: Readonly<Record<string, string>> }[] = [];
    collectRefs(parsed.node, refs);
    for (const ref of refs) {
      const element = input.elements.get(ref.code);
      if (!element || element.level !== 'organisation') continue;
      if (element.orgTypes && !element.orgTypes.includes(input.orgType)) continue;
      const use = uses.get(ref.code) ?? {
        unfiltered: false,
        filters: new Map(),
        indicators: [] as { code: string; name: string }[],
        direction: indicator.directions[0] ?? '',
      };
      uses.set(ref.code, use);
      if (Object.keys(ref.filter).length === 0) use.unfiltered = true;
      else use.filters.set(breakdownKey(ref.filter), { ...ref.filter });
      if (!use.indicators.some((i) => i.code === indicator.code)) use.indicators.push({ code: indicator.code, name: indicator.name });
    }
  }
  const cells: FormCell[] = [];
  for (const [code, use] of uses) {
    const element = input.elements.get(code);
    if (!element) continue;
    const combos = combosToCollect(element, { unfiltered: use.unfiltered, filters: use.filters.values() });
    for (const combo of combos) {
      const breakdown = breakdownKey(combo);
      cells.push({
        key: cellKey(code, breakdown),
        element: code,
        breakdown,
        breakdownLabel: breakdownLabel(combo),
        name: element.name,
        unit: element.unit,
        valueType: element.valueType,
        direction: { code: use.direction, name: input.directionNames.get(use.direction) ?? use.direction },
        indicators: use.indicators,
      });
    }
  }
  const directionOrder = [...input.directionNames.keys()];
  const rank = (c: FormCell) => {
    const i = directionOrder.indexOf(c.direction.code);
    return i < 0 ? directionOrder.length : i;
  };
  // stable: within a direction the fields keep the order of first use
  return cells
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}
