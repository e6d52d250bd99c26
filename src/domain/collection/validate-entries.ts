import type { Indicator, Unit } from '../catalogue/catalogue.ts';
import type { FormulaNode } from '../catalogue/formula/ast.ts';
import { formulaReferences } from '../catalogue/formula/check-formula.ts';
import { parseFormula } from '../catalogue/formula/parse-formula.ts';
import { breakdownKey } from '../catalogue/breakdown-key.ts';
import { evaluateFormula } from '../indicator-values/evaluate-formula.ts';
import { fieldName } from './breakdown-label.ts';
import { parseEnteredNumber } from './parse-entered-number.ts';

/** A data element as a form needs it. */
export interface EntryElement {
  code: string;
  name: string;
  valueType: 'integer' | 'number' | 'boolean';
  unit: Unit;
}

/** One cell as entered: element, canonical breakdown key ('' = total) and the raw text or number. */
export interface Entry {
  element: string;
  breakdown: string;
  raw: string | number | null;
  /** Where the value was entered (a form field, «Лист1!C7»): echoed in its issues. */
  at?: string;
}

export type EntryIssueCode =
  | 'unknown_element'
  | 'not_a_number'
  | 'not_integer'
  | 'not_boolean'
  | 'negative'
  | 'percent_over_100'
  | 'required'
  | 'numerator_over_denominator'
  | 'incomplete_pair'
  | 'far_from_previous'
  | 'outlier'
  | 'unconfirmed_warning';

/** A problem with entered data: errors block submission, warnings ask for a confirming comment. */
export interface EntryIssue {
  severity: 'error' | 'warning';
  code: EntryIssueCode;
  element: string;
  breakdown: string;
  at?: string;
  message: string;
}

/**
 * A rule between fields taken from the catalogue: in a percentage ratio(numerator, denominator)
 * the numerator cannot exceed the denominator, and the two are a pair — both given or neither.
 */
export interface RatioRule {
  indicator: Pick<Indicator, 'code' | 'name'>;
  numerator: FormulaNode;
  denominator: FormulaNode;
  /** Why the part cannot exceed the whole, when the rule is not a percentage of the catalogue. */
  reason?: string;
  /** Both given or neither (true unless said otherwise: a built-in rule only compares). */
  pair?: boolean;
}

/** The ratio rules of a set of indicators: every percentage whose formula is ratio(…, …) at the top. */
export function ratioRules(indicators: readonly Pick<Indicator, 'code' | 'name' | 'unit' | 'formula'>[]): RatioRule[] {
  return indicators.flatMap((indicator) => {
    if (indicator.unit !== 'percent') return [];
    const parsed = parseFormula(indicator.formula);
    if (!parsed.ok || parsed.node.kind !== 'call' || parsed.node.fn !== 'ratio') return [];
    const [numerator, denominator] = parsed.node.args;
    if (!numerator || !denominator || formulaReferences(parsed.node).indicators.size > 0) return [];
    return [{ indicator: { code: indicator.code, name: indicator.name }, numerator, denominator }];
  });
}

const fmt = (n: number) => String(n).replace('.', ',');

/** The first element a side of a rule refers to, with its filter as a breakdown key: where the rule's issue is shown. */
function firstReference(node: FormulaNode): { element: string; breakdown: string } {
  if (node.kind === 'element') return { element: node.code, breakdown: breakdownKey(node.filter) };
  const children =
    node.kind === 'call' ? node.args : node.kind === 'binary' ? [node.left, node.right] : node.kind === 'unary' ? [node.operand] : [];
  for (const child of children) {
    const found = firstReference(child);
    if (found.element) return found;
  }
  return { element: '', breakdown: '' };
}
const cellName = (e: EntryElement | undefined, code: string, breakdown: string) => fieldName(e?.name ?? code, breakdown);

/**
 * Checks the entries of one organisation's form (or uploaded file) as a whole: each value is a
 * number of its element's type (integers for counts, 0/1 for yes/no), not negative, a percentage
 * at most 100; every required cell is filled; in every percentage ratio of the catalogue the
 * numerator is at most the denominator, and both are given or neither. Returns the values read
 * and every issue with its place, in Russian. Nothing is partially accepted: the caller stores
 * the values only when there is no error.
 */
