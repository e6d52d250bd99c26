import { Ajv, type ValidateFunction } from 'ajv';
import { describeAjvError, type ValidationIssue } from '../validation/describe-ajv-error.ts';
import type { Catalogue, DataElement } from './catalogue.ts';
import { catalogueSchema, dataElementFileSchema } from './catalogue-schema.ts';
import { findCycle } from './find-cycle.ts';
import { checkFormula, formulaReferences } from './formula/check-formula.ts';
import { parseFormula } from './formula/parse-formula.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

const ajv = new Ajv({ allErrors: true, strict: false });
let catalogueValidator: ValidateFunction | undefined;
let elementsValidator: ValidateFunction | undefined;

function schemaIssues(validate: ValidateFunction, raw: unknown, label: string): ValidationIssue[] {
  if (validate(raw)) return [];
  return (validate.errors ?? []).map((e) => describeAjvError(e, label));
}

/** Checks a data-element file against its schema. */
export function validateDataElementFile(raw: unknown, label: string): Checked<DataElement[]> {
  elementsValidator ??= ajv.compile(dataElementFileSchema);
  const issues = schemaIssues(elementsValidator, raw, label);
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: (raw as { dataElements: DataElement[] }).dataElements };
}

/** Merges data elements of several files: a code may repeat only with an identical definition. */
export function mergeDataElements(files: { label: string; elements: DataElement[] }[]): Checked<Map<string, DataElement>> {
  const merged = new Map<string, { element: DataElement; label: string }>();
  const issues: ValidationIssue[] = [];
  for (const file of files) {
    for (const element of file.elements) {
      const seen = merged.get(element.code);
      if (!seen) merged.set(element.code, { element, label: file.label });
      else if (JSON.stringify(seen.element) !== JSON.stringify(element)) {
        issues.push({
          path: `${file.label}.dataElements.${element.code}`,
          message: `Элемент данных «${element.code}» уже описан иначе в ${seen.label}: код элемента глобален, используйте одно описание.`,
        });
      }
    }
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: new Map([...merged].map(([k, v]) => [k, v.element])) };
}

function duplicates(codes: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const c of codes) (seen.has(c) ? dup : seen).add(c);
  return [...dup];
}

/** A formula as quoted in a message: a very long one is cut, so that one cell cannot fill the answer. */
function shortFormula(formula: string): string {
  return formula.length > 120 ? `${formula.slice(0, 120)}…` : formula;
}

/**
 * Validates a catalogue: the schema, then the rules a schema cannot say (unique codes, known
 * directions and components, formulas over known data elements, no cycles). Every issue names
 * the file, the item and the field.
 */
