import type { Unit } from '../catalogue/catalogue.ts';

/** Where one organisation's form is in the workflow of a campaign. */
export const SUBMISSION_STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'accepted'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_STATUS_NAMES: Record<SubmissionStatus, string> = {
  not_started: 'Не начата',
  draft: 'Черновик',
  submitted: 'Отправлена',
  returned: 'Возвращена на доработку',
  accepted: 'Принята',
};

/** Moves of the workflow: draft → submitted → returned → submitted → accepted; accepted → reopened (draft). */
export type SubmissionAction = 'save' | 'submit' | 'return' | 'accept' | 'reopen';

const ALLOWED: Record<SubmissionAction, readonly SubmissionStatus[]> = {
  save: ['not_started', 'draft', 'returned'],
  submit: ['not_started', 'draft', 'returned'],
  return: ['submitted'],
  accept: ['submitted'],
  reopen: ['accepted'],
};

const NEXT: Record<SubmissionAction, SubmissionStatus | null> = {
  save: null,
  submit: 'submitted',
  return: 'returned',
  accept: 'accepted',
  reopen: 'draft',
};

const REFUSAL: Record<SubmissionAction, string> = {
  save: 'Форму нельзя изменить: она отправлена или принята. Изменения возможны после возврата на доработку или повторного открытия оператором.',
  submit: 'Форму нельзя отправить: она уже отправлена или принята.',
  return: 'Вернуть на доработку можно только отправленную форму.',
  accept: 'Принять можно только отправленную форму.',
  reopen: 'Открыть повторно можно только принятую форму.',
};

/** The status after an action, or the Russian reason it is not allowed now. */
export function nextStatus(
  from: SubmissionStatus,
  action: SubmissionAction,
): { ok: true; status: SubmissionStatus } | { ok: false; message: string } {
  if (!ALLOWED[action].includes(from)) return { ok: false, message: REFUSAL[action] };
  const to = NEXT[action];
  // a save starts a form that was not started; a returned form stays returned until resubmitted
  return { ok: true, status: to ?? (from === 'not_started' ? 'draft' : from) };
}

/** One field of a campaign form: a data element, in one breakdown combination. */
export interface FormCell {
  /** `${element}|${breakdown}`: the field's identity in forms, templates and drafts. */
  key: string;
  element: string;
  /** Canonical breakdown key ('' = the element as a whole, "grade=5"). */
  breakdown: string;
  /** The breakdown as users read it («5 класс»); '' for none. */
  breakdownLabel: string;
  name: string;
  unit: Unit;
  valueType: 'integer' | 'number' | 'boolean';
  /** The direction the field is shown under (the first direction of the first indicator using it). */
  direction: { code: string; name: string };
  /** Indicators of the campaign whose formulas use this field, with their names (users read names). */
  indicators: { code: string; name: string }[];
}

export const cellKey = (element: string, breakdown: string) => `${element}|${breakdown}`;