export function validateEntries(input: {
  elements: ReadonlyMap<string, EntryElement>;
  entries: readonly Entry[];
  required?: readonly { element: string; breakdown: string }[];
  rules?: readonly RatioRule[];
}): { values: { element: string; breakdown: string; value: number }[]; issues: EntryIssue[] } {
  const issues: EntryIssue[] = [];
  const values: { element: string; breakdown: string; value: number }[] = [];
  // cells filled with something that is not a value: their own message says so, and no other rule asks to fill them
  const unread = new Set<string>();
  const error = (code: EntryIssueCode, entry: Pick<Entry, 'element' | 'breakdown' | 'at'>, message: string) =>
    issues.push({
      severity: 'error',
      code,
      element: entry.element,
      breakdown: entry.breakdown,
      ...(entry.at ? { at: entry.at } : {}),
      message,
    });

  for (const entry of input.entries) {
    const element = input.elements.get(entry.element);
    if (!element) {
      error('unknown_element', entry, `Элемент данных «${entry.element}» не входит в форму: проверьте код или скачайте шаблон заново.`);
      continue;
    }
    const name = cellName(element, entry.element, entry.breakdown);
    const parsed = parseEnteredNumber(entry.raw);
    if (parsed.kind === 'empty') continue;
    unread.add(`${entry.element}|${entry.breakdown}`);
    if (parsed.kind === 'invalid') {
      error('not_a_number', entry, `${name}: ${parsed.reason}.`);
      continue;
    }
    const v = parsed.value;
    if (element.valueType === 'boolean' && v !== 0 && v !== 1) {
      error('not_boolean', entry, `${name}: ${fmt(v)} — укажите 1 (да) или 0 (нет).`);
      continue;
    }
    if (v < 0) {
      error('negative', entry, `${name}: ${fmt(v)} — значение не может быть отрицательным.`);
      continue;
    }
    if (element.valueType === 'integer' && !Number.isInteger(v)) {
      error('not_integer', entry, `${name}: ${fmt(v)} — это количество, укажите целое число.`);
      continue;
    }
    if (element.unit === 'percent' && v > 100) {
      error('percent_over_100', entry, `${name}: ${fmt(v)} % — доля не может быть больше 100 %.`);
      continue;
    }
    unread.delete(`${entry.element}|${entry.breakdown}`);
    values.push({ element: entry.element, breakdown: entry.breakdown, value: v });
  }
  const unreadElements = new Set([...unread].map((key) => key.slice(0, key.indexOf('|'))));

  const given = new Set(values.map((v) => `${v.element}|${v.breakdown}`));
  for (const cell of input.required ?? []) {
    if (given.has(`${cell.element}|${cell.breakdown}`) || unread.has(`${cell.element}|${cell.breakdown}`)) continue;
    const at = input.entries.find((e) => e.element === cell.element && e.breakdown === cell.breakdown)?.at;
    error(
      'required',
      { ...cell, ...(at ? { at } : {}) },
      `${cellName(input.elements.get(cell.element), cell.element, cell.breakdown)}: не заполнено.`,
    );
  }

  const byElement = new Map<string, { breakdown: string; value: number }[]>();
  for (const v of values) byElement.set(v.element, [...(byElement.get(v.element) ?? []), { breakdown: v.breakdown, value: v.value }]);
  for (const rule of input.rules ?? []) {
    const side = (node: FormulaNode) => evaluateFormula(node, '', { values: byElement }).outcome;
    const num = side(rule.numerator);
    const den = side(rule.denominator);
    const names = (node: FormulaNode) =>
      [...formulaReferences(node).elements].map((code) => `«${input.elements.get(code)?.name ?? code}»`).join(' и ');
    const where = firstReference(rule.numerator);
    const about = `показатель ${rule.indicator.code} «${rule.indicator.name}»`;
    if (num.kind === 'ok' && den.kind === 'ok' && num.value > den.value) {
      error(
        'numerator_over_denominator',
        where,
        `${names(rule.numerator)} (${fmt(num.value)}) больше, чем ${names(rule.denominator)} (${fmt(den.value)}): ${rule.reason ?? `в доле (${about}) часть не может превышать целое`}.`,
      );
    } else if (rule.pair !== false && (num.kind === 'ok') !== (den.kind === 'ok') && num.kind !== 'invalid' && den.kind !== 'invalid') {
      const missingSide = num.kind === 'ok' ? rule.denominator : rule.numerator;
      if ([...formulaReferences(missingSide).elements].some((code) => unreadElements.has(code))) continue;
      error(
        'incomplete_pair',
        where,
        `Заполните и ${names(missingSide)}: ${about} считается по обоим значениям — укажите оба или ни одного.`,
      );
    }
  }
  return { values, issues };
}
