import type { PeriodSpec } from '../../../domain/period/period.ts';
import { errorResponses } from '../../common-schemas.ts';

const periodSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    code: { type: 'string' },
    kind: { type: 'string', enum: ['calendar_year', 'school_year'] },
    name: { type: 'string' },
    startsOn: { type: 'string', format: 'date' },
    endsOn: { type: 'string', format: 'date' },
  },
  required: ['id', 'code', 'kind', 'name', 'startsOn', 'endsOn'],
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
