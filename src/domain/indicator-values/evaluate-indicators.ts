import type { FormulaNode } from '../catalogue/formula/ast.ts';
import { teachesLevels } from '../org/education-levels.ts';
import type { OrgType } from '../org/org-kind.ts';
import type { Outcome } from '../outcome.ts';
import { compileFormula, newRegisters, type CompiledFormula } from './compile-formula.ts';
import { ElementColumns, type ElementTable } from './element-table.ts';
import type { ObjectLevel } from './indicator-values.ts';
import { rollUpOutcome, type RollUpRule } from './roll-up.ts';

/*
 * The fast values path: the same numbers as computeIndicatorValues (indicator-values.ts) for formulas
 * over data elements, from an ElementTable and compiled formulas, written into columns ready for one
 * bulk write instead of objects with explanations. Organisations are evaluated in a tight loop;
 * municipalities roll up Σ parts of their applicable organisations (or are evaluated on their own data
 * when they have values of the formula's elements); the region merges the municipal parts in order.
 * evaluate-indicators.test.ts and the db agreement tests check it against the pure engine bit for bit.
 */

export interface CompiledIndicator {
  code: string;
  orgTypes: readonly OrgType[];
  levels?: readonly string[] | undefined;
  formula: CompiledFormula;
}

/** Compiles formulas once over shared columns (one per distinct element reference). */
export function compileIndicators<I extends { code: string; orgTypes: readonly OrgType[]; levels?: readonly string[] | undefined }>(
  list: readonly { indicator: I; node: FormulaNode }[],
): { indicators: CompiledIndicator[]; columns: ElementColumns } {
  const columns = new ElementColumns();
  const indicators = list.map(({ indicator, node }) => ({
    code: indicator.code,
    orgTypes: indicator.orgTypes,
    levels: indicator.levels,
    formula: compileFormula(node, columns.columnOf),
  }));
  return { indicators, columns };
}

/** A roll-up's partial sums as stored with a municipality's or region's row. */
export interface RollUpParts {
  numerator: number;
  denominator: number;
  used: number;
  total: number;
}

export interface ValuesInput {
  indicators: readonly CompiledIndicator[];
  table: ElementTable;
  /** The organisations to evaluate (of the municipalities with a row), in the pure engine's order. */
  orgs: readonly { id: number; municipalityId: number; type: OrgType; levels?: readonly string[] | null; row: number }[];
  /**
   * Every municipality of the region in the pure engine's order (first appearance among its
   * organisations): with `row`, computed; else its stored parts (by indicator code) enter the region.
   */
  municipalities: readonly ({ id: number; row: number } | { id: number; stored: ReadonlyMap<string, RollUpParts> })[];
  regionId: number;
  /** Called after each indicator (progress). */
  onIndicator?: (done: number, total: number) => void;
}

/** Result rows as columns (indicator_result without the framework and period). */
export interface ValueColumns {
  orgId: number[];
  code: string[];
  level: ObjectLevel[];
  outcome: Outcome['kind'][];
  value: (number | null)[];
  reason: (string | null)[];
  numerator: (number | null)[];
  denominator: (number | null)[];
  used: (number | null)[];
  total: (number | null)[];
}

export function emptyValueColumns(): ValueColumns {
  return { orgId: [], code: [], level: [], outcome: [], value: [], reason: [], numerator: [], denominator: [], used: [], total: [] };
}

const NO_PARTS: RollUpParts = { numerator: 0, denominator: 0, used: 0, total: 0 };

