import type { PeriodSpec } from '../../../domain/period/period.ts';
import type { PeriodChanges } from '../../../app/periods.ts';
import { errorResponses, idParamsSchema } from '../../common-schemas.ts';

const periodSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    code: { type: 'string' },
    kind: { type: 'string', enum: ['calendar_year', 'school_year'] },
    name: { type: 'string' },
    startsOn: { type: 'string', format: 'date' },
    endsOn: { type: 'string', format: 'date' },
    closedAt: { type: ['string', 'null'], description: 'Когда период закрыт (null — открыт)' },
    closedBy: { type: ['string', 'null'], description: 'Кто закрыл период' },
  },
  required: ['id', 'code', 'kind', 'name', 'startsOn', 'endsOn', 'closedAt', 'closedBy'],
} as const;

export const listPeriodsSchema = {
  tags: ['Периоды'],
  summary: 'Отчётные периоды: календарные и учебные годы',
  response: {
    200: { type: 'object', properties: { items: { type: 'array', items: periodSchema } }, required: ['items'] },
    ...errorResponses,
  },
} as const;

export type CreatePeriodBody = PeriodSpec;

export const createPeriodSchema = {
  tags: ['Периоды'],
  summary: 'Добавить отчётный период',
  body: {
    type: 'object',
    properties: {
      code: { type: 'string', minLength: 4, maxLength: 20 },
      kind: { type: 'string', enum: ['calendar_year', 'school_year'] },
      name: { type: 'string', minLength: 1, maxLength: 100 },
      startsOn: { type: 'string', format: 'date' },
      endsOn: { type: 'string', format: 'date' },
    },
    required: ['code', 'kind', 'name', 'startsOn', 'endsOn'],
    additionalProperties: false,
  },
  response: { 201: { type: 'object', properties: { period: periodSchema }, required: ['period'] }, ...errorResponses },
} as const;

const periodOne = { type: 'object', properties: { period: periodSchema }, required: ['period'] } as const;

export type UpdatePeriodBody = PeriodChanges;

export const updatePeriodSchema = {
  tags: ['Периоды'],
  summary: 'Изменить название или даты периода (код и вид не меняются)',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 100 },
      startsOn: { type: 'string', format: 'date' },
      endsOn: { type: 'string', format: 'date' },
    },
    minProperties: 1,
    additionalProperties: false,
  },
  response: { 200: periodOne, ...errorResponses },
} as const;

export const closePeriodSchema = {
  tags: ['Периоды'],
  summary: 'Закрыть период: новые значения только через возвращённую или повторно открытую форму',
  params: idParamsSchema,
  response: { 200: periodOne, ...errorResponses },
} as const;

export const reopenPeriodSchema = {
  tags: ['Периоды'],
  summary: 'Открыть закрытый период снова',
  params: idParamsSchema,
  response: { 200: periodOne, ...errorResponses },
} as const;
