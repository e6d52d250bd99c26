/**
 * The life of an analytic report (seed 004 §2.2): the operator drafts it, the working group
 * reviews it at a meeting, an official of the education authority approves it, and it is
 * published in the «МСОКО» section. An approved report is frozen: a change is a new version,
 * which starts as a new draft.
 */
export const REPORT_STATUSES = ['draft', 'reviewed', 'approved', 'published'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_NAMES: Record<ReportStatus, string> = {
  draft: 'Черновик',
  reviewed: 'Рассмотрен рабочей группой',
  approved: 'Утверждён',
  published: 'Опубликован',
};

/** What the working group decided at its meeting. */
export type ReviewDecision = 'recommend' | 'revise';

export const REVIEW_DECISION_NAMES: Record<ReviewDecision, string> = {
  recommend: 'рекомендовать к утверждению',
  revise: 'вернуть на доработку',
};

export type ReportAction = 'edit' | 'review' | 'approve' | 'publish' | 'unpublish' | 'new_version';

const ALLOWED: Record<ReportAction, readonly ReportStatus[]> = {
  edit: ['draft'],
  review: ['draft'],
  approve: ['reviewed'],
  publish: ['approved'],
  unpublish: ['published'],
  new_version: ['approved', 'published'],
};

const REFUSALS: Record<ReportAction, string> = {
  edit: 'Изменять можно только черновик: рассмотренный отчёт верните на доработку решением рабочей группы, утверждённый — выпустите новой версией.',
  review: 'Рабочая группа рассматривает черновик отчёта: этот отчёт уже рассмотрен.',
  approve: 'Утвердить можно отчёт, который рабочая группа рекомендовала к утверждению: сначала запишите её решение.',
  publish: 'Опубликовать можно утверждённый отчёт: сначала запишите утверждение должностным лицом.',
  unpublish: 'Снять с публикации можно только опубликованный отчёт.',
  new_version: 'Новую версию начинают от утверждённого отчёта; черновик можно исправить сам.',
};

/** Null when the action is allowed in this status, else the Russian reason why not. */
export function refusalOf(status: ReportStatus, action: ReportAction): string | null {
  return ALLOWED[action].includes(status) ? null : REFUSALS[action];
}

/** The status a step leads to (the working group may send a draft back: it stays a draft). */
export function statusAfter(action: Exclude<ReportAction, 'edit' | 'new_version'>, decision?: ReviewDecision): ReportStatus {
  switch (action) {
    case 'review':
      return decision === 'revise' ? 'draft' : 'reviewed';
    case 'approve':
      return 'approved';
    case 'publish':
      return 'published';
    case 'unpublish':
      return 'approved';
  }
}

/** Whether a report in this status is frozen: its numbers and texts are what was approved. */
export const isFrozen = (status: ReportStatus): boolean => status === 'approved' || status === 'published';

/** A recorded step as the documents read it. */
export interface RecordedStep {
  step: string;
  details: Record<string, unknown>;
}

/** The last approval of a report, and the last review that recommended it (null when none). */
export function approvalSteps<S extends RecordedStep>(steps: readonly S[]): { review: S | null; approval: S | null } {
  const last = (match: (s: S) => boolean) => [...steps].reverse().find(match) ?? null;
  return {
    review: last((s) => s.step === 'review' && s.details.decision === 'recommend'),
    approval: last((s) => s.step === 'approve'),
  };
}
