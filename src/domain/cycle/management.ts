/**
 * The management block of the cycle (seed 000 §2, seed 003 §8–10): targeted recommendations,
 * measures of the roadmap, management decisions, and what the analysis of their effect records.
 */

export const RECOMMENDATION_STATUSES = ['issued', 'acknowledged', 'reported'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const RECOMMENDATION_STATUS_NAMES: Record<RecommendationStatus, string> = {
  issued: 'Направлена',
  acknowledged: 'Принята к исполнению',
  reported: 'Исполнение отражено',
};

export const ACTION_KINDS = ['measure', 'decision'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_KIND_NAMES: Record<ActionKind, string> = { measure: 'Мероприятие', decision: 'Управленческое решение' };

export const MEASURE_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_STATUS_NAMES: Record<MeasureStatus, string> = {
  planned: 'Запланировано',
  in_progress: 'Выполняется',
  done: 'Выполнено',
  cancelled: 'Отменено',
};

/** Seed 003 §9: the five kinds of management decisions, with the seed's own examples. */
export const DECISION_KINDS = ['organising', 'activating', 'coordinating', 'controlling', 'stimulating'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_KIND_NAMES: Record<DecisionKind, string> = {
  organising: 'Организующее',
  activating: 'Активизирующее',
  coordinating: 'Координирующее',
  controlling: 'Контролирующее',
  stimulating: 'Стимулирующее',
};
export const DECISION_KIND_EXAMPLES: Record<DecisionKind, string> = {
  organising: 'организация мероприятий, направленных на распространение эффективного опыта работы руководителя образовательной организации',
  activating: 'направление руководителей на обучение по адресным программам дополнительного профессионального образования',
  coordinating: 'направление руководителя образовательной организации на стажировку',
  controlling: 'ежемесячные совещания с руководителями по эффективности деятельности руководящих работников',
  stimulating: 'поощрение победителей и призёров конкурсов профессионального мастерства; благодарственные письма',
};

/** Seed 003 §9: the documents that fix a decision. */
export const ACT_KINDS = ['приказ', 'распоряжение', 'постановление', 'концепция', 'программа', 'проект'] as const;

/** What may be done with a recommendation in its status; null when allowed, else why not (Russian). */
export function recommendationRefusal(status: RecommendationStatus, action: 'acknowledge' | 'report'): string | null {
  if (action === 'acknowledge') return status === 'issued' ? null : 'Рекомендация уже принята к исполнению: отразите, что сделано.';
  return status === 'reported' ? 'Исполнение рекомендации уже отражено.' : null;
}

/** A recommendation is overdue when its due date has passed and the organisation has not reported on it. */
export const recommendationOverdue = (r: { status: RecommendationStatus; dueOn: string }, today: string): boolean =>
  r.status !== 'reported' && r.dueOn < today;

/** A measure or decision is overdue when its deadline has passed and it is neither done nor cancelled. */
export const actionOverdue = (a: { kind: ActionKind; status: MeasureStatus; deadline: string }, today: string): boolean =>
  a.status !== 'done' && a.status !== 'cancelled' && a.deadline < today;

/** What an action comes from: «рекомендации № 1, 2; мероприятия № 3», or «—». */
export const actionBasis = (a: { recommendationIds: readonly number[]; measureIds: readonly number[] }): string =>
  [
    a.recommendationIds.length ? `рекомендации № ${a.recommendationIds.join(', ')}` : '',
    a.measureIds.length ? `мероприятия № ${a.measureIds.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ') || '—';
