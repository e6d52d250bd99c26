import { ORG_TYPES } from '../../../domain/org/org-kind.ts';
import { REGISTER_FIELDS } from '../../../domain/org/register/register-fields.ts';
import { errorResponses, idParamsSchema } from '../../common-schemas.ts';

const TAGS = ['Организации'];

/** The preview as the page shows it (its lists are described loosely: they are the plan's own). */
const viewSchema = { type: 'object', additionalProperties: true } as const;

export const uploadRegisterSchema = {
  tags: TAGS,
  summary: 'Загрузить файл реестра организаций (XLSX или CSV в теле запроса) и получить предпросмотр',
  querystring: {
    type: 'object',
    properties: {
      territoryId: { type: 'integer', minimum: 1, maximum: 2147483647 },
      region: { type: 'string', maxLength: 200 },
      sheet: { type: 'integer', minimum: 1, maximum: 1000 },
    },
    additionalProperties: false,
  },
  response: { 201: viewSchema, ...errorResponses },
} as const;

export interface RegisterPreviewBody {
  territoryId?: number | null;
  region?: string | null;
  sheet?: number;
  mapping?: Record<string, (typeof REGISTER_FIELDS)[number]>;
  types?: { byValue?: Record<string, (typeof ORG_TYPES)[number]>; byLine?: Record<string, (typeof ORG_TYPES)[number]> };
  rows?: Record<string, number | 'create' | 'skip'>;
  createTerritories?: boolean;
}

const typeMap = { type: 'object', maxProperties: 100000, additionalProperties: { type: 'string', enum: [...ORG_TYPES] } } as const;

export const previewRegisterSchema = {
  tags: TAGS,
  summary: 'Предпросмотр загрузки реестра с исправленным сопоставлением столбцов и ответами на вопросы',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      territoryId: { type: ['integer', 'null'], minimum: 1, maximum: 2147483647 },
      region: { type: ['string', 'null'], maxLength: 200 },
      sheet: { type: 'integer', minimum: 1, maximum: 1000 },
      mapping: { type: 'object', maxProperties: 200, additionalProperties: { type: 'string', enum: [...REGISTER_FIELDS] } },
      types: { type: 'object', properties: { byValue: typeMap, byLine: typeMap }, additionalProperties: false },
      rows: {
        type: 'object',
        maxProperties: 100000,
        additionalProperties: {
          anyOf: [
            { type: 'integer', minimum: 1, maximum: 2147483647 },
            { type: 'string', enum: ['create', 'skip'] },
          ],
        },
      },
      createTerritories: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  response: { 200: viewSchema, ...errorResponses },
} as const;

export const applyRegisterSchema = {
  tags: TAGS,
  summary: 'Применить предпросмотренную загрузку реестра (одной транзакцией)',
  params: idParamsSchema,
  response: {
    200: {
      type: 'object',
      properties: {
        created: { type: 'integer' },
        updated: { type: 'integer' },
        unchanged: { type: 'integer' },
        territoriesCreated: {
          type: 'array',
          items: { type: 'object', properties: { name: { type: 'string' }, code: { type: 'string' } } },
        },
      },
      required: ['created', 'updated', 'unchanged', 'territoriesCreated'],
    },
    ...errorResponses,
  },
} as const;

export const exportRegisterSchema = {
  tags: TAGS,
  summary: 'Выгрузить реестр организаций (XLSX в столбцах загрузки)',
  querystring: {
    type: 'object',
    properties: { territoryId: { type: 'integer', minimum: 1, maximum: 2147483647 } },
    additionalProperties: false,
  },
} as const;
