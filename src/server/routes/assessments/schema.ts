import { errorResponses, idParamsSchema } from '../../common-schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const tags = ['Результаты оценочных процедур'];
const withErrors = (ok: Record<number, unknown>) => ({ ...ok, ...errorResponses });
const id = { type: 'integer', minimum: 1 } as const;
const importView = withErrors({ 200: { type: 'object', properties: { import: anyObject }, required: ['import'] } });

export const listImportsSchema = {
  tags,
  summary: 'Загрузки результатов (ВПР, ОГЭ, ЕГЭ, НИКО, функциональная грамотность, олимпиады)',
  response: withErrors({ 200: { type: 'object', properties: { imports: { type: 'array', items: anyObject } } } }),
} as const;

export const uploadImportSchema = {
  tags,
  summary: 'Загрузить файл результатов (CSV в UTF-8 или Windows-1251, XLSX); ответ — заголовок, образец строк и предложенное сопоставление',
  querystring: { type: 'object', properties: { territoryId: id }, additionalProperties: false },
  response: withErrors({ 201: { type: 'object', properties: { import: anyObject }, required: ['import'] } }),
} as const;

export const getImportSchema = {
  tags,
  summary: 'Загрузка: состояние, ход чтения, отчёт о проверке и сопоставлении',
  params: idParamsSchema,
  response: importView,
} as const;

export const readImportSchema = {
  tags,
  summary: 'Прочитать файл с подтверждённым сопоставлением столбцов (в фоне; ход — в GET загрузки)',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      kind: { type: 'string', maxLength: 20 },
      year: { type: ['integer', 'null'] },
      stage: { type: ['string', 'null'], maxLength: 50 },
      mapping: { type: 'object', additionalProperties: { type: ['integer', 'null'] }, maxProperties: 60 },
      saveMappingAs: { type: ['string', 'null'], maxLength: 200 },
    },
    required: ['kind'],
    additionalProperties: false,
  },
  response: withErrors({ 202: { type: 'object', properties: { import: anyObject }, required: ['import'] } }),
} as const;

export const applyImportSchema = {
  tags,
  summary: 'Применить загрузку: решения по организациям, пропуск строк с ошибками; всё или ничего',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      decisions: {
        type: 'object',
        maxProperties: 20000,
        additionalProperties: {
          type: 'object',
          properties: { action: { type: 'string', enum: ['match', 'create', 'skip'] }, orgId: id },
          required: ['action'],
          additionalProperties: false,
        },
      },
      acceptProposals: { type: 'boolean' },
      skipErrors: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  response: importView,
} as const;

export const cancelImportSchema = {
  tags,
  summary: 'Отменить загрузку (ничего не применяется)',
  params: idParamsSchema,
  response: importView,
} as const;

const threshold = {
  type: 'object',
  properties: {
    kind: { type: 'string', maxLength: 20 },
    subject: { type: 'string', maxLength: 50 },
    year: { type: 'integer', minimum: 2000, maximum: 2100 },
    minScore: { type: 'number', minimum: 0, maximum: 100 },
    note: { type: ['string', 'null'], maxLength: 500 },
  },
  required: ['kind', 'subject', 'year', 'minScore'],
  additionalProperties: false,
} as const;

export const listThresholdsSchema = {
  tags,
  summary: 'Минимальные пороги по предметам и годам',
  response: withErrors({ 200: { type: 'object', properties: { thresholds: { type: 'array', items: anyObject } } } }),
} as const;

export const saveThresholdsSchema = {
  tags,
  summary: 'Изменить или добавить минимальные пороги',
  body: {
    type: 'object',
    properties: { thresholds: { type: 'array', items: threshold, maxItems: 2000 } },
    required: ['thresholds'],
    additionalProperties: false,
  },
  response: withErrors({ 200: { type: 'object', properties: { thresholds: { type: 'array', items: anyObject } } } }),
} as const;

export const listMappingsSchema = {
  tags,
  summary: 'Сохранённые сопоставления столбцов',
  response: withErrors({ 200: { type: 'object', properties: { mappings: { type: 'array', items: anyObject } } } }),
} as const;
