import { errorResponses } from '../../common-schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const tags = ['Экспертная оценка механизмов'];
const ok = (key: string, status = 200) => ({
  [status]: { type: 'object', properties: { [key]: anyObject }, required: [key] },
  ...errorResponses,
});

export const roundParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
  additionalProperties: false,
} as const;

export const objectParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 }, orgId: { type: 'integer', minimum: 1 } },
  required: ['id', 'orgId'],
  additionalProperties: false,
} as const;

export const listRoundsSchema = {
  tags,
  summary: 'Раунды оценки, доступные пользователю (эксперту — где он назначен)',
  response: { 200: { type: 'object', properties: { items: { type: 'array', items: anyObject } }, required: ['items'] }, ...errorResponses },
} as const;

export const createRoundSchema = {
  tags,
  summary: 'Открыть раунд оценки: методика механизмов, период, объекты и назначенные им эксперты',
  body: {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 300 },
      frameworkId: { type: 'integer', minimum: 1 },
      periodId: { type: 'integer', minimum: 1 },
      scopeOrgId: { type: 'integer', minimum: 1 },
      kind: { type: 'string', enum: ['expert', 'self'] },
      includeOptional: { type: 'boolean' },
      objects: {
        type: 'array',
        minItems: 1,
        maxItems: 5000,
        items: {
          type: 'object',
          properties: {
            orgId: { type: 'integer', minimum: 1 },
            scorerIds: { type: 'array', items: { type: 'integer', minimum: 1 }, maxItems: 50 },
          },
          required: ['orgId', 'scorerIds'],
          additionalProperties: false,
        },
      },
    },
    required: ['name', 'frameworkId', 'periodId', 'scopeOrgId', 'kind', 'objects'],
    additionalProperties: false,
  },
  response: ok('round', 201),
} as const;

export const getRoundSchema = {
  tags,
  summary: 'Раунд: ход оценки по объектам и экспертам, расхождения, индексы (9 этапов) и рейтинг объектов',
  params: roundParams,
  response: ok('round'),
} as const;

export const getSheetSchema = {
  tags,
  summary: 'Лист оценки объекта: позиции, баллы эксперта (оператору — всех экспертов), согласованные баллы, индекс с пояснениями',
  params: objectParams,
  response: ok('sheet'),
} as const;

const scoreSchema = {
  anyOf: [
    { type: 'null' },
    {
      type: 'object',
      properties: {
        points: { anyOf: [{ type: 'null' }, { type: 'number' }] },
        comment: { anyOf: [{ type: 'null' }, { type: 'string', maxLength: 4000 }] },
        links: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'object',
            properties: { url: { type: 'string', maxLength: 2000 }, title: { type: 'string', maxLength: 300 } },
            required: ['url'],
            additionalProperties: false,
          },
        },
      },
      required: ['points'],
      additionalProperties: false,
    },
  ],
} as const;

export const saveScoresSchema = {
  tags,
  summary: 'Сохранить свои баллы объекта (только назначенный эксперт; null удаляет балл позиции)',
  params: objectParams,
  body: {
    type: 'object',
    properties: { scores: { type: 'object', maxProperties: 2000, additionalProperties: scoreSchema } },
    required: ['scores'],
    additionalProperties: false,
  },
  response: ok('sheet'),
} as const;

export const agreeSchema = {
  tags,
  summary: 'Записать согласованный балл позиции (оператор раунда; null снимает согласование)',
  params: objectParams,
  body: {
    type: 'object',
    properties: {
      position: { type: 'string', minLength: 1, maxLength: 100 },
      points: { anyOf: [{ type: 'null' }, { type: 'number' }] },
      comment: { anyOf: [{ type: 'null' }, { type: 'string', maxLength: 4000 }] },
    },
    required: ['position', 'points'],
    additionalProperties: false,
  },
  response: ok('sheet'),
} as const;

export const uploadEvidenceSchema = {
  tags,
  summary: 'Приложить документ к баллу позиции (тело — файл; заголовки x-file-name и x-position)',
  params: objectParams,
  response: ok('file', 201),
} as const;

export const evidenceParams = roundParams;

export const fileSchema = (summary: string) => ({ tags, summary, params: roundParams, response: { ...errorResponses } }) as const;

export const importSchema = {
  tags,
  summary: 'Загрузить баллы из книги Excel (эксперт — свои; проверяется целиком, с ошибками не меняет ничего)',
  params: roundParams,
  response: ok('report'),
} as const;

export const cycleSchema = {
  tags,
  summary: 'Управленческий цикл по направлениям: что есть в системе для каждого из девяти компонентов, самооценка и экспертная оценка',
  querystring: {
    type: 'object',
    properties: { scopeOrgId: { type: 'integer', minimum: 1 }, frameworkId: { type: 'integer', minimum: 1 } },
    required: ['scopeOrgId', 'frameworkId'],
    additionalProperties: false,
  },
  response: ok('cycle'),
} as const;

export const closeRoundSchema = {
  tags,
  summary: 'Закрыть раунд: баллы и согласования фиксируются, индексы окончательные (при несогласованных расхождениях — отказ)',
  params: roundParams,
  response: ok('round'),
} as const;

export const scorersSchema = {
  tags,
  summary:
    'Кого можно назначить оценивать в раунде территории (по умолчанию — своей зоны): экспертов этой территории и охватывающих её (экспертный раунд) или операторов и экспертов территории (самооценка)',
  querystring: {
    type: 'object',
    properties: { kind: { type: 'string', enum: ['expert', 'self'] }, territoryId: { type: 'integer', minimum: 1 } },
    required: ['kind'],
    additionalProperties: false,
  },
  response: { 200: { type: 'object', properties: { items: { type: 'array', items: anyObject } }, required: ['items'] }, ...errorResponses },
} as const;
