import { REPORT_SECTION_KEYS } from '../../../domain/report/report-content.ts';
import { MEMBER_ROLES } from '../../../app/reports/working-group.ts';
import { errorResponses, idParamsSchema } from '../../common-schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const tags = ['Аналитические отчёты'];
const withErrors = (ok: Record<number, unknown>) => ({ ...ok, ...errorResponses });
const text = (max: number) => ({ type: 'string', maxLength: max }) as const;
const reportView = withErrors({ 200: { type: 'object', properties: { report: anyObject }, required: ['report'] } });

export const listReportsSchema = {
  tags,
  summary: 'Аналитические отчёты, доступные пользователю',
  response: withErrors({ 200: { type: 'object', properties: { items: { type: 'array', items: anyObject } }, required: ['items'] } }),
} as const;

export interface GenerateBody {
  catalogueId: number;
  periodId: number;
  scopeKind: 'direction' | 'monitoring' | 'organisation';
  territoryId?: number;
  directionCode?: string;
  orgId?: number;
}

export const generateReportSchema = {
  tags,
  summary: 'Сформировать аналитический отчёт по рассчитанным результатам: по направлению, по мониторингу или по организации',
  body: {
    type: 'object',
    properties: {
      catalogueId: { type: 'integer', minimum: 1 },
      periodId: { type: 'integer', minimum: 1 },
      scopeKind: { type: 'string', enum: ['direction', 'monitoring', 'organisation'] },
      territoryId: { type: 'integer', minimum: 1 },
      directionCode: { type: 'string', minLength: 1, maxLength: 100 },
      orgId: { type: 'integer', minimum: 1 },
    },
    required: ['catalogueId', 'periodId', 'scopeKind'],
    additionalProperties: false,
  },
  response: withErrors({ 201: { type: 'object', properties: { report: anyObject }, required: ['report'] } }),
} as const;

export const getReportSchema = {
  tags,
  summary: 'Отчёт: числа, тексты разделов, шаги рассмотрения и утверждения',
  params: idParamsSchema,
  response: reportView,
} as const;

export const saveSectionsSchema = {
  tags,
  summary: 'Сохранить тексты разделов черновика',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      sections: { type: 'object', propertyNames: { enum: [...REPORT_SECTION_KEYS] }, additionalProperties: { type: 'string' } },
      editVersion: { type: 'integer', minimum: 1 },
    },
    required: ['sections', 'editVersion'],
    additionalProperties: false,
  },
  response: reportView,
} as const;

export const refreshSchema = {
  tags,
  summary: 'Обновить числа черновика по текущим результатам (тексты сохраняются)',
  params: idParamsSchema,
  response: reportView,
} as const;

export const reviewSchema = {
  tags,
  summary: 'Записать решение рабочей группы: дата заседания, решение, номер протокола, приложенный протокол',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      meetingDate: text(20),
      decision: { type: 'string', enum: ['recommend', 'revise'] },
      minutesNumber: text(50),
      note: text(2000),
      minutesFileId: { type: 'integer', minimum: 1 },
    },
    required: ['meetingDate', 'decision', 'minutesNumber'],
    additionalProperties: false,
  },
  response: reportView,
} as const;

export const approveSchema = {
  tags,
  summary: 'Записать утверждение отчёта должностным лицом: ФИО, должность, дата',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: { name: text(200), post: text(300), date: text(20) },
    required: ['name', 'post', 'date'],
    additionalProperties: false,
  },
  response: reportView,
} as const;

export const stepSchema = (summary: string) => ({ tags, summary, params: idParamsSchema, response: reportView }) as const;

export const newVersionSchema = {
  tags,
  summary: 'Начать новую версию утверждённого отчёта (новый черновик)',
  params: idParamsSchema,
  response: withErrors({ 201: { type: 'object', properties: { report: anyObject }, required: ['report'] } }),
} as const;

export const exportSchema = (format: string) =>
  ({ tags, summary: `Отчёт в формате ${format}`, params: idParamsSchema, response: errorResponses }) as const;

export const chartSchema = {
  tags,
  summary: 'Рисунок отчёта (PNG)',
  params: {
    type: 'object',
    properties: { id: { type: 'integer', minimum: 1 }, key: { type: 'string', pattern: '^[a-z0-9-]{1,40}$' } },
    required: ['id', 'key'],
    additionalProperties: false,
  },
  response: errorResponses,
} as const;

export const uploadFileSchema = {
  tags,
  summary: 'Приложить документ к отчёту (протокол заседания рабочей группы); имя файла — в заголовке x-file-name',
  params: idParamsSchema,
  response: withErrors({ 201: { type: 'object', properties: { file: anyObject }, required: ['file'] } }),
} as const;

export const downloadFileSchema = {
  tags,
  summary: 'Приложенный к отчёту документ',
  params: {
    type: 'object',
    properties: { id: { type: 'integer', minimum: 1 }, fileId: { type: 'integer', minimum: 1 } },
    required: ['id', 'fileId'],
    additionalProperties: false,
  },
  response: errorResponses,
} as const;

export const getWorkingGroupSchema = {
  tags,
  summary: 'Рабочая группа территории: состав и приказ о её создании',
  querystring: { type: 'object', properties: { territoryId: { type: 'integer', minimum: 1 } }, additionalProperties: false },
  response: withErrors({ 200: { type: 'object', properties: { group: anyObject }, required: ['group'] } }),
} as const;

export interface WorkingGroupBody {
  territoryId?: number;
  name: string;
  orderNumber: string;
  orderDate: string;
  members: { fullName: string; post: string; role: (typeof MEMBER_ROLES)[number] }[];
}

export const saveWorkingGroupSchema = {
  tags,
  summary: 'Записать состав рабочей группы и приказ о её создании',
  body: {
    type: 'object',
    properties: {
      territoryId: { type: 'integer', minimum: 1 },
      name: text(300),
      orderNumber: text(50),
      orderDate: text(20),
      members: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          properties: { fullName: text(200), post: text(300), role: { type: 'string', enum: [...MEMBER_ROLES] } },
          required: ['fullName', 'post', 'role'],
          additionalProperties: false,
        },
      },
    },
    required: ['name', 'orderNumber', 'orderDate', 'members'],
    additionalProperties: false,
  },
  response: withErrors({ 200: { type: 'object', properties: { group: anyObject }, required: ['group'] } }),
} as const;

export const publishRatingSchema = {
  tags: ['Публичный раздел'],
  summary: 'Опубликовать рассчитанный рейтинг (числа фиксируются на момент публикации)',
  body: {
    type: 'object',
    properties: {
      catalogueId: { type: 'integer', minimum: 1 },
      periodId: { type: 'integer', minimum: 1 },
      key: { type: 'string', minLength: 1, maxLength: 200 },
    },
    required: ['catalogueId', 'periodId', 'key'],
    additionalProperties: false,
  },
  response: withErrors({ 201: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] } }),
} as const;

export const listPublicationsSchema = {
  tags: ['Публичный раздел'],
  summary: 'Публикации территории пользователя, включая снятые',
  response: withErrors({ 200: { type: 'object', properties: { items: { type: 'array', items: anyObject } }, required: ['items'] } }),
} as const;

export const withdrawSchema = {
  tags: ['Публичный раздел'],
  summary: 'Снять рейтинг или регламент с публикации',
  params: idParamsSchema,
  response: withErrors({ 200: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } }),
} as const;
