/**
 * The personnel register of seeds 000 §5 and 003: leaders of organisations (heads, deputies and
 * the rest of the management team) and the municipal reserve of future leaders. Plain data; dates
 * are ISO strings (yyyy-mm-dd).
 */

import type { Role } from '../access/role.ts';

/**
 * Who keeps the register (personal data, 152-ФЗ): the municipal operator of the municipality and
 * administrators; a person reads their own record.
 */
export const PERSONNEL_ROLES: readonly Role[] = ['admin', 'municipal_operator'];

export const POST_KINDS = ['head', 'deputy', 'team'] as const;
export type PostKind = (typeof POST_KINDS)[number];
export const POST_KIND_NAMES: Record<PostKind, string> = {
  head: 'руководитель',
  deputy: 'заместитель руководителя',
  team: 'член управленческой команды',
};

export const EDUCATION_LEVELS = ['higher', 'secondary_vocational', 'other'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LEVEL_NAMES: Record<EducationLevel, string> = {
  higher: 'высшее',
  secondary_vocational: 'среднее профессиональное',
  other: 'иное',
};

/** The management degrees seed 003 names (D1.06, D5.1.01), verbatim. */
export const MGMT_EDUCATION_DIRECTIONS = ['Государственное и муниципальное управление', 'Менеджмент', 'Управление персоналом'] as const;

export const LEADER_EVENT_KINDS = [
  'training',
  'deficit_diagnostics',
  'competence_assessment',
  'quality_assessment',
  'attestation',
] as const;
export type LeaderEventKind = (typeof LEADER_EVENT_KINDS)[number];
export const LEADER_EVENT_NAMES: Record<LeaderEventKind, string> = {
  training: 'повышение квалификации',
  deficit_diagnostics: 'диагностика профессиональных дефицитов',
  competence_assessment: 'оценка профессиональных компетенций',
  quality_assessment: 'оценка качества управленческой деятельности',
  attestation: 'аттестация',
};

export const COMPETENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type CompetenceLevel = (typeof COMPETENCE_LEVELS)[number];
export const COMPETENCE_LEVEL_NAMES: Record<CompetenceLevel, string> = { high: 'высокий', medium: 'средний', low: 'низкий' };

export interface LeaderEvent {
  kind: LeaderEventKind;
  heldOn: string;
  /** training: on a current direction of education. */
  relevant?: boolean | null;
  /** deficit diagnostics: taken voluntarily. */
  voluntary?: boolean | null;
  /** competence assessment: high | medium | low; attestation: passed | failed. */
  level?: string | null;
}

export interface Leader {
  id: number;
  orgId: number;
  postKind: PostKind;
  appointedOn: string;
  leftOn: string | null;
  educationLevel: EducationLevel;
  mgmtEducation: string | null;
  events: readonly LeaderEvent[];
}

export const CANDIDATE_STATUSES = ['nominated', 'enrolled', 'appointed', 'excluded'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];
export const CANDIDATE_STATUS_NAMES: Record<CandidateStatus, string> = {
  nominated: 'кандидат на включение',
  enrolled: 'зачислен в резерв',
  appointed: 'назначен на должность',
  excluded: 'исключён из резерва',
};

export interface ReserveEvent {
  kind: 'diagnostics' | 'training';
  heldOn: string;
  passed?: boolean | null;
}

export interface PlanItem {
  dueOn: string;
  doneOn: string | null;
}

export interface Candidate {
  id: number;
  municipalityId: number;
  nominatedOn: string;
  enrolledOn: string | null;
  excludedOn: string | null;
  /** The date the appointment was approved (reserve_appointment), when appointed. */
  appointedOn: string | null;
  events: readonly ReserveEvent[];
  plan: readonly PlanItem[];
}

/** What the municipality has adopted for its reserve (seed 003 D4.01–D4.03). */
export interface ReservePolicy {
  criteria: readonly string[];
  trainingSystem: string;
  supportMechanism: string;
  /** The order that adopted them; before it the flags are 0. Null: in force for every period. */
  orderDate: string | null;
}

export interface PeriodSpan {
  startsOn: string;
  endsOn: string;
}

/** True when the ISO date lies within the period, bounds included. */
export function within(date: string | null | undefined, period: PeriodSpan): boolean {
  return date !== null && date !== undefined && date >= period.startsOn && date <= period.endsOn;
}

/** A leader holds the post on the period's last day. */
export function inPostAt(leader: Pick<Leader, 'appointedOn' | 'leftOn'>, date: string): boolean {
  return leader.appointedOn <= date && (leader.leftOn === null || leader.leftOn > date);
}
