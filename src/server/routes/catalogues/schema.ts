import { errorResponses, idParamsSchema } from '../../common-schemas.ts';

const summarySchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    code: { type: 'string' },
    version: { type: 'integer' },
    kind: { type: 'string', enum: ['indicators', 'mechanisms'] },
    name: { type: 'string' },
    validFrom: { type: 'string' },
    validTo: { type: ['string', 'null'] },
    source: { type: 'string' },
    origin: { type: 'string', enum: ['file', 'import'] },
    loadedAt: { type: 'string' },
    counts: {
      type: 'object',
      properties: {
        blocks: { type: 'integer' },
        directions: { type: 'integer' },
        indicators: { type: 'integer' },
        positions: { type: 'integer' },
      },
    },
  },
  required: ['id', 'code', 'version', 'kind', 'name', 'validFrom', 'validTo', 'source', 'origin', 'loadedAt', 'counts'],
} as const;

// The catalogue itself is described by catalogs/FORMAT.md; it is returned as stored.
const anyObject = { type: 'object', additionalProperties: true } as const;

export const listCataloguesSchema = {
  tags: ['Методики'],
  summary: 'Методики (каталоги показателей и механизмов) всех версий',
  response: {
    200: { type: 'object', properties: { items: { type: 'array', items: summarySchema } }, required: ['items'] },
    ...errorResponses,
  },
} as const;

export const getCatalogueSchema = {
  tags: ['Методики'],
  summary: 'Методика целиком: блоки, направления, показатели или позиции, используемые элементы данных',
  params: idParamsSchema,
  response: {
    200: {
      type: 'object',
      properties: { summary: summarySchema, catalogue: anyObject, dataElements: { type: 'array', items: anyObject } },
      required: ['summary', 'catalogue', 'dataElements'],
    },
    ...errorResponses,
  },
} as const;

export const exportCatalogueSchema = {
  tags: ['Методики'],
  summary: 'Выгрузить методику в XLSX для правки в Excel или LibreOffice',
  params: idParamsSchema,
} as const;

export const importCatalogueSchema = {
  tags: ['Методики'],
  summary: 'Загрузить исправленную книгу XLSX как новую версию методики (тело — файл .xlsx)',
  response: {
    201: {
      type: 'object',
      properties: { id: { type: 'integer' }, code: { type: 'string' }, version: { type: 'integer' } },
      required: ['id', 'code', 'version'],
    },
    ...errorResponses,
  },
} as const;

export const listDataElementsSchema = {
  tags: ['Методики'],
  summary: 'Элементы данных — исходные числа, общие для всех методик',
  response: { 200: { type: 'object', properties: { items: { type: 'array', items: anyObject } }, required: ['items'] }, ...errorResponses },
} as const;