export function validateCatalogue(raw: unknown, label: string, elements: ReadonlyMap<string, DataElement>): Checked<Catalogue> {
  catalogueValidator ??= ajv.compile(catalogueSchema);
  const validate = catalogueValidator;
  const schema = schemaIssues(validate, raw, label);
  // Rules beyond the schema still run on the indicators that passed it, so one upload lists
  // every problem; only a broken skeleton (header, blocks) stops there.
  const badIndicators = new Set(
    (validate.errors ?? []).flatMap((e) => {
      const m = /^\/indicators\/(\d+)/.exec(e.instancePath);
      return m ? [Number(m[1])] : [];
    }),
  );
  const skeletonBroken = (validate.errors ?? []).some((e) => !e.instancePath.startsWith('/indicators/'));
  if (skeletonBroken) return { ok: false, issues: schema };
  const c = raw as Catalogue;
  const issues: ValidationIssue[] = [...schema];
  const add = (path: string, message: string, code?: ValidationIssue['code']) =>
    issues.push({ path: `${label}.${path}`, message, ...(code ? { code } : {}) });

  if (c.validTo !== null && c.validTo < c.validFrom) add('validTo', `Дата окончания ${c.validTo} раньше даты начала ${c.validFrom}.`);
  const directions = c.blocks.flatMap((b) => b.directions);
  for (const d of duplicates(c.blocks.map((b) => b.code))) add('blocks', `Код блока «${d}» повторяется.`);
  for (const d of duplicates(directions.map((x) => x.code))) add('blocks', `Код направления «${d}» повторяется.`);
  const directionCodes = new Set(directions.map((d) => d.code));

  if (c.kind === 'mechanisms') {
    const components = new Set((c.components ?? []).map((x) => x.code));
    if (components.size === 0) add('components', 'Для методики оценки механизмов укажите компоненты управленческого цикла (components).');
    const positions = directions.flatMap((d) => d.positions ?? []);
    for (const d of duplicates(positions.map((p) => p.code))) add('blocks', `Код позиции оценивания «${d}» повторяется.`);
    for (const d of directions) {
      if (!d.positions?.length) add(`directions.${d.code}`, `У направления «${d.name}» нет позиций оценивания.`);
      for (const p of d.positions ?? []) {
        if (!components.has(p.component))
          add(`directions.${d.code}.positions.${p.code}.component`, `Неизвестный компонент цикла «${p.component}».`);
      }
    }
  } else {
    const indicators = c.indicators ?? [];
    if (indicators.length === 0) add('indicators', 'В методике нет ни одного показателя.');
    for (const d of duplicates(indicators.map((i) => i.code)))
      add('indicators', `Код показателя «${d}» повторяется: коды уникальны в пределах версии методики.`);
    const indicatorCodes = new Set(indicators.map((i) => i.code));
    const inversions = (c.scoring as { inversionByIndicator?: Record<string, string> } | undefined)?.inversionByIndicator ?? {};
    for (const code of Object.keys(inversions)) {
      const target = indicators.find((i) => i.code === code);
      if (target?.polarity !== 'lower_better')
        add(
          `scoring.inversionByIndicator.${code}`,
          target
            ? `Правило «меньше — лучше» задано для показателя «${code}», у которого полярность не «меньше — лучше»: уберите строку или исправьте полярность.`
            : `Правило «меньше — лучше» задано для показателя «${code}», которого нет в методике: исправьте код.`,
        );
    }
    const dependsOn = new Map<string, Set<string>>();
    indicators.forEach((indicator, n) => {
      if (badIndicators.has(n)) return;
      const where = `indicators.${n} (${indicator.code})`;
      for (const d of indicator.directions)
        if (!directionCodes.has(d)) add(`${where}.directions`, `Направление «${d}» не описано в blocks.`);
      const parsed = parseFormula(indicator.formula);
      if (!parsed.ok) {
        add(
          `${where}.formula`,
          `Ошибка в формуле «${shortFormula(indicator.formula)}», символ ${parsed.issue.at + 1}: ${parsed.issue.message}.`,
        );
        return;
      }
      for (const issue of checkFormula(parsed.node, { elements, indicators: indicatorCodes })) {
        add(`${where}.formula`, `Ошибка в формуле «${shortFormula(indicator.formula)}», символ ${issue.at + 1}: ${issue.message}.`);
      }
      dependsOn.set(indicator.code, formulaReferences(parsed.node).indicators);
    });
    const cycle = findCycle(dependsOn);
    if (cycle) add('indicators', `Показатель ${cycle[0]} зависит сам от себя: ${cycle.join(' → ')}.`, 'formula_cycle');
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: normaliseCatalogue(c) };
}

/** One canonical form: flags that are false and empty optional lists are left out. */
function normaliseCatalogue(c: Catalogue): Catalogue {
  return {
    ...c,
    blocks: c.blocks.map((b) => ({
      ...b,
      directions: b.directions.map(({ optional, goals, positions, ...d }) => ({
        ...d,
        ...(goals?.length ? { goals } : {}),
        ...(optional ? { optional } : {}),
        ...(positions ? { positions: positions.map(({ derived, ...p }) => ({ ...p, ...(derived ? { derived } : {}) })) } : {}),
      })),
    })),
    ...(c.indicators ? { indicators: c.indicators.map(({ note, ...i }) => ({ ...i, ...(note ? { note } : {}) })) } : {}),
  };
}
