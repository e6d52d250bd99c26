// The management cycle: addressed recommendations, the roadmap of measures and decisions, the analysis of their effectiveness.
import { Type as T, type Static } from '@sinclair/typebox';
import { POLARITIES } from '../domain/catalogue/catalogue.ts';
import type { ActionEffect as DomainActionEffect, EffectivenessContent } from '../domain/cycle/effectiveness-content.ts';
import { ACTION_KINDS, DECISION_KINDS, MEASURE_STATUSES, RECOMMENDATION_STATUSES } from '../domain/cycle/management.ts';
import type { Finding as DomainFinding } from '../domain/report/report-content.ts';
import { Nullable, StringEnum } from './common.ts';
import type { Assert, Equal } from './type-equality.ts';

const Id = () => T.Integer({ minimum: 1 });
const Ids = () => T.Array(Id(), { maxItems: 1000 });
const Text = (maxLength: number) => T.String({ maxLength });
const NullableText = (maxLength: number) => Nullable(T.String({ maxLength }));
const Version = () => T.Integer({ minimum: 1 });

export const TerritoryQuery = T.Object({ territoryId: T.Optional(Id()) }, { additionalProperties: false });
export type TerritoryQuery = Static<typeof TerritoryQuery>;

const actionFilter = { territoryId: T.Optional(Id()), frameworkId: T.Optional(Id()), directionCode: T.Optional(Text(50)) };

export const ActionsQuery = T.Object(actionFilter, { additionalProperties: false });
export type ActionsQuery = Static<typeof ActionsQuery>;

export const RoadmapExportQuery = T.Object(
  { ...actionFilter, format: StringEnum(['xlsx', 'docx'] as const) },
  { additionalProperties: false },
);
export type RoadmapExportQuery = Static<typeof RoadmapExportQuery>;

// ---- Recommendations

export const FindingKind = StringEnum([
  'territory_worse',
  'territory_better',
  'lowest_in_direction',
  'best_in_direction',
  'critical_zone',
  'optimal_zone',
  'org_fall',
  'org_rise',
] as const);

export const Finding = T.Object({
  kind: FindingKind,
  text: T.String(),
  orgId: T.Optional(T.Integer()),
  indicator: T.Optional(T.String()),
  direction: T.Optional(T.String()),
});
export type Finding = Static<typeof Finding>;

export const RecommendationView = T.Object({
  id: T.Integer(),
  territoryId: T.Integer(),
  reportId: T.Integer(),
  reportTitle: T.String(),
  frameworkId: T.Integer(),
  directionCode: Nullable(T.String()),
  finding: Nullable(T.Object({ kind: T.String(), text: T.String(), indicator: T.Optional(T.String()) })),
  orgId: T.Integer(),
  orgName: T.String(),
  personal: T.Boolean({ description: 'Адресована руководителю (персональные данные)' }),
  leaderId: Nullable(T.Integer()),
  leaderName: Nullable(T.String()),
  text: T.String(),
  dueOn: T.String(),
  status: StringEnum(RECOMMENDATION_STATUSES),
  overdue: T.Boolean(),
  acknowledgedAt: Nullable(T.String()),
  acknowledgedBy: Nullable(T.String()),
  reportText: Nullable(T.String()),
  reportedOn: Nullable(T.String()),
  reportedBy: Nullable(T.String()),
  approvedOn: Nullable(T.String()),
  approvedMinutes: Nullable(T.String()),
  version: T.Integer(),
  createdAt: T.String(),
});
export type RecommendationView = Static<typeof RecommendationView>;

export const RecommendationOne = T.Object({ recommendation: RecommendationView });
export type RecommendationOne = Static<typeof RecommendationOne>;

export const RecommendationList = T.Object({ recommendations: T.Array(RecommendationView) });
export type RecommendationList = Static<typeof RecommendationList>;

export const RecommendationSuggestion = T.Object({ orgId: T.Integer(), orgName: T.String(), finding: Finding, text: T.String() });
export type RecommendationSuggestion = Static<typeof RecommendationSuggestion>;

export const SuggestionList = T.Object({ suggestions: T.Array(RecommendationSuggestion) });
export type SuggestionList = Static<typeof SuggestionList>;

