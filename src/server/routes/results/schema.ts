import { errorResponses } from '../../common-schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const ids = {
  catalogueId: { type: 'integer', minimum: 1 },
  periodId: { type: 'integer', minimum: 1 },
} as const;

export interface ComputeBody {
  catalogueId: number;
  periodId: number;
}

export const computeSchema = {
  tags: ['Результаты'],
  summary: 'Пересчитать значения показателей и рейтинги по методике за период (в одной транзакции)',
  body: { type: 'object', properties: ids, required: ['catalogueId', 'periodId'], additionalProperties: false },
  response: { 200: anyObject, ...errorResponses },
} as const;

export interface RatingsQuery {
  catalogueId: number;
  periodId: number;
}

export const listRatingsSchema = {
  tags: ['Результаты'],
  summary: 'Рассчитанные рейтинги (сравнения), доступные пользователю',
  querystring: { type: 'object', properties: ids, required: ['catalogueId', 'periodId'], additionalProperties: false },
  response: {
    200: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: { type: 'object', properties: { key: { type: 'string' }, title: { type: 'string' }, scopeOrgId: { type: 'integer' } } },
        },
      },
      required: ['items'],
    },
    ...errorResponses,
  },
} as const;

export interface RatingQuery extends RatingsQuery {
  key: string;
}

export const getRatingSchema = {
  tags: ['Результаты'],
  summary: 'Один рейтинг: баллы, места, зоны, полнота и пояснения по каждому числу',
  querystring: {
    type: 'object',
    properties: { ...ids, key: { type: 'string', minLength: 1, maxLength: 200 } },
    required: ['catalogueId', 'periodId', 'key'],
    additionalProperties: false,
  },
  response: {
    200: {
      type: 'object',
      properties: { title: { type: 'string' }, computedAt: { type: ['string', 'null'] }, content: anyObject },
      required: ['title', 'content'],
    },
    ...errorResponses,
  },
} as const;

export interface ExplainQuery extends RatingsQuery {
  orgId: number;
  indicator: string;
}

export const explainSchema = {
  tags: ['Результаты'],
  summary: 'Как получено значение показателя: формула, исходные данные, деления',
  querystring: {
    type: 'object',
    properties: { ...ids, orgId: { type: 'integer', minimum: 1 }, indicator: { type: 'string', minLength: 1, maxLength: 80 } },
    required: ['catalogueId', 'periodId', 'orgId', 'indicator'],
    additionalProperties: false,
  },
  response: { 200: anyObject, ...errorResponses },
} as const;
