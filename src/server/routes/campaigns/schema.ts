import { CYCLOGRAM_STAGES } from '../../../domain/collection/cyclogram.ts';
import { ORG_TYPES } from '../../../domain/org/org-kind.ts';
import { errorResponses } from '../../common-schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const tags = ['Сбор данных'];
const withErrors = (ok: Record<number, unknown>) => ({ ...ok, ...errorResponses });

export const campaignParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
  additionalProperties: false,
} as const;

export const formParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 }, orgId: { type: 'integer', minimum: 1 } },
  required: ['id', 'orgId'],
  additionalProperties: false,
} as const;

export const listCampaignsSchema = {
  tags,
  summary: 'Кампании сбора данных, доступные пользователю',
  response: withErrors({ 200: { type: 'object', properties: { items: { type: 'array', items: anyObject } }, required: ['items'] } }),
} as const;

export const createCampaignSchema = {
  tags,
  summary: 'Создать кампанию мониторинга: методика (или её показатели), период, участники, сроки, ответственный',
  body: {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 300 },
      frameworkId: { type: 'integer', minimum: 1 },
      periodId: { type: 'integer', minimum: 1 },
      scopeOrgId: { type: 'integer', minimum: 1 },
      indicatorCodes: { anyOf: [{ type: 'null' }, { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 1000 }] },
      participants: {
        type: 'object',
        properties: {
          orgTypes: { type: 'array', items: { type: 'string', enum: [...ORG_TYPES] } },
          groupIds: { type: 'array', items: { type: 'integer', minimum: 1 } },
          orgIds: { type: 'array', items: { type: 'integer', minimum: 1 } },
        },
        additionalProperties: false,
      },
      startsOn: isoDate,
      deadline: isoDate,
      responsible: { type: 'string', minLength: 1, maxLength: 300 },
    },
    required: ['name', 'frameworkId', 'periodId', 'scopeOrgId', 'indicatorCodes', 'participants', 'responsible'],
    additionalProperties: false,
  },
  response: withErrors({ 201: { type: 'object', properties: { campaign: anyObject }, required: ['campaign'] } }),
} as const;

export const getCampaignSchema = {
  tags,
  summary: 'Кампания и ход сбора: статусы организаций, заполненность, просрочки',
  params: campaignParams,
  response: withErrors({ 200: { type: 'object', properties: { campaign: anyObject }, required: ['campaign'] } }),
} as const;

export const fileSchema = (summary: string, querystring?: object) =>
  ({ tags, summary, params: campaignParams, ...(querystring ? { querystring } : {}), response: { ...errorResponses } }) as const;