export const RecommendationInput = T.Object(
  {
    orgId: Id(),
    leaderId: T.Optional(Nullable(T.Integer({ minimum: 1 }))),
    text: Text(10_000),
    dueOn: Text(20),
    finding: T.Optional(
      Nullable(T.Object({ kind: Text(50), text: Text(2000), indicator: T.Optional(Text(50)) }, { additionalProperties: true })),
    ),
  },
  { additionalProperties: false },
);
export type RecommendationInput = Static<typeof RecommendationInput>;

export const NewRecommendations = T.Object({ items: T.Array(RecommendationInput, { maxItems: 500 }) }, { additionalProperties: false });
export type NewRecommendations = Static<typeof NewRecommendations>;

export const CreatedIds = T.Object({ ids: Ids() });
export type CreatedIds = Static<typeof CreatedIds>;

export const VersionBody = T.Object({ version: Version() }, { additionalProperties: false });
export type VersionBody = Static<typeof VersionBody>;

export const RecommendationReportBody = T.Object({ text: Text(10_000), version: Version() }, { additionalProperties: false });
export type RecommendationReportBody = Static<typeof RecommendationReportBody>;

export const ApproveRecommendationsBody = T.Object(
  { ids: Ids(), meetingDate: Text(20), minutesNumber: Text(100) },
  { additionalProperties: false },
);
export type ApproveRecommendationsBody = Static<typeof ApproveRecommendationsBody>;

export const Approved = T.Object({ approved: T.Integer() });
export type Approved = Static<typeof Approved>;

// ---- Measures and decisions

export const CycleActionView = T.Object({
  id: T.Integer(),
  kind: StringEnum(ACTION_KINDS),
  territoryId: T.Integer(),
  frameworkId: T.Integer(),
  directionCode: T.String(),
  directionName: T.String(),
  title: T.String(),
  startsOn: T.String(),
  deadline: T.String(),
  responsible: T.String(),
  status: StringEnum(MEASURE_STATUSES),
  overdue: T.Boolean(),
  decisionKind: Nullable(StringEnum(DECISION_KINDS)),
  actKind: Nullable(T.String()),
  actNumber: Nullable(T.String()),
  actDate: Nullable(T.String()),
  participants: Nullable(T.String()),
  resultText: Nullable(T.String()),
  indicators: T.Array(T.Object({ code: T.String(), name: T.String() })),
  orgs: T.Array(T.Object({ id: T.Integer(), name: T.String() })),
  recommendationIds: T.Array(T.Integer()),
  measureIds: T.Array(T.Integer()),
  version: T.Integer(),
});
export type CycleActionView = Static<typeof CycleActionView>;

export const CycleActionOne = T.Object({ action: CycleActionView });
export type CycleActionOne = Static<typeof CycleActionOne>;

export const CycleActionList = T.Object({ actions: T.Array(CycleActionView) });
export type CycleActionList = Static<typeof CycleActionList>;

export const CycleActionInput = T.Object(
  {
    kind: StringEnum(ACTION_KINDS),
    frameworkId: Id(),
    directionCode: Text(50),
    title: Text(4000),
    startsOn: Text(20),
    deadline: Text(20),
    responsible: Text(1000),
    indicatorCodes: T.Array(Text(50), { maxItems: 200 }),
    orgIds: Ids(),
    recommendationIds: T.Optional(Ids()),
    measureIds: T.Optional(Ids()),
    decisionKind: T.Optional(Nullable(StringEnum(DECISION_KINDS))),
    actKind: T.Optional(NullableText(100)),
    actNumber: T.Optional(NullableText(100)),
    actDate: T.Optional(NullableText(20)),
    participants: T.Optional(NullableText(2000)),
  },
  { additionalProperties: false },
);
export type CycleActionInput = Static<typeof CycleActionInput>;

export const ActionStatusBody = T.Object(
  { status: StringEnum(MEASURE_STATUSES), resultText: T.Optional(NullableText(10_000)), version: Version() },
  { additionalProperties: false },
);
export type ActionStatusBody = Static<typeof ActionStatusBody>;

// ---- The analysis of effectiveness

