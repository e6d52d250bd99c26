import { CONDITION_FACTORS } from '../../../domain/schools-at-risk/unfavourable-conditions.ts';
import { errorResponses } from '../../common-schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const tags = ['Школы с рисками низких результатов'];
const withErrors = (ok: Record<number, unknown>) => ({ ...ok, ...errorResponses });
const id = { type: 'integer', minimum: 1 } as const;
const percent = { type: 'number', minimum: 0, maximum: 100 } as const;
const listView = withErrors({ 200: { type: 'object', properties: { list: anyObject }, required: ['list'] } });

export const shnorListSchema = {
  tags,
  summary:
    'ШНОР: школы с низкими образовательными результатами по правилам методики, с доказательствами, трендом и сигналами объективности',
  querystring: {
    type: 'object',
    properties: {
      territoryId: id,
      periodId: id,
      thresholdPercent: { type: 'number', minimum: 1, maximum: 100 },
      minParticipants: { type: 'integer', minimum: 1, maximum: 1000 },
      windowYears: { type: 'integer', minimum: 1, maximum: 10 },
      minLowYears: { type: 'integer', minimum: 1, maximum: 10 },
      objectivityGapPercent: { type: 'number', minimum: 1, maximum: 100 },
    },
    additionalProperties: false,
  },
  response: listView,
} as const;

export const shfnsuListSchema = {
  tags,
  summary: 'ШФНСУ: школы, функционирующие в неблагоприятных социальных условиях, по контекстным данным и настраиваемым порогам',
  querystring: {
    type: 'object',
    properties: {
      territoryId: id,
      periodId: id,
      minFactors: { type: 'integer', minimum: 1, maximum: 20 },
      ...Object.fromEntries(CONDITION_FACTORS.map((f) => [f.code, percent])),
    },
    additionalProperties: false,
  },
  response: listView,
} as const;

export const saveGroupSchema = {
  tags,
  summary: 'Сохранить список школ как группу организаций территории',
  body: {
    type: 'object',
    properties: {
      territoryId: id,
      list: { type: 'string', enum: ['shnor', 'shfnsu'] },
      name: { type: 'string', minLength: 1, maxLength: 200 },
      orgIds: { type: 'array', items: id, minItems: 1, maxItems: 5000 },
      periodCode: { type: ['string', 'null'], maxLength: 50 },
      params: { type: 'object', additionalProperties: true, maxProperties: 30 },
    },
    required: ['list', 'name', 'orgIds'],
    additionalProperties: false,
  },
  response: withErrors({ 201: { type: 'object', properties: { group: anyObject }, required: ['group'] } }),
} as const;
