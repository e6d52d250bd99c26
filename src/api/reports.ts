// Analytic reports: the list, one report with its numbers, texts and steps, and the requests of its life
// (generate, edit, refresh, review, approve, publish, new version, attached minutes).
import { Type as T, type Static } from '@sinclair/typebox';
import { REPORT_SECTION_KEYS, type ReportContent, type ReportScopeKind } from '../domain/report/report-content.ts';
import {
  REPORT_STATUSES,
  type ReportStatus as DomainReportStatus,
  type ReviewDecision as DomainReviewDecision,
} from '../domain/report/report-workflow.ts';
import { Items, Nullable, StringEnum } from './common.ts';
import type { Assert, Equal } from './type-equality.ts';

// The report's numbers are the domain's document, frozen with the report: the web reads them by these types.
export type {
  ComparisonRow,
  Finding,
  IndicatorStats,
  RankedValue,
  ReportClusterTable,
  ReportComparison,
  ReportContent,
  ReportIndicator,
  ReportScopeKind,
  ReportSectionKey,
} from '../domain/report/report-content.ts';

const Id = () => T.Integer({ minimum: 1 });
const Text = (maxLength: number) => T.String({ maxLength });

export const ReportStatus = StringEnum(REPORT_STATUSES);
export type ReportStatus = Static<typeof ReportStatus>;
export type _ReportStatusCheck = Assert<Equal<ReportStatus, DomainReportStatus>>;

export const ReportScope = StringEnum(['direction', 'monitoring', 'organisation'] as const);
export type _ReportScopeCheck = Assert<Equal<Static<typeof ReportScope>, ReportScopeKind>>;

export const ReviewDecision = StringEnum(['recommend', 'revise'] as const);
export type ReviewDecision = Static<typeof ReviewDecision>;
export type _ReviewDecisionCheck = Assert<Equal<ReviewDecision, DomainReviewDecision>>;

const Named = () => T.Object({ id: T.Integer(), name: T.String() });

// ---- The list

export const ReportSummary = T.Object({
  id: T.Integer(),
  lineageId: T.Integer({ description: 'Первая версия отчёта: у всех его версий одна' }),
  version: T.Integer(),
  title: T.String(),
  status: ReportStatus,
  statusName: T.String(),
  territory: Named(),
  period: Named(),
  catalogue: Named(),
  scopeKind: ReportScope,
  updatedAt: T.String(),
});
export type ReportSummary = Static<typeof ReportSummary>;

export const ReportList = Items(ReportSummary);
export type ReportList = Static<typeof ReportList>;

// ---- One report

export const ReportStep = T.Object({
  step: T.String(),
  statusAfter: T.String(),
  // What the step recorded (the meeting and decision, the approving official…): free-form JSON as stored.
  details: T.Record(T.String(), T.Unknown()),
  file: Nullable(T.Object({ id: T.Integer(), fileName: T.String(), size: T.Integer() }), {
    description: 'Приложенный к шагу документ (протокол заседания)',
  }),
  userName: T.String(),
  at: T.String(),
});
export type ReportStep = Static<typeof ReportStep>;

export const ReportDetail = T.Object({
  id: T.Integer(),
  lineageId: T.Integer(),
  version: T.Integer(),
  territoryId: T.Integer(),
  territoryName: T.String(),
  frameworkId: T.Integer(),
  periodId: T.Integer(),
  scopeKind: ReportScope,
  directionCode: Nullable(T.String()),
  orgId: Nullable(T.Integer()),
  title: T.String(),
  status: ReportStatus,
  // The numbers as generated (domain `ReportContent`), stored with the report and returned as stored:
  // free-form JSON on the wire, since an older report may lack fields added later.
  content: T.Unsafe<ReportContent>({ type: 'object', additionalProperties: true, description: 'числа отчёта, как они сформированы' }),
  sections: T.Record(T.String(), T.String(), { description: 'Тексты разделов: ключ раздела → текст' }),
  computeRunId: Nullable(T.Integer()),
  editVersion: T.Integer({ description: 'Версия текстов: сохранение передаёт версию, от которой шли' }),
  createdAt: T.String(),
  updatedAt: T.String(),
  statusName: T.String(),
  frozen: T.Boolean({ description: 'Утверждённый отчёт не меняется: изменение — новая версия' }),
  canManage: T.Boolean({ description: 'Пользователь ведёт отчёты этой территории' }),
  stale: T.Boolean({ description: 'Результаты пересчитаны после того, как взяты числа черновика' }),
  steps: T.Array(ReportStep),
  newerVersionId: Nullable(T.Integer()),
  publicationId: Nullable(T.Integer()),
  charts: T.Array(T.Object({ key: T.String(), section: StringEnum(['final', 'years'] as const), title: T.String() }), {
    description: 'Рисунки отчёта: /api/reports/:id/charts/:key',
  }),
});
export type ReportDetail = Static<typeof ReportDetail>;

export const ReportOne = T.Object({ report: ReportDetail });
export type ReportOne = Static<typeof ReportOne>;

// ---- Requests

export const GenerateReportInput = T.Object(
  {
    catalogueId: Id(),
    periodId: Id(),
    scopeKind: ReportScope,
    territoryId: T.Optional(Id()),
    directionCode: T.Optional(T.String({ minLength: 1, maxLength: 100 })),
    orgId: T.Optional(Id()),
  },
  { additionalProperties: false },
);
export type GenerateReportInput = Static<typeof GenerateReportInput>;

export const SaveSectionsInput = T.Object(
  {
    sections: T.Record(T.String(), T.String(), { propertyNames: { enum: [...REPORT_SECTION_KEYS] } }),
    editVersion: T.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type SaveSectionsInput = Static<typeof SaveSectionsInput>;

export const ReviewInput = T.Object(
  {
    meetingDate: Text(20),
    decision: ReviewDecision,
    minutesNumber: Text(50),
    note: T.Optional(Text(2000)),
    minutesFileId: T.Optional(Id()),
  },
  { additionalProperties: false },
);
export type ReviewInput = Static<typeof ReviewInput>;

export const ApprovalInput = T.Object({ name: Text(200), post: Text(300), date: Text(20) }, { additionalProperties: false });
export type ApprovalInput = Static<typeof ApprovalInput>;

export const ChartParams = T.Object({ id: Id(), key: T.String({ pattern: '^[a-z0-9-]{1,40}$' }) }, { additionalProperties: false });
export type ChartParams = Static<typeof ChartParams>;

export const ReportFileParams = T.Object({ id: Id(), fileId: Id() }, { additionalProperties: false });
export type ReportFileParams = Static<typeof ReportFileParams>;

export const ReportFile = T.Object({ id: T.Integer(), fileName: T.String(), size: T.Integer() });
export type ReportFile = Static<typeof ReportFile>;

export const ReportFileOne = T.Object({ file: ReportFile });
export type ReportFileOne = Static<typeof ReportFileOne>;
