import type { EntryIssue, FormField, FormView } from '../../api/campaigns.ts';

/** A field as the page holds it while the user types: the text and the confirming comment ('' = empty). */
export interface FieldDraft {
  raw: string;
  comment: string;
}

export type FormDrafts = Record<string, FieldDraft>;

/** One problem shown under a field. */
export interface FieldIssue {
  severity: 'error' | 'warning';
  message: string;
}

/** The field's accessible name: «Численность выпускников 9 классов, 5 класс». */
export function fieldLabel(field: Pick<FormField, 'name' | 'breakdownLabel'>): string {
  return field.breakdownLabel ? `${field.name}, ${field.breakdownLabel}` : field.name;
}

/** The words before the names of the indicators a field feeds: «для показателя» / «для показателей». */
export function fedIndicatorsLead(count: number): string {
  return count === 1 ? 'для показателя' : 'для показателей';
}

/** The fields under their directions, in the order the form lists them. */
export function groupByDirection<T extends Pick<FormField, 'direction'>>(
  fields: readonly T[],
): { code: string; name: string; fields: T[] }[] {
  const groups: { code: string; name: string; fields: T[] }[] = [];
  for (const field of fields) {
    const last = groups.at(-1);
    const group = last?.code === field.direction.code ? last : groups.find((g) => g.code === field.direction.code);
    if (group) group.fields.push(field);
    else groups.push({ code: field.direction.code, name: field.direction.name, fields: [field] });
  }
  return groups;
}

/** The drafts of a form as the server has it. */
export function draftsOf(form: Pick<FormView, 'fields'>): FormDrafts {
  return Object.fromEntries(form.fields.map((f) => [f.key, { raw: f.value ?? '', comment: f.comment ?? '' }]));
}

/** Keys whose text or comment differ from what was last saved. */
export function changedKeys(drafts: FormDrafts, saved: FormDrafts): string[] {
  return Object.keys(drafts).filter((key) => {
    const d = drafts[key];
    const s = saved[key];
    return !s || d?.raw.trim() !== s.raw.trim() || d?.comment.trim() !== s.comment.trim();
  });
}

/** The `values` of a draft save: only the given fields, empty text as null. */
export function savePayload(drafts: FormDrafts, keys: readonly string[]): Record<string, { raw: string | null; comment: string | null }> {
  const values: Record<string, { raw: string | null; comment: string | null }> = {};
  for (const key of keys) {
    const d = drafts[key];
    if (!d) continue;
    values[key] = { raw: d.raw.trim() === '' ? null : d.raw.trim(), comment: d.comment.trim() === '' ? null : d.comment.trim() };
  }
  return values;
}

/** The field problems listed by a refused submission (`details` of `validation_failed`: `fields.<key>`). */
export function submitIssues(details: unknown): { key: string; message: string }[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (!d || typeof d !== 'object') return [];
    const { path, message } = d as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string' || !path.startsWith('fields.')) return [];
    return [{ key: path.slice('fields.'.length), message }];
  });
}

/**
 * The issues of each field: the form's own check (errors and warnings) and those of a refused
 * submission (errors), without repeating a message. Issues naming no field of the form (a rule
 * between fields with breakdowns) are returned apart, to be shown above the form.
 */
export function issuesByField(
  fields: readonly Pick<FormField, 'key'>[],
  issues: readonly Pick<EntryIssue, 'element' | 'breakdown' | 'severity' | 'message'>[],
  submitted: readonly { key: string; message: string }[] = [],
): { byKey: Map<string, FieldIssue[]>; other: FieldIssue[] } {
  const known = new Set(fields.map((f) => f.key));
  const byKey = new Map<string, FieldIssue[]>();
  const other: FieldIssue[] = [];
  const add = (key: string, issue: FieldIssue) => {
    if (!known.has(key)) {
      if (!other.some((o) => o.message === issue.message)) other.push(issue);
      return;
    }
    const list = byKey.get(key) ?? [];
    const same = list.find((i) => i.message === issue.message || issue.message.startsWith(i.message.replace(/\.$/, '')));
    if (same) {
      // a refused submission turns an unconfirmed warning into an error: keep the stronger one
      if (issue.severity === 'error') Object.assign(same, issue);
    } else list.push(issue);
    byKey.set(key, list);
  };
  for (const i of issues) add(`${i.element}|${i.breakdown}`, { severity: i.severity, message: i.message });
  for (const s of submitted) add(s.key, { severity: 'error', message: s.message });
  return { byKey, other };
}

/** Whether a field asks for a confirming comment: it has a warning, or a comment was given already. */
export function needsComment(issues: readonly FieldIssue[] | undefined, comment: string): boolean {
  return comment.trim() !== '' || (issues ?? []).some((i) => i.severity === 'warning' || /комментари/i.test(i.message));
}

/** «Черновик сохранён в 14:05». */
export function savedAtLabel(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Черновик сохранён в ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The problems of a refused submission still worth showing after a draft save: not those of the
 * fields just saved, and not those the form's own check reported before the save and no longer does
 * (e.g. a ratio fixed by changing its other field).
 */
export function remainingSubmitIssues(
  submitted: readonly { key: string; message: string }[],
  savedKeys: readonly string[],
  before: readonly Pick<EntryIssue, 'message'>[],
  after: readonly Pick<EntryIssue, 'message'>[],
): { key: string; message: string }[] {
  const has = (list: readonly Pick<EntryIssue, 'message'>[], message: string) =>
    list.some((i) => i.message === message || message.startsWith(i.message.replace(/\.$/, '')));
  return submitted.filter((s) => !savedKeys.includes(s.key) && (!has(before, s.message) || has(after, s.message)));
}

/**
 * An issue's message as shown under its own field: without the field's name and breakdown the check
 * puts first («Численность выпускников 9 классов» (5 класс): …), which the row already says.
 */
export function messageUnderField(message: string, field: Pick<FormField, 'name' | 'breakdownLabel'>): string {
  const breakdown = field.breakdownLabel ? ` (${field.breakdownLabel})` : '';
  const prefix = `«${field.name}»${breakdown}: `;
  if (!message.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A warning already confirmed by the representative's comment (the check says so at the end). */
export function isConfirmed(issue: FieldIssue): boolean {
  return issue.severity === 'warning' && /Подтверждено комментарием\.?$/.test(issue.message);
}

/** The keys of the fields with an error, in the order the page shows them. */
export function errorFieldKeys(order: readonly string[], byKey: ReadonlyMap<string, readonly FieldIssue[]>): string[] {
  return order.filter((key) => byKey.get(key)?.some((i) => i.severity === 'error'));
}

/**
 * The field with an error to go to next: the first after `current` (the field last focused) in the
 * page's order, from the top again after the last; null when no field has an error.
 */
export function nextErrorKey(order: readonly string[], errors: readonly string[], current: string | null): string | null {
  if (errors.length === 0) return null;
  const wanted = new Set(errors);
  const from = current === null ? -1 : order.indexOf(current);
  for (let step = 1; step <= order.length; step++) {
    const key = order[(from + step + order.length) % order.length];
    if (key !== undefined && wanted.has(key)) return key;
  }
  return errors[0] ?? null;
}
