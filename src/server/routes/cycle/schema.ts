import { ACTION_KINDS, DECISION_KINDS, MEASURE_STATUSES } from '../../../domain/cycle/management.ts';
import { errorResponses, idParamsSchema } from '../../common-schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const tags = ['Рекомендации, меры, решения и анализ эффективности'];
const withErrors = (ok: Record<number, unknown>) => ({ ...ok, ...errorResponses });
const text = (max: number) => ({ type: 'string', maxLength: max }) as const;
const nullableText = (max: number) => ({ type: ['string', 'null'], maxLength: max }) as const;
const id = { type: 'integer', minimum: 1 } as const;
const ids = { type: 'array', items: id, maxItems: 1000 } as const;
const version = { type: 'integer', minimum: 1 } as const;
const territoryQuery = { type: 'object', properties: { territoryId: id }, additionalProperties: false } as const;
const actionsQuery = {
  type: 'object',
  properties: { territoryId: id, frameworkId: id, directionCode: text(50) },
  additionalProperties: false,
} as const;
const recommendationView = withErrors({ 200: { type: 'object', properties: { recommendation: anyObject }, required: ['recommendation'] } });
const recommendationList = withErrors({ 200: { type: 'object', properties: { recommendations: { type: 'array', items: anyObject } } } });
const effectivenessView = withErrors({ 200: { type: 'object', properties: { effectiveness: anyObject }, required: ['effectiveness'] } });

export const listRecommendationsSchema = {
  tags,
  summary: 'Адресные рекомендации территории: кому, что, срок, исполнение (просроченные отмечены)',
  querystring: territoryQuery,
  response: recommendationList,
} as const;

export const myRecommendationsSchema = {
  tags,
  summary: 'Рекомендации, адресованные своей организации (кабинет организации)',
  response: recommendationList,
} as const;

export const getRecommendationSchema = {
  tags,
  summary: 'Одна рекомендация',
  params: idParamsSchema,
  response: recommendationView,
} as const;

export const suggestionsSchema = {
  tags,
  summary: 'Рекомендации, которые предлагает отчёт: организации, названные в его дефицитах',
  params: idParamsSchema,
  response: withErrors({ 200: { type: 'object', properties: { suggestions: { type: 'array', items: anyObject } } } }),
} as const;

export const createRecommendationsSchema = {
  tags,
  summary: 'Записать адресные рекомендации по отчёту выбранным организациям (все или ни одной)',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      items: {
        type: 'array',
        maxItems: 500,
        items: {
          type: 'object',
          properties: {
            orgId: id,
            leaderId: { type: ['integer', 'null'], minimum: 1 },
            text: text(10_000),
            dueOn: text(20),
            finding: {
              type: ['object', 'null'],
              properties: { kind: text(50), text: text(2000), indicator: text(50) },
              required: ['kind', 'text'],
              additionalProperties: true,
            },
          },
          required: ['orgId', 'text', 'dueOn'],
          additionalProperties: false,
        },
      },
    },
    required: ['items'],
    additionalProperties: false,
  },
  response: withErrors({ 201: { type: 'object', properties: { ids }, required: ['ids'] } }),
} as const;

export const acknowledgeSchema = {
  tags,
  summary: 'Организация принимает рекомендацию к исполнению',
  params: idParamsSchema,
  body: { type: 'object', properties: { version }, required: ['version'], additionalProperties: false },
  response: recommendationView,
} as const;

export const reportSchema = {
  tags,
  summary: 'Организация отражает, что сделано по рекомендации',
  params: idParamsSchema,
  body: { type: 'object', properties: { text: text(10_000), version }, required: ['text', 'version'], additionalProperties: false },
  response: recommendationView,
} as const;

export const approveRecommendationsSchema = {
  tags,
  summary: 'Записать одобрение рекомендаций рабочей группой (дата заседания, протокол)',
  querystring: territoryQuery,
  body: {
    type: 'object',
    properties: { ids, meetingDate: text(20), minutesNumber: text(100) },
    required: ['ids', 'meetingDate', 'minutesNumber'],
    additionalProperties: false,
  },
  response: withErrors({ 200: { type: 'object', properties: { approved: { type: 'integer' } }, required: ['approved'] } }),
} as const;

