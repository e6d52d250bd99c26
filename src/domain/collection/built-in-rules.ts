import { formulaReferences } from '../catalogue/formula/check-formula.ts';
import { parseFormula } from '../catalogue/formula/parse-formula.ts';
import type { RatioRule } from './validate-entries.ts';

/** Parts that cannot exceed their whole, whatever the catalogue's indicators: [part, whole, why]. */
const PARTS: readonly [string, string, string][] = [
  ['pupils_grade_1_4', 'pupils_total', 'обучающиеся 1–4 классов входят в общую численность обучающихся'],
  ['pupils_grade_5_9', 'pupils_total', 'обучающиеся 5–9 классов входят в общую численность обучающихся'],
  ['pupils_grade_10_11', 'pupils_total', 'обучающиеся 10–11 классов входят в общую численность обучающихся'],
  [
    'sum(pupils_grade_1_4, pupils_grade_5_9, pupils_grade_10_11)',
    'pupils_total',
    'обучающиеся 1–4, 5–9 и 10–11 классов вместе не больше всех обучающихся',
  ],
  ['pupils_grade_1_4_basic_level', 'pupils_grade_1_4', 'освоившие программу на базовом уровне — часть обучающихся 1–4 классов'],
  ['pupils_grade_10_11_priority_profiles', 'pupils_grade_10_11', 'обучающиеся профильных классов — часть обучающихся 10–11 классов'],
  ['pupils_ovz', 'pupils_total', 'обучающиеся с ОВЗ входят в общую численность обучающихся'],
  ['pupils_excellent', 'pupils_total', 'отличники входят в общую численность обучающихся'],
  ['pupils_first_shift', 'pupils_total', 'обучающиеся первой смены входят в общую численность обучающихся'],
  ['teachers_total', 'staff_total', 'педагоги входят в общую численность работников'],
  ['teachers_highest_category', 'teachers_total', 'педагоги высшей категории входят в общую численность педагогов'],
  ['teachers_first_category', 'teachers_total', 'педагоги первой категории входят в общую численность педагогов'],
  [
    'sum(teachers_highest_category, teachers_first_category)',
    'teachers_total',
    'педагоги высшей и первой категории вместе не больше всех педагогов',
  ],
  ['teachers_higher_education', 'teachers_total', 'педагоги с высшим образованием входят в общую численность педагогов'],
  ['teachers_under_35', 'teachers_total', 'педагоги до 35 лет входят в общую численность педагогов'],
];

/**
 * Cross-field rules built in (part ≤ whole), for the forms that have both sides: they compare
 * only, and never ask for a pair — the catalogue's percentages do that.
 */
export function builtInRules(formElements: ReadonlySet<string>): RatioRule[] {
  return PARTS.flatMap(([part, whole, reason]) => {
    const numerator = parseFormula(part);
    const denominator = parseFormula(whole);
    if (!numerator.ok || !denominator.ok) return [];
    const used = [...formulaReferences(numerator.node).elements, ...formulaReferences(denominator.node).elements];
    if (!used.every((e) => formElements.has(e))) return [];
    return [
      { indicator: { code: 'правило', name: reason }, numerator: numerator.node, denominator: denominator.node, reason, pair: false },
    ];
  });
}
