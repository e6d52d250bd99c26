import type { FormulaNode } from '../catalogue/formula/ast.ts';
import { ZERO_DENOMINATOR, type FormulaEvaluation } from './evaluate-formula.ts';
import { invalid, missing, ok, type Outcome } from '../outcome.ts';

/**
 * How a formula rolls up from objects to a set (FORMAT.md), decided by its top node:
 * ratio → Σ num × 100 / Σ den; «/» → Σ left / Σ right; flag / share_orgs / share_persons → share of
 * objects with 1, in % (share_persons over named persons: Σ persons meeting it / Σ persons); everything else (sum, count_*, bare references, + − ×) → sum.
 */
export type RollUpRule = 'ratio' | 'quotient' | 'share' | 'sum';

/** One object's evaluation entering a roll-up (an organisation, or a municipality evaluated on its own data). */
export interface Contribution {
  objectId: number;
  evaluation: FormulaEvaluation;
}

/**
 * A roll-up kept as partial sums so that roll-ups of roll-ups merge exactly. For ratio and quotient:
 * Σ numerators / Σ denominators; for share: objects with 1 / objects evaluated; for sum: Σ values (denominator = used).
 */
export interface RollUp {
  rule: RollUpRule;
  numerator: number;
  denominator: number;
  /** Objects whose values entered the roll-up; completeness = used / total. */
  used: number;
  total: number;
  excluded: { objectId: number; reason: string }[];
}

/** The roll-up rule of a parsed formula (see RollUpRule). */
export function rollUpRuleOf(node: FormulaNode): RollUpRule {
  if (node.kind === 'call' && node.fn === 'ratio') return 'ratio';
  if (node.kind === 'binary' && node.op === '/') return 'quotient';
  if (node.kind === 'call' && (node.fn === 'flag' || node.fn === 'share_orgs' || node.fn === 'share_persons')) return 'share';
  return 'sum';
}

/** Rolls up the evaluations of a set of objects; objects without the needed values are excluded and listed. */
export function rollUp(rule: RollUpRule, contributions: readonly Contribution[]): RollUp {
  const acc: RollUp = { rule, numerator: 0, denominator: 0, used: 0, total: contributions.length, excluded: [] };
  for (const { objectId, evaluation } of contributions) {
    const part = partOf(rule, evaluation);
    if (part.kind !== 'ok') {
      acc.excluded.push({ objectId, reason: part.reason });
      continue;
    }
    acc.numerator += part.value[0];
    acc.denominator += part.value[1];
    acc.used += 1;
  }
  return acc;
}

/** Merges roll-ups of disjoint sets (municipalities → region); equal to rolling up all their objects at once. */
export function mergeRollUps(rule: RollUpRule, parts: readonly RollUp[]): RollUp {
  return parts.reduce<RollUp>(
    (acc, p) => ({
      rule,
      numerator: acc.numerator + p.numerator,
      denominator: acc.denominator + p.denominator,
      used: acc.used + p.used,
      total: acc.total + p.total,
      excluded: [...acc.excluded, ...p.excluded],
    }),
    { rule, numerator: 0, denominator: 0, used: 0, total: 0, excluded: [] },
  );
}

/** The value of a roll-up: % for ratio and share, a plain number for quotient and sum; no objects → missing; Σ den = 0 → invalid. */
export function rollUpOutcome(r: RollUp): Outcome {
  if (r.total === 0) return missing('нет объектов, к которым применим показатель');
  if (r.used === 0) return missing(`нет данных ни по одному из ${r.total} объектов`);
  switch (r.rule) {
    case 'ratio':
      return r.denominator === 0 ? invalid(ZERO_DENOMINATOR) : ok((r.numerator * 100) / r.denominator);
    case 'quotient':
      return r.denominator === 0 ? invalid(ZERO_DENOMINATOR) : ok(r.numerator / r.denominator);
    case 'share':
      return ok((r.numerator * 100) / r.denominator);
    case 'sum':
      return ok(r.numerator);
  }
}

/** What one object adds: [numerator, denominator], or why it cannot. */
function partOf(rule: RollUpRule, e: FormulaEvaluation): Outcome<[number, number]> {
  if (rule === 'ratio' || rule === 'quotient') {
    const { numerator, denominator } = e.explanation;
    if (numerator !== undefined && denominator !== undefined) return ok([numerator, denominator]);
    return e.outcome.kind === 'ok' ? invalid('нет числителя и знаменателя') : e.outcome;
  }
  if (e.outcome.kind !== 'ok') return e.outcome;
  const persons = e.explanation.persons;
  if (rule === 'share' && persons) return ok([persons.matching, persons.total]);
  return rule === 'share' ? ok([e.outcome.value !== 0 ? 1 : 0, 1]) : ok([e.outcome.value, 1]);
}