/** Evaluates every indicator for the organisations, the computed municipalities and the region; appends to `out`. */
export function evaluateIndicators(input: ValuesInput, out: ValueColumns = emptyValueColumns()): ValueColumns {
  const r = newRegisters(input.table);
  const push = (
    id: number,
    code: string,
    level: ObjectLevel,
    kind: Outcome['kind'],
    value: number | null,
    reason: string | null,
    parts: RollUpParts | null,
    num: number | null,
    den: number | null,
  ) => {
    out.orgId.push(id);
    out.code.push(code);
    out.level.push(level);
    out.outcome.push(kind);
    out.value.push(value);
    out.reason.push(reason);
    out.numerator.push(parts ? parts.numerator : num);
    out.denominator.push(parts ? parts.denominator : den);
    out.used.push(parts ? parts.used : null);
    out.total.push(parts ? parts.total : null);
  };
  const pushOutcome = (id: number, code: string, level: ObjectLevel, o: Outcome, parts: RollUpParts) =>
    push(id, code, level, o.kind, o.kind === 'ok' ? o.value : null, o.kind === 'ok' ? null : o.reason, parts, null, null);

  /** Evaluates one object; adds what it contributes to `acc` (as rollUp's partOf) and returns its outcome kind. */
  const evaluate = (f: CompiledFormula, row: number): number => {
    r.row = row;
    r.bad = null;
    r.divided = false;
    return f.evaluate(r);
  };
  const contribute = (rule: RollUpRule, value: number, acc: RollUpParts) => {
    acc.total += 1;
    if (rule === 'ratio' || rule === 'quotient') {
      if (!r.divided) return;
      acc.numerator += r.numerator;
      acc.denominator += r.denominator;
    } else {
      if (r.bad) return;
      acc.numerator += rule === 'share' ? (value !== 0 ? 1 : 0) : value;
      acc.denominator += 1;
    }
    acc.used += 1;
  };

  const byMunicipality = new Map<number, number>();
  input.municipalities.forEach((m, k) => byMunicipality.set(m.id, k));
  const parts: RollUpParts[] = input.municipalities.map(() => ({ ...NO_PARTS }));
  const total = input.indicators.length;
  input.indicators.forEach((indicator, done) => {
    const { code, formula } = indicator;
    const rule = formula.rule;
    const topDivision = rule === 'ratio' || rule === 'quotient';
    for (const p of parts) Object.assign(p, NO_PARTS);
    for (const o of input.orgs) {
      if (!indicator.orgTypes.includes(o.type) || !teachesLevels(indicator.levels, o.levels)) continue;
      const value = evaluate(formula, o.row);
      const num = topDivision && r.divided ? r.numerator : null;
      const den = topDivision && r.divided ? r.denominator : null;
      if (r.bad) push(o.id, code, 'organisation', r.bad.kind, null, r.bad.reason, null, num, den);
      else push(o.id, code, 'organisation', 'ok', value, null, null, num, den);
      const k = byMunicipality.get(o.municipalityId);
      const acc = k === undefined ? undefined : parts[k];
      if (acc) contribute(rule, value, acc);
    }
    const region = { ...NO_PARTS };
    input.municipalities.forEach((m, k) => {
      let part = parts[k] ?? { ...NO_PARTS };
      if ('row' in m) {
        if (formula.elementCodes.some((e) => input.table.hasElement(m.row, e))) {
          part = { ...NO_PARTS };
          const value = evaluate(formula, m.row);
          contribute(rule, value, part);
          if (r.bad) push(m.id, code, 'municipality', r.bad.kind, null, r.bad.reason, part, null, null);
          else push(m.id, code, 'municipality', 'ok', value, null, part, null, null);
        } else {
          pushOutcome(m.id, code, 'municipality', rollUpOutcome({ rule, ...part, excluded: [] }), part);
        }
      } else {
        part = m.stored.get(code) ?? NO_PARTS;
      }
      region.numerator = region.numerator + part.numerator;
      region.denominator = region.denominator + part.denominator;
      region.used = region.used + part.used;
      region.total = region.total + part.total;
    });
    pushOutcome(input.regionId, code, 'region', rollUpOutcome({ rule, ...region, excluded: [] }), region);
    input.onIndicator?.(done + 1, total);
  });
  return out;
}
