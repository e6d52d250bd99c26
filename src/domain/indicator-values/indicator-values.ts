import type { Indicator } from '../catalogue/catalogue.ts';
import type { FormulaNode } from '../catalogue/formula/ast.ts';
import { formulaReferences } from '../catalogue/formula/check-formula.ts';
import { parseFormula } from '../catalogue/formula/parse-formula.ts';
import { teachesLevels } from '../org/education-levels.ts';
import type { OrgType } from '../org/org-kind.ts';
import { indexValues, type ElementValue, type ObjectValues } from './element-values.ts';
import { evaluateFormula, type FormulaExplanation } from './evaluate-formula.ts';
import { orderByDependencies } from './indicator-order.ts';
import { invalid, type Outcome } from '../outcome.ts';
import { mergeRollUps, rollUp, rollUpOutcome, rollUpRuleOf, type RollUp, type RollUpRule } from './roll-up.ts';

export type IndicatorSpec = Pick<Indicator, 'code' | 'formula' | 'orgTypes' | 'levels'>;

/** An organisation of the region: its municipality, type and the levels of education it teaches (null: not in the register). */
export interface OrgRow {
  id: number;
  municipalityId: number;
  type: OrgType;
  levels?: readonly string[] | null;
}

export type ObjectLevel = 'organisation' | 'municipality' | 'region';

export type IndicatorExplanation =
  | { kind: 'formula'; formula: FormulaExplanation; rule: RollUpRule }
  | { kind: 'roll-up'; formula: string; rollUp: RollUp }
  | { kind: 'not-parsed'; formula: string; issue: string };

/** The value of one indicator for one object, with its explanation. */
export interface IndicatorValue {
  level: ObjectLevel;
  objectId: number;
  indicatorCode: string;
  outcome: Outcome;
  explanation: IndicatorExplanation;
}

export interface IndicatorValuesInput {
  indicators: readonly IndicatorSpec[];
  values: readonly ElementValue[];
  orgs: readonly OrgRow[];
  regionId: number;
}

type Parsed = { ok: true; node: FormulaNode; rule: RollUpRule; elements: Set<string>; refs: Set<string> } | { ok: false; issue: string };

const NO_VALUES: ObjectValues = new Map();

/**
 * Computes every indicator for each organisation of its orgTypes (and, when the indicator names levels of
 * education, teaching them: the others are not applicable and get no value), for each municipality (roll-up of its
 * organisations, or its own data when it has values for the formula's elements) and for the region
 * (merge of the municipal roll-ups). Formulas are parsed once; @CODE indicators go first.
 */
export function computeIndicatorValues(input: IndicatorValuesInput): IndicatorValue[] {
  const parsed = new Map(input.indicators.map((i) => [i.code, parse(i.formula)]));
  const byCode = new Map(input.indicators.map((i) => [i.code, i]));
  const deps = new Map([...parsed].map(([code, p]) => [code, p.ok ? p.refs : new Set<string>()]));
  const values = indexValues(input.values);
  const outcomes = new Map<number, Map<string, Outcome>>();
  const municipalities = [...new Set(input.orgs.map((o) => o.municipalityId))];
  const rows: IndicatorValue[] = [];
  const put = (row: IndicatorValue) => {
    rows.push(row);
    const map = outcomes.get(row.objectId) ?? new Map<string, Outcome>();
    outcomes.set(row.objectId, map.set(row.indicatorCode, row.outcome));
  };

  for (const code of orderByDependencies([...byCode.keys()], deps)) {
    const indicator = byCode.get(code);
    const p = parsed.get(code);
    if (!indicator || !p) continue;
    const applicable = input.orgs.filter((o) => indicator.orgTypes.includes(o.type) && teachesLevels(indicator.levels, o.levels));
    if (!p.ok) {
      const outcome = invalid(`формула не разобрана: ${p.issue}`);
      const explanation: IndicatorExplanation = { kind: 'not-parsed', formula: indicator.formula, issue: p.issue };
      for (const o of applicable) put({ level: 'organisation', objectId: o.id, indicatorCode: code, outcome, explanation });
      for (const m of municipalities) put({ level: 'municipality', objectId: m, indicatorCode: code, outcome, explanation });
      put({ level: 'region', objectId: input.regionId, indicatorCode: code, outcome, explanation });
      continue;
    }
    const evaluate = (objectId: number) =>
      evaluateFormula(p.node, indicator.formula, { values: values.get(objectId) ?? NO_VALUES, indicators: outcomes.get(objectId) });
    const contributionsOf = new Map<number, { objectId: number; evaluation: ReturnType<typeof evaluate> }[]>();
    for (const o of applicable) {
      const evaluation = evaluate(o.id);
      put({
        level: 'organisation',
        objectId: o.id,
        indicatorCode: code,
        outcome: evaluation.outcome,
        explanation: { kind: 'formula', formula: evaluation.explanation, rule: p.rule },
      });
      const list = contributionsOf.get(o.municipalityId) ?? [];
      list.push({ objectId: o.id, evaluation });
      contributionsOf.set(o.municipalityId, list);
    }
    const parts = municipalities.map((m) => {
      const own = values.get(m);
      if (own && [...p.elements].some((e) => own.has(e))) {
        const evaluation = evaluate(m);
        put({
          level: 'municipality',
          objectId: m,
          indicatorCode: code,
          outcome: evaluation.outcome,
          explanation: { kind: 'formula', formula: evaluation.explanation, rule: p.rule },
        });
        return rollUp(p.rule, [{ objectId: m, evaluation }]);
      }
      const part = rollUp(p.rule, contributionsOf.get(m) ?? []);
      put({
        level: 'municipality',
        objectId: m,
        indicatorCode: code,
        outcome: rollUpOutcome(part),
        explanation: { kind: 'roll-up', formula: indicator.formula, rollUp: part },
      });
      return part;
    });
    const region = mergeRollUps(p.rule, parts);
    put({
      level: 'region',
      objectId: input.regionId,
      indicatorCode: code,
      outcome: rollUpOutcome(region),
      explanation: { kind: 'roll-up', formula: indicator.formula, rollUp: region },
    });
  }
  return rows;
}

function parse(formula: string): Parsed {
  const r = parseFormula(formula);
  if (!r.ok) return { ok: false, issue: `${r.issue.message} (позиция ${r.issue.at + 1})` };
  const refs = formulaReferences(r.node);
  return { ok: true, node: r.node, rule: rollUpRuleOf(r.node), elements: refs.elements, refs: refs.indicators };
}
