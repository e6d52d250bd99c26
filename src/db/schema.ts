import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** JSON stored in jsonb: read as a value, written as JSON text (both drivers agree on that). */
type Json<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrgTable {
  id: Generated<number>;
  parent_id: number | null;
  kind: string;
  type: string | null;
  name: string;
  short_name: string | null;
  code: string;
  inn: string | null;
  ogrn: string | null;
  fis_oko_code: string | null;
  aliases: Json<string[]>;
  attributes: Json<Record<string, unknown>>;
  /** ISO date from which the organisation is closed: it leaves the lists of periods starting on/after it. */
  closed_on: ColumnType<string | null, string | null | undefined, string | null>;
  closed_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** The organisation this one joined (then closed_on is set too). */
  merged_into_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** Materialised path of ids, "/1/5/23/": a subtree is one indexed prefix scan. */
  path: Generated<string>;
  depth: Generated<number>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OrgGroupTable {
  id: Generated<number>;
  scope_org_id: number;
  code: string;
  name: string;
}

export interface OrgGroupMemberTable {
  group_id: number;
  org_id: number;
}

export interface PeriodTable {
  id: Generated<number>;
  code: string;
  kind: string;
  name: string;
  /** ISO date "YYYY-MM-DD" (both drivers are told to return dates as text). */
  starts_on: string;
  ends_on: string;
  /** Set when the period is closed: it takes no new values except through a returned form. */
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  closed_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AppUserTable {
  id: Generated<number>;
  login: string;
  full_name: string;
  role: string;
  scope_org_id: number | null;
  password_hash: string;
  is_active: Generated<boolean>;
  /** The password was given by someone else: the user changes it at the next login before anything else. */
  must_change_password: Generated<boolean>;
  last_login_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface UserSessionTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: number;
  created_at: CreatedAt;
  expires_at: Date | string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  user_id: number | null;
  user_login: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json<unknown>;
  after: Json<unknown>;
  request_id: string | null;
}

/** One password check (login or password change): reserved as pending before the hash is verified. */
export interface LoginAttemptTable {
  id: Generated<number>;
  login: string;
  ip: string;
  at: CreatedAt;
  outcome: 'pending' | 'failed' | 'succeeded' | 'cleared';
  source: 'login' | 'password_change';
}

export interface SystemSettingTable {
  key: string;
  value: Json<unknown>;
}

export interface DataElementTable {
  code: string;
  name: string;
  value_type: string;
  unit: string;
  level: string;
  breakdowns: Json<string[]>;
  org_types: ColumnType<string[] | null, string | null, string | null>;
  updated_at: UpdatedAt;
}

export interface FrameworkTable {
  id: Generated<number>;
  code: string;
  version: number;
  kind: string;
  name: string;
  valid_from: string;
  valid_to: string | null;
  source: string;
  content: Json<unknown>;
  content_hash: string;
  origin: 'file' | 'import';
  file_name: string | null;
  loaded_at: CreatedAt;
  loaded_by: string | null;
}

export interface DataValueTable {
  id: Generated<number>;
  org_id: number;
  period_id: number;
  data_element_code: string;
  breakdown: Generated<string>;
  value: ColumnType<number, number | string, number | string>;
  source: string;
  status: 'draft' | 'submitted' | 'accepted' | 'rejected' | 'demo';
  entered_by: number | null;
  version: Generated<number>;
  updated_at: UpdatedAt;
  /** The table import that wrote the value (its file and audit), when one did. */
  import_id: ColumnType<number | null, number | null | undefined, number | null>;
}

/** One applied import of a wide table of numbers (§5 of «Moving in»). */
export interface DataImportTable {
  id: Generated<number>;
  period_id: number;
  territory_org_id: number | null;
  file_name: string;
  stored_as: string | null;
  sha256: string;
  counts: Json<Record<string, number>>;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface IndicatorResultTable {
  framework_id: number;
  period_id: number;
  org_id: number;
  indicator_code: string;
  level: 'organisation' | 'municipality' | 'region';
  outcome: 'ok' | 'missing' | 'invalid';
  value: number | null;
  reason: string | null;
  /** Roll-up parts: Σ numerator and denominator of the contributing objects (an organisation: its own ratio's terms). */
  numerator: number | null;
  denominator: number | null;
  /** Objects that contributed / could have contributed (municipality and region rows). */
  used: number | null;
  total: number | null;
}

export interface RatingResultTable {
  framework_id: number;
  period_id: number;
  comparison_key: string;
  scope_org_id: number;
  title: string;
  /**
   * Null as a recompute writes it: the comparison is rated from the stored values when read
   * (ratingOf). Rows stored by earlier versions hold the packed rating (compactRating) as JSON text.
   */
  content: string | null;
  /** Ids of the compared organisations, for «the ratings an organisation takes part in». */
  object_ids: ColumnType<number[], number[] | undefined, number[]>;
}

export interface ComputeRunTable {
  id: Generated<number>;
  framework_id: number;
  period_id: number;
  computed_at: CreatedAt;
  computed_by: string | null;
  counts: Json<unknown>;
}

export interface CyclogramStageTable {
  scope_org_id: number;
  year: number;
  code: string;
  ordinal: number;
  name: string;
  starts_on: string;
  ends_on: string;
  responsible: string;
  completed_on: string | null;
}

export interface CampaignTable {
  id: Generated<number>;
  scope_org_id: number;
  framework_id: number;
  period_id: number;
  name: string;
  indicator_codes: ColumnType<string[] | null, string | null, string | null>;
  starts_on: string;
  deadline: string;
  responsible: string;
  order_number: string | null;
  order_date: string | null;
  published_at: Date | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface SubmissionTable {
  campaign_id: number;
  org_id: number;
  status: Generated<'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted'>;
  version: Generated<number>;
  comment: string | null;
  updated_by: number | null;
  updated_at: UpdatedAt;
  submitted_at: Date | null;
  accepted_at: Date | null;
}

export interface SubmissionValueTable {
  campaign_id: number;
  org_id: number;
  data_element_code: string;
  breakdown: string;
  raw: string;
  comment: string | null;
  source: string;
  updated_by: number | null;
  updated_at: UpdatedAt;
}

export interface ScoringRoundTable {
  id: Generated<number>;
  framework_id: number;
  period_id: number;
  scope_org_id: number;
  name: string;
  kind: 'expert' | 'self';
  include_optional: Generated<boolean>;
  created_by: number | null;
  created_at: CreatedAt;
  closed_at: Date | null;
}

export interface ScoringAssignmentTable {
  round_id: number;
  org_id: number;
  user_id: number;
}

export interface ExpertScoreTable {
  round_id: number;
  org_id: number;
  user_id: number;
  position_code: string;
  points: ColumnType<number, number | string, number | string>;
  comment: string | null;
  links: ColumnType<{ url: string; title: string }[], string | undefined, string>;
  source: string;
  updated_at: UpdatedAt;
}

export interface AgreedScoreTable {
  round_id: number;
  org_id: number;
  position_code: string;
  points: ColumnType<number, number | string, number | string>;
  comment: string | null;
  agreed_by: number | null;
  agreed_at: CreatedAt;
}

export interface EvidenceFileTable {
  id: Generated<number>;
  round_id: number;
  org_id: number;
  position_code: string;
  user_id: number | null;
  file_name: string;
  content_type: string;
  size: number;
  content: Uint8Array;
  uploaded_at: CreatedAt;
}

export interface WorkingGroupTable {
  scope_org_id: number;
  name: string;
  order_number: string | null;
  order_date: string | null;
  updated_by: number | null;
  updated_at: UpdatedAt;
}

export interface WorkingGroupMemberTable {
  scope_org_id: number;
  ordinal: number;
  full_name: string;
  post: string;
  role: 'chair' | 'deputy' | 'secretary' | 'member';
}

export interface ReportTable {
  id: Generated<number>;
  lineage_id: number | null;
  version: Generated<number>;
  scope_org_id: number;
  framework_id: number;
  period_id: number;
  scope_kind: 'direction' | 'monitoring' | 'organisation';
  direction_code: string | null;
  org_id: number | null;
  title: string;
  status: Generated<'draft' | 'reviewed' | 'approved' | 'published'>;
  content: ColumnType<unknown, string, string>;
  sections: ColumnType<Record<string, string>, string, string>;
  compute_run_id: number | null;
  edit_version: Generated<number>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ReportFileTable {
  id: Generated<number>;
  report_id: number;
  file_name: string;
  content_type: string;
  size: number;
  content: Uint8Array;
  uploaded_by: number | null;
  uploaded_at: CreatedAt;
}

export interface ReportStepTable {
  id: Generated<number>;
  report_id: number;
  step: 'generate' | 'review' | 'approve' | 'publish' | 'unpublish' | 'new_version';
  status_after: string;
  details: ColumnType<Record<string, unknown>, string, string>;
  file_id: number | null;
  user_id: number | null;
  user_name: string;
  at: CreatedAt;
}

export interface PublicationTable {
  id: Generated<number>;
  kind: 'report' | 'regulation' | 'rating';
  scope_org_id: number;
  title: string;
  report_id: number | null;
  campaign_id: number | null;
  content: ColumnType<unknown, string | null, string | null>;
  published_by: number | null;
  published_at: CreatedAt;
  withdrawn_at: Date | null;
}

export type PostKind = 'head' | 'deputy' | 'team';

export interface LeaderTable {
  id: Generated<number>;
  org_id: number;
  user_id: number | null;
  full_name: string;
  post_kind: PostKind;
  post_title: string;
  appointed_on: string;
  left_on: string | null;
  education_level: 'higher' | 'secondary_vocational' | 'other';
  education: Generated<string>;
  mgmt_education: string | null;
  reserve_candidate_id: number | null;
  version: Generated<number>;
  updated_at: UpdatedAt;
}

export interface LeaderEventTable {
  id: Generated<number>;
  leader_id: number;
  kind: 'training' | 'deficit_diagnostics' | 'competence_assessment' | 'quality_assessment' | 'attestation';
  held_on: string;
  title: string;
  hours: number | null;
  relevant: boolean | null;
  voluntary: boolean | null;
  level: string | null;
  result: Generated<string>;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface PersonnelSettingsTable {
  municipality_id: number;
  criteria: Json<string[]>;
  training_system: Generated<string>;
  support_mechanism: Generated<string>;
  order_number: string | null;
  order_date: string | null;
  green_min: ColumnType<number, number | string, number | string>;
  yellow_min: ColumnType<number, number | string, number | string>;
  updated_at: UpdatedAt;
}

export interface ReserveRoundTable {
  id: Generated<number>;
  municipality_id: number;
  title: string;
  held_on: string;
  order_number: string | null;
  created_at: CreatedAt;
}

export interface ReserveCandidateTable {
  id: Generated<number>;
  municipality_id: number;
  user_id: number | null;
  full_name: string;
  workplace_org_id: number | null;
  current_post: string;
  target_post: string;
  education_level: Generated<'higher' | 'secondary_vocational' | 'other'>;
  mgmt_education: string | null;
  round_id: number | null;
  status: Generated<'nominated' | 'enrolled' | 'appointed' | 'excluded'>;
  nominated_on: string;
  enrolled_on: string | null;
  excluded_on: string | null;
  exclusion_reason: string | null;
  mentor_leader_id: number | null;
  version: Generated<number>;
  updated_at: UpdatedAt;
}

export interface ReserveEventTable {
  id: Generated<number>;
  candidate_id: number;
  kind: 'diagnostics' | 'training';
  held_on: string;
  title: string;
  hours: number | null;
  passed: boolean | null;
  result: Generated<string>;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface DevelopmentPlanItemTable {
  id: Generated<number>;
  candidate_id: number;
  title: string;
  due_on: string;
  done_on: string | null;
}

export interface ReserveAppointmentTable {
  candidate_id: number;
  org_id: number;
  post_kind: PostKind;
  post_title: string;
  appointed_on: string;
  order_number: string;
  order_date: string;
  approved_by_name: string;
  approved_by_post: string;
  leader_id: number | null;
  recorded_by: number | null;
  recorded_at: CreatedAt;
}

export interface RecommendationTable {
  id: Generated<number>;
  scope_org_id: number;
  report_id: number;
  framework_id: number;
  direction_code: string | null;
  finding: Json<{ kind: string; text: string; indicator?: string } | null>;
  org_id: number;
  leader_id: number | null;
  text: string;
  due_on: string;
  status: Generated<'issued' | 'acknowledged' | 'reported'>;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  report_text: string | null;
  reported_on: string | null;
  reported_by: string | null;
  approved_on: string | null;
  approved_minutes: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface CycleActionTable {
  id: Generated<number>;
  kind: 'measure' | 'decision';
  scope_org_id: number;
  framework_id: number;
  direction_code: string;
  title: string;
  starts_on: string;
  deadline: string;
  responsible: string;
  status: Generated<'planned' | 'in_progress' | 'done' | 'cancelled'>;
  decision_kind: 'organising' | 'activating' | 'coordinating' | 'controlling' | 'stimulating' | null;
  act_kind: string | null;
  act_number: string | null;
  act_date: string | null;
  participants: string | null;
  result_text: string | null;
  indicator_codes: Json<string[]>;
  org_ids: Json<number[]>;
  version: Generated<number>;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface CycleActionSourceTable {
  action_id: number;
  recommendation_id: number | null;
  measure_id: number | null;
}

export interface EffectivenessAnalysisTable {
  id: Generated<number>;
  scope_org_id: number;
  framework_id: number;
  direction_code: string;
  period_id: number;
  conclusions: Json<Record<string, string>>;
  summary: Generated<string>;
  problems: Json<string[]>;
  report_id: number | null;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: UpdatedAt;
}

export interface CycleGoalTable {
  id: Generated<number>;
  scope_org_id: number;
  framework_id: number;
  direction_code: string;
  cycle: string;
  text: string;
  analysis_id: number | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface AssessmentThresholdTable {
  kind: string;
  subject: string;
  year: number;
  min_score: ColumnType<number, number | string, number | string>;
  note: string | null;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface ImportMappingTable {
  id: Generated<number>;
  name: string;
  kind: string;
  columns: Json<Record<string, string>>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface AssessmentImportTable {
  id: Generated<number>;
  scope_org_id: number | null;
  file_name: string;
  format: string;
  kind: string | null;
  year: number | null;
  status: Generated<'uploaded' | 'reading' | 'ready' | 'applied' | 'failed' | 'cancelled'>;
  settings: Json<Record<string, unknown>>;
  progress: Json<Record<string, unknown>>;
  report: Json<Record<string, unknown>>;
  created_by: number | null;
  created_at: CreatedAt;
  applied_at: Date | null;
}

export interface OrgRegisterImportTable {
  id: Generated<number>;
  scope_org_id: number | null;
  file_name: string;
  file: Uint8Array | null;
  status: Generated<'ready' | 'applied'>;
  settings: Json<Record<string, unknown>>;
  /** The previewed plan as JSON text (read whole by apply). */
  plan: string;
  created_by: number | null;
  created_at: CreatedAt;
  applied_at: Date | null;
}

export interface AssessmentImportChunkTable {
  import_id: number;
  seq: number;
  vals: Json<{ org_key: string; year: number; data_element_code: string; breakdown: string; value: number }[]>;
}

export interface Database {
  assessment_threshold: AssessmentThresholdTable;
  import_mapping: ImportMappingTable;
  assessment_import: AssessmentImportTable;
  assessment_import_chunk: AssessmentImportChunkTable;
  org_register_import: OrgRegisterImportTable;
  recommendation: RecommendationTable;
  cycle_action: CycleActionTable;
  cycle_action_source: CycleActionSourceTable;
  effectiveness_analysis: EffectivenessAnalysisTable;
  cycle_goal: CycleGoalTable;
  leader: LeaderTable;
  leader_event: LeaderEventTable;
  personnel_settings: PersonnelSettingsTable;
  reserve_round: ReserveRoundTable;
  reserve_candidate: ReserveCandidateTable;
  reserve_event: ReserveEventTable;
  development_plan_item: DevelopmentPlanItemTable;
  reserve_appointment: ReserveAppointmentTable;
  working_group: WorkingGroupTable;
  working_group_member: WorkingGroupMemberTable;
  report: ReportTable;
  report_file: ReportFileTable;
  report_step: ReportStepTable;
  publication: PublicationTable;
  scoring_round: ScoringRoundTable;
  scoring_assignment: ScoringAssignmentTable;
  expert_score: ExpertScoreTable;
  agreed_score: AgreedScoreTable;
  evidence_file: EvidenceFileTable;
  cyclogram_stage: CyclogramStageTable;
  campaign: CampaignTable;
  submission: SubmissionTable;
  submission_value: SubmissionValueTable;
  indicator_result: IndicatorResultTable;
  rating_result: RatingResultTable;
  compute_run: ComputeRunTable;
  data_element: DataElementTable;
  framework: FrameworkTable;
  data_value: DataValueTable;
  data_import: DataImportTable;
  org: OrgTable;
  org_group: OrgGroupTable;
  org_group_member: OrgGroupMemberTable;
  period: PeriodTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  audit_log: AuditLogTable;
  login_attempt: LoginAttemptTable;
  system_setting: SystemSettingTable;
}

export type OrgRow = Selectable<OrgTable>;
export type NewOrgRow = Insertable<OrgTable>;
export type OrgUpdate = Updateable<OrgTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type PeriodRow = Selectable<PeriodTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
