// Data collection campaigns: the campaign and its progress, an organisation's form, uploads, the cyclogram.
import { Type as T, type Static } from '@sinclair/typebox';
import { UNITS } from '../domain/catalogue/catalogue.ts';
import { SUBMISSION_STATUSES, type FormCell as DomainFormCell } from '../domain/collection/campaign.ts';
import {
  CYCLOGRAM_STAGES,
  type CyclogramStage as DomainCyclogramStage,
  type StageState as DomainStageState,
} from '../domain/collection/cyclogram.ts';
import type { EntryIssue as DomainEntryIssue } from '../domain/collection/validate-entries.ts';
import { ORG_TYPES } from '../domain/org/org-kind.ts';
import { Items, Nullable, StringEnum } from './common.ts';
import type { Assert, Equal } from './type-equality.ts';

/** A date typed as YYYY-MM-DD (checked by pattern only: the use case checks it is a real date). */
const DateText = () => T.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const SubmissionStatus = StringEnum(SUBMISSION_STATUSES);

export const FormParams = T.Object({ id: T.Integer({ minimum: 1 }), orgId: T.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type FormParams = Static<typeof FormParams>;

// ---- The campaign and its progress

export const CampaignSummary = T.Object({
  id: T.Integer(),
  name: T.String(),
  scopeName: T.String(),
  periodName: T.String(),
  catalogueName: T.String(),
  startsOn: T.String(),
  deadline: T.String(),
  responsible: T.String(),
  participants: T.Integer(),
  accepted: T.Integer(),
  overdue: T.Integer(),
  orderNumber: Nullable(T.String()),
  orderDate: Nullable(T.String()),
  published: T.Boolean(),
  own: Nullable(T.Object({ orgId: T.Integer(), status: SubmissionStatus, statusName: T.String(), overdue: T.Boolean() }), {
    description: 'Для представителя организации: форма его организации в кампании',
  }),
});
export type CampaignSummary = Static<typeof CampaignSummary>;

export const CampaignList = Items(CampaignSummary);
export type CampaignList = Static<typeof CampaignList>;

export const ProgressRow = T.Object({
  orgId: T.Integer(),
  code: T.String(),
  name: T.String(),
  shortName: Nullable(T.String()),
  typeName: T.String(),
  status: SubmissionStatus,
  statusName: T.String(),
  overdue: T.Boolean(),
  filled: T.Integer({ description: 'Заполнено полей формы' }),
  total: T.Integer({ description: 'Всего полей формы' }),
  comment: Nullable(T.String()),
  updatedAt: T.String(),
  submittedAt: Nullable(T.String()),
  acceptedAt: Nullable(T.String()),
});
export type ProgressRow = Static<typeof ProgressRow>;

export const CampaignDetail = T.Object({
  ...CampaignSummary.properties,
  frameworkId: T.Integer(),
  periodId: T.Integer(),
  scopeOrgId: T.Integer(),
  indicatorCodes: Nullable(T.Array(T.String())),
  indicators: T.Array(T.Object({ code: T.String(), name: T.String() })),
  counts: T.Object({
    not_started: T.Integer(),
    draft: T.Integer(),
    submitted: T.Integer(),
    returned: T.Integer(),
    accepted: T.Integer(),
    overdue: T.Integer(),
  }),
  rows: T.Array(ProgressRow),
  manages: T.Boolean({ description: 'Пользователь ведёт эту кампанию (создаёт, проверяет, утверждает)' }),
});
export type CampaignDetail = Static<typeof CampaignDetail>;

export const CampaignOne = T.Object({ campaign: CampaignDetail });
export type CampaignOne = Static<typeof CampaignOne>;

export const CampaignInput = T.Object(
  {
    name: T.String({ minLength: 1, maxLength: 300 }),
    frameworkId: T.Integer({ minimum: 1 }),
    periodId: T.Integer({ minimum: 1 }),
    scopeOrgId: T.Integer({ minimum: 1, description: 'Территория: муниципалитет или регион' }),
    indicatorCodes: Nullable(T.Array(T.String({ minLength: 1 }), { maxItems: 1000 }), {
      description: 'null — все показатели, которые организация сообщает сама',
    }),
    participants: T.Object(
      {
        orgTypes: T.Optional(T.Array(StringEnum(ORG_TYPES))),
        groupIds: T.Optional(T.Array(T.Integer({ minimum: 1 }))),
        orgIds: T.Optional(T.Array(T.Integer({ minimum: 1 }))),
      },
      { additionalProperties: false },
    ),
    startsOn: T.Optional(DateText()),
    deadline: T.Optional(DateText()),
    responsible: T.String({ minLength: 1, maxLength: 300 }),
  },
  { additionalProperties: false },
);
export type CampaignInput = Static<typeof CampaignInput>;

export const TemplateQuery = T.Object({ orgId: T.Optional(T.Integer({ minimum: 1 })) }, { additionalProperties: false });
export type TemplateQuery = Static<typeof TemplateQuery>;

export const RegulationOrder = T.Object(
  { orderNumber: T.String({ maxLength: 100 }), orderDate: T.String({ maxLength: 20 }) },
  { additionalProperties: false },
);
export type RegulationOrder = Static<typeof RegulationOrder>;

// ---- An organisation's form

export const EntryIssue = T.Object({
  severity: StringEnum(['error', 'warning'] as const),
  code: StringEnum([
    'unknown_element',
    'not_a_number',
    'not_integer',
    'not_boolean',
    'negative',
    'percent_over_100',
    'required',
    'numerator_over_denominator',
    'incomplete_pair',
    'far_from_previous',
    'outlier',
    'unconfirmed_warning',
  ] as const),
  element: T.String(),
  breakdown: T.String(),
  at: T.Optional(T.String()),
  message: T.String(),
});
export type EntryIssue = Static<typeof EntryIssue>;

export const FormCell = T.Object({
  key: T.String({ description: '`элемент|разрез`: поле в формах, шаблонах и черновиках' }),
  element: T.String(),
  breakdown: T.String(),
  breakdownLabel: T.String(),
  name: T.String(),
  unit: StringEnum(UNITS),
  valueType: StringEnum(['integer', 'number', 'boolean'] as const),
  direction: T.Object({ code: T.String(), name: T.String() }),
  indicators: T.Array(T.Object({ code: T.String(), name: T.String() }), { description: 'Показатели, в которые входит поле' }),
});

export const FormField = T.Object({
  ...FormCell.properties,
  value: Nullable(T.String(), { description: 'Как введено; null — пусто' }),
  comment: Nullable(T.String(), { description: 'Подтверждающий комментарий к предупреждению' }),
  previous: Nullable(T.Number(), { description: 'Значение за предыдущий период' }),
});
export type FormField = Static<typeof FormField>;

export const FormView = T.Object({
  campaign: T.Object({
    id: T.Integer(),
    name: T.String(),
    periodName: T.String(),
    deadline: T.String(),
    catalogueName: T.String(),
    scopeName: T.String(),
  }),
  org: T.Object({ id: T.Integer(), code: T.String(), name: T.String() }),
  status: SubmissionStatus,
  statusName: T.String(),
  version: T.Integer({ description: 'Версия формы: сохранение и отправка передают версию, от которой шли' }),
  comment: Nullable(T.String()),
  updatedAt: T.String(),
  updatedBy: Nullable(T.String()),
  submittedAt: Nullable(T.String()),
  acceptedAt: Nullable(T.String()),
  overdue: T.Boolean(),
  editable: T.Boolean(),
  reviewable: T.Boolean(),
  previousPeriodName: Nullable(T.String()),
  fields: T.Array(FormField),
  issues: T.Array(EntryIssue),
  filled: T.Integer(),
});
export type FormView = Static<typeof FormView>;

export const FormOne = T.Object({ form: FormView });
export type FormOne = Static<typeof FormOne>;

export const CellInput = T.Object(
  {
    raw: T.Union([T.Null(), T.String({ maxLength: 100 }), T.Number()]),
    comment: T.Optional(Nullable(T.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type CellInput = Static<typeof CellInput>;

export const SaveFormBody = T.Object(
  {
    version: T.Integer({ minimum: 1 }),
    values: T.Record(T.String(), CellInput, { maxProperties: 5000 }),
  },
  { additionalProperties: false },
);
export type SaveFormBody = Static<typeof SaveFormBody>;

export const SubmitFormBody = T.Object({ version: T.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type SubmitFormBody = Static<typeof SubmitFormBody>;

export const ReturnFormBody = T.Object({ comment: T.String({ maxLength: 2000 }) }, { additionalProperties: false });
export type ReturnFormBody = Static<typeof ReturnFormBody>;

export const ReopenFormBody = T.Object({ reason: T.String({ maxLength: 2000 }) }, { additionalProperties: false });
export type ReopenFormBody = Static<typeof ReopenFormBody>;

export const AcceptReport = T.Object({
  form: FormView,
  values: T.Integer({ description: 'Значений, которые теперь входят в результаты' }),
  recomputed: T.Boolean({ description: 'Результаты муниципалитета пересчитаны сразу' }),
});
export type AcceptReport = Static<typeof AcceptReport>;

export const AcceptReportOne = T.Object({ report: AcceptReport });
export type AcceptReportOne = Static<typeof AcceptReportOne>;

export const UploadReport = T.Object({
  orgs: T.Array(T.Object({ orgId: T.Integer(), code: T.String(), name: T.String(), changed: T.Integer() })),
  changed: T.Integer(),
  warnings: T.Array(EntryIssue),
});
export type UploadReport = Static<typeof UploadReport>;

export const UploadReportOne = T.Object({ report: UploadReport });
export type UploadReportOne = Static<typeof UploadReportOne>;

// ---- The cyclogram: a territory's plan of the monitoring year

const cyclogramWhere = {
  scopeOrgId: T.Integer({ minimum: 1 }),
  year: T.Integer({ minimum: 2000, maximum: 2100 }),
};

export const CyclogramQuery = T.Object(cyclogramWhere, { additionalProperties: false });
export type CyclogramQuery = Static<typeof CyclogramQuery>;

export const CyclogramStage = T.Object(
  {
    code: StringEnum(CYCLOGRAM_STAGES),
    name: T.String({ maxLength: 300 }),
    startsOn: DateText(),
    endsOn: DateText(),
    responsible: T.String({ maxLength: 300 }),
    completedOn: Nullable(DateText()),
  },
  { additionalProperties: false },
);
export type CyclogramStage = Static<typeof CyclogramStage>;

export const CyclogramInput = T.Object(
  { ...cyclogramWhere, stages: T.Array(CyclogramStage, { maxItems: 10 }) },
  { additionalProperties: false },
);
export type CyclogramInput = Static<typeof CyclogramInput>;

export const StageState = StringEnum(['planned', 'current', 'done', 'overdue'] as const);

export const CyclogramView = T.Object({
  scopeOrgId: T.Integer(),
  scopeName: T.String(),
  year: T.Integer(),
  saved: T.Boolean({ description: 'false, пока территория живёт по плану по умолчанию' }),
  stages: T.Array(
    T.Object({
      code: StringEnum(CYCLOGRAM_STAGES),
      name: T.String(),
      startsOn: T.String(),
      endsOn: T.String(),
      responsible: T.String(),
      completedOn: Nullable(T.String()),
      state: StageState,
    }),
  ),
});
export type CyclogramView = Static<typeof CyclogramView>;

export const CyclogramOne = T.Object({ cyclogram: CyclogramView });
export type CyclogramOne = Static<typeof CyclogramOne>;

// The domain's own types and these schemas agree.
export type _Checks = [
  Assert<Equal<Static<typeof FormCell>, DomainFormCell>>,
  Assert<Equal<EntryIssue, DomainEntryIssue>>,
  Assert<Equal<CyclogramStage, DomainCyclogramStage>>,
  Assert<Equal<Static<typeof StageState>, DomainStageState>>,
];