const GroupSeries = T.Object({
  means: T.Array(Nullable(T.Number())),
  counts: T.Array(T.Integer()),
  change: Nullable(T.Number()),
  paired: T.Integer(),
});

const EffectVerdict = StringEnum(['effective', 'as_others', 'not_effective', 'context', 'no_data'] as const);

export const ActionEffect = T.Object({
  id: T.Integer(),
  kind: StringEnum(ACTION_KINDS),
  title: T.String(),
  decisionKind: Nullable(StringEnum(DECISION_KINDS)),
  act: Nullable(T.String()),
  startsOn: T.String(),
  deadline: T.String(),
  status: StringEnum(MEASURE_STATUSES),
  responsible: T.String(),
  targeted: T.Array(T.Object({ id: T.Integer(), name: T.String() })),
  comparableCount: T.Integer(),
  indicators: T.Array(
    T.Object({
      code: T.String(),
      name: T.String(),
      unit: T.String(),
      polarity: StringEnum(POLARITIES),
      periods: T.Array(T.Object({ id: T.Integer(), name: T.String() })),
      effect: T.Object({
        code: T.String(),
        targeted: GroupSeries,
        untargeted: GroupSeries,
        beforePeriodId: Nullable(T.Integer()),
        afterPeriodId: T.Integer(),
        effect: Nullable(T.Number()),
        verdict: EffectVerdict,
      }),
    }),
  ),
  verdict: EffectVerdict,
});
export type ActionEffect = Static<typeof ActionEffect>;

export const SavedAnalysis = T.Object({
  id: T.Integer(),
  conclusions: T.Record(T.String(), T.String()),
  summary: T.String(),
  problems: T.Array(T.String()),
  reportId: Nullable(T.Integer()),
  version: T.Integer(),
});
export type SavedAnalysis = Static<typeof SavedAnalysis>;

export const EffectivenessView = T.Object({
  direction: T.Object({ code: T.String(), name: T.String() }),
  period: T.Object({ id: T.Integer(), name: T.String() }),
  actions: T.Array(ActionEffect),
  rule: T.String(),
  territory: T.Object({ id: T.Integer(), name: T.String() }),
  framework: T.Object({ id: T.Integer(), name: T.String() }),
  periodOptions: T.Array(T.Object({ id: T.Integer(), name: T.String() })),
  analysis: Nullable(SavedAnalysis),
  goals: T.Array(T.Object({ id: T.Integer(), cycle: T.String(), text: T.String(), createdAt: T.String() })),
});
export type EffectivenessView = Static<typeof EffectivenessView>;

export const EffectivenessOne = T.Object({ effectiveness: EffectivenessView });
export type EffectivenessOne = Static<typeof EffectivenessOne>;

const subject = { territoryId: T.Optional(Id()), frameworkId: Id(), directionCode: Text(50), periodId: T.Optional(Id()) };

export const EffectivenessQuery = T.Object(subject, { additionalProperties: false });
export type EffectivenessQuery = Static<typeof EffectivenessQuery>;

export const EffectivenessInput = T.Object(
  {
    ...subject,
    conclusions: T.Record(T.String(), Text(20_000), { maxProperties: 500 }),
    summary: Text(20_000),
    problems: T.Array(Text(2000), { maxItems: 100 }),
    version: T.Optional(Version()),
  },
  { additionalProperties: false },
);
export type EffectivenessInput = Static<typeof EffectivenessInput>;

export const NextCycleBody = T.Object({ cycle: Text(200) }, { additionalProperties: false });
export type NextCycleBody = Static<typeof NextCycleBody>;

export const EffectivenessReportCreated = T.Object({ reportId: T.Integer() });
export type EffectivenessReportCreated = Static<typeof EffectivenessReportCreated>;

// The domain's own types and these schemas agree.
export type _Checks = [
  Assert<Equal<Finding, DomainFinding>>,
  Assert<Equal<ActionEffect, DomainActionEffect>>,
  Assert<
    Equal<
      Pick<EffectivenessView, 'direction' | 'period' | 'actions' | 'rule'>,
      Omit<EffectivenessContent, 'analysisId' | 'conclusions' | 'summary' | 'problems'>
    >
  >,
];
