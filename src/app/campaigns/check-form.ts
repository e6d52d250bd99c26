import type { FormCell } from '../../domain/collection/campaign.ts';
import { ratioRules, validateEntries, type EntryElement, type EntryIssue } from '../../domain/collection/validate-entries.ts';
import { valueWarnings } from '../../domain/collection/value-warnings.ts';
import { builtInRules } from '../../domain/collection/built-in-rules.ts';
import type { CampaignPlan } from './campaign-record.ts';

export interface CheckedForm {
  values: { element: string; breakdown: string; value: number }[];
  issues: EntryIssue[];
}

/** What a check compares a form with: the previous period and similar organisations, by cell key. */
export interface FormContext {
  previous: ReadonlyMap<string, number>;
  peers: ReadonlyMap<string, readonly number[]>;
  /** Who the similar organisations are, genitive (`peerGroup`): «школ с числом обучающихся 300–799 в регионе». */
  peerGroup?: string;
}

/**
 * One organisation's form checked as a whole: the rules of validateEntries (types, signs, required
 * cells when `complete`, the catalogue's ratios) and the warnings (previous period, similar
 * organisations). A warning the representative confirmed with a comment stays a warning; with
 * `complete`, an unconfirmed one becomes the error that blocks submission.
 */
export function checkForm(input: {
  plan: Pick<CampaignPlan, 'elements' | 'indicators'>;
  cells: readonly FormCell[];
  raws: ReadonlyMap<string, { raw: string | number | null; comment?: string | null; at?: string }>;
  context: FormContext;
  complete: boolean;
}): CheckedForm {
  const elements = new Map<string, EntryElement>();
  for (const c of input.cells) {
    const e = input.plan.elements.get(c.element);
    elements.set(c.element, { code: c.element, name: e?.name ?? c.name, valueType: c.valueType, unit: c.unit });
  }
  const atOf = (key: string) => input.raws.get(key)?.at ?? key;
  const entries = input.cells
    .filter((c) => input.raws.has(c.key))
    .map((c) => ({ element: c.element, breakdown: c.breakdown, raw: input.raws.get(c.key)?.raw ?? null, at: atOf(c.key) }));
  const checked = validateEntries({
    elements,
    entries,
    required: input.complete ? input.cells.map((c) => ({ element: c.element, breakdown: c.breakdown })) : [],
    rules: [...ratioRules(input.plan.indicators), ...builtInRules(new Set(input.cells.map((c) => c.element)))],
  });
  // an issue about an element stored by breakdown (a rule reads it whole) is shown at its first field
  const onField = (i: EntryIssue): EntryIssue => {
    if (input.cells.some((c) => c.key === `${i.element}|${i.breakdown}`)) return i;
    const first = input.cells.find((c) => c.element === i.element);
    return first ? { ...i, breakdown: first.breakdown } : i;
  };
  const issues = checked.issues.map(onField).map((i) => (i.at ? i : { ...i, at: atOf(`${i.element}|${i.breakdown}`) }));
  const warnings = valueWarnings({
    values: checked.values,
    elements,
    previous: input.context.previous,
    peers: input.context.peers,
    peerGroup: input.context.peerGroup,
    at: (element, breakdown) => atOf(`${element}|${breakdown}`),
  });
  for (const w of warnings) {
    const confirmed = Boolean(input.raws.get(`${w.element}|${w.breakdown}`)?.comment?.trim());
    if (confirmed || !input.complete) issues.push(confirmed ? { ...w, message: `${w.message} Подтверждено комментарием.` } : w);
    else issues.push({ ...w, severity: 'error', code: 'unconfirmed_warning', message: `${w.message} Без комментария форму не отправить.` });
  }
  return { values: checked.values, issues };
}