export const listActionsSchema = {
  tags,
  summary: 'Дорожная карта мероприятий и управленческие решения территории',
  querystring: actionsQuery,
  response: withErrors({ 200: { type: 'object', properties: { actions: { type: 'array', items: anyObject } } } }),
} as const;

export const createActionSchema = {
  tags,
  summary: 'Записать мероприятие дорожной карты или управленческое решение (вид, акт, сроки, участники, ответственные)',
  querystring: territoryQuery,
  body: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: [...ACTION_KINDS] },
      frameworkId: id,
      directionCode: text(50),
      title: text(4000),
      startsOn: text(20),
      deadline: text(20),
      responsible: text(1000),
      indicatorCodes: { type: 'array', items: text(50), maxItems: 200 },
      orgIds: ids,
      recommendationIds: ids,
      measureIds: ids,
      decisionKind: { type: ['string', 'null'], enum: [...DECISION_KINDS, null] },
      actKind: nullableText(100),
      actNumber: nullableText(100),
      actDate: nullableText(20),
      participants: nullableText(2000),
    },
    required: ['kind', 'frameworkId', 'directionCode', 'title', 'startsOn', 'deadline', 'responsible', 'indicatorCodes', 'orgIds'],
    additionalProperties: false,
  },
  response: withErrors({ 201: { type: 'object', properties: { action: anyObject }, required: ['action'] } }),
} as const;

export const actionStatusSchema = {
  tags,
  summary: 'Изменить состояние мероприятия или решения и записать результат',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: { status: { type: 'string', enum: [...MEASURE_STATUSES] }, resultText: nullableText(10_000), version },
    required: ['status', 'version'],
    additionalProperties: false,
  },
  response: withErrors({ 200: { type: 'object', properties: { action: anyObject }, required: ['action'] } }),
} as const;

export const exportRoadmapSchema = {
  tags,
  summary: 'Дорожная карта и решения файлом: XLSX или DOCX',
  querystring: {
    type: 'object',
    properties: { territoryId: id, frameworkId: id, directionCode: text(50), format: { type: 'string', enum: ['xlsx', 'docx'] } },
    required: ['format'],
    additionalProperties: false,
  },
} as const;

const subjectProperties = { territoryId: id, frameworkId: id, directionCode: text(50), periodId: id } as const;

export const getEffectivenessSchema = {
  tags,
  summary: 'Анализ эффективности мер и решений направления: динамика показателей целевых организаций против сопоставимых',
  querystring: { type: 'object', properties: subjectProperties, required: ['frameworkId', 'directionCode'], additionalProperties: false },
  response: effectivenessView,
} as const;

export const saveEffectivenessSchema = {
  tags,
  summary: 'Сохранить выводы анализа эффективности и проблемы, которые он называет',
  body: {
    type: 'object',
    properties: {
      ...subjectProperties,
      conclusions: { type: 'object', additionalProperties: text(20_000), maxProperties: 500 },
      summary: text(20_000),
      problems: { type: 'array', items: text(2000), maxItems: 100 },
      version,
    },
    required: ['frameworkId', 'directionCode', 'conclusions', 'summary', 'problems'],
    additionalProperties: false,
  },
  response: effectivenessView,
} as const;

export const nextCycleSchema = {
  tags,
  summary: 'Поставить цели следующего управленческого цикла из проблем анализа',
  params: idParamsSchema,
  body: { type: 'object', properties: { cycle: text(200) }, required: ['cycle'], additionalProperties: false },
  response: withErrors({ 201: { type: 'object', properties: { effectiveness: anyObject }, required: ['effectiveness'] } }),
} as const;

export const effectivenessReportSchema = {
  tags,
  summary: 'Сформировать аналитический отчёт об эффективности принятых мер (далее — рабочая группа, утверждение, DOCX/PDF)',
  params: idParamsSchema,
  response: withErrors({ 201: { type: 'object', properties: { reportId: { type: 'integer' } }, required: ['reportId'] } }),
} as const;