export const templateQuery = {
  type: 'object',
  properties: { orgId: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
} as const;

export const uploadSchema = {
  tags,
  summary: 'Загрузить заполненный шаблон (XLSX) или CSV: проверяется целиком, с ошибками не меняет ничего',
  params: campaignParams,
  response: withErrors({ 200: { type: 'object', properties: { report: anyObject }, required: ['report'] } }),
} as const;

export const approveSchema = {
  tags,
  summary: 'Записать приказ об утверждении регламента мониторинга (номер и дата)',
  params: campaignParams,
  body: {
    type: 'object',
    properties: { orderNumber: { type: 'string', maxLength: 100 }, orderDate: { type: 'string', maxLength: 20 } },
    required: ['orderNumber', 'orderDate'],
    additionalProperties: false,
  },
  response: withErrors({ 200: { type: 'object', properties: { campaign: anyObject }, required: ['campaign'] } }),
} as const;

export const publishSchema = {
  tags,
  summary: 'Опубликовать утверждённый регламент',
  params: campaignParams,
  response: withErrors({ 200: { type: 'object', properties: { campaign: anyObject }, required: ['campaign'] } }),
} as const;

const formResponse = withErrors({ 200: { type: 'object', properties: { form: anyObject }, required: ['form'] } });

export const getFormSchema = { tags, summary: 'Форма организации в кампании', params: formParams, response: formResponse } as const;

export interface SaveFormBody {
  version: number;
  values: Record<string, { raw: string | number | null; comment?: string | null }>;
}

export const saveFormSchema = {
  tags,
  summary: 'Сохранить черновик формы (только изменённые поля; 409, если форму изменили после version)',
  params: formParams,
  body: {
    type: 'object',
    properties: {
      version: { type: 'integer', minimum: 1 },
      values: {
        type: 'object',
        maxProperties: 5000,
        additionalProperties: {
          type: 'object',
          properties: {
            raw: { anyOf: [{ type: 'null' }, { type: 'string', maxLength: 100 }, { type: 'number' }] },
            comment: { anyOf: [{ type: 'null' }, { type: 'string', maxLength: 2000 }] },
          },
          required: ['raw'],
          additionalProperties: false,
        },
      },
    },
    required: ['version', 'values'],
    additionalProperties: false,
  },
  response: formResponse,
} as const;

export const submitSchema = {
  tags,
  summary: 'Отправить форму на проверку (проверяется вся форма)',
  params: formParams,
  body: { type: 'object', properties: { version: { type: 'integer', minimum: 1 } }, required: ['version'], additionalProperties: false },
  response: formResponse,
} as const;

const textBody = (field: 'comment' | 'reason') =>
  ({
    type: 'object',
    properties: { [field]: { type: 'string', maxLength: 2000 } },
    required: [field],
    additionalProperties: false,
  }) as const;

export const returnSchema = {
  tags,
  summary: 'Вернуть форму на доработку с комментарием',
  params: formParams,
  body: textBody('comment'),
  response: formResponse,
} as const;
export const reopenSchema = {
  tags,
  summary: 'Открыть принятую форму повторно с указанием причины',
  params: formParams,
  body: textBody('reason'),
  response: formResponse,
} as const;
export const acceptSchema = {
  tags,
  summary: 'Принять форму: значения становятся принятыми данными, результаты пересчитываются',
  params: formParams,
  response: withErrors({ 200: { type: 'object', properties: { report: anyObject }, required: ['report'] } }),
} as const;

export interface CyclogramQuery {
  scopeOrgId: number;
  year: number;
}

const cyclogramQueryProps = {
  scopeOrgId: { type: 'integer', minimum: 1 },
  year: { type: 'integer', minimum: 2000, maximum: 2100 },
} as const;

export const getCyclogramSchema = {
  tags,
  summary: 'Циклограмма мониторинга территории на год (сохранённая или по умолчанию из методики)',
  querystring: { type: 'object', properties: cyclogramQueryProps, required: ['scopeOrgId', 'year'], additionalProperties: false },
  response: withErrors({ 200: { type: 'object', properties: { cyclogram: anyObject }, required: ['cyclogram'] } }),
} as const;

export const saveCyclogramSchema = {
  tags,
  summary: 'Сохранить циклограмму территории на год (все четыре этапа)',
  body: {
    type: 'object',
    properties: {
      ...cyclogramQueryProps,
      stages: {
        type: 'array',
        maxItems: 10,
        items: {
          type: 'object',
          properties: {
            code: { type: 'string', enum: [...CYCLOGRAM_STAGES] },
            name: { type: 'string', maxLength: 300 },
            startsOn: isoDate,
            endsOn: isoDate,
            responsible: { type: 'string', maxLength: 300 },
            completedOn: { anyOf: [{ type: 'null' }, isoDate] },
          },
          required: ['code', 'name', 'startsOn', 'endsOn', 'responsible', 'completedOn'],
          additionalProperties: false,
        },
      },
    },
    required: ['scopeOrgId', 'year', 'stages'],
    additionalProperties: false,
  },
  response: withErrors({ 200: { type: 'object', properties: { cyclogram: anyObject }, required: ['cyclogram'] } }),
} as const;
