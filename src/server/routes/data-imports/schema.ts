import { errorResponses } from '../../common-schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const countsSchema = {
  type: 'object',
  properties: Object.fromEntries(
    ['new', 'changed', 'unchanged', 'missing', 'rowsMatched', 'rowsNotMatched', 'orgsToCreate', 'placesToCreate'].map((k) => [
      k,
      { type: 'integer' },
    ]),
  ),
} as const;

/** The file travels as base64 in the JSON body, with the period, territory and the mapping. */
const requestProperties = {
  fileName: { type: 'string', minLength: 1, maxLength: 255 },
  content: { type: 'string', minLength: 1, maxLength: 28_000_000, description: 'содержимое файла (XLSX или CSV) в base64' },
  period: { type: 'string', minLength: 1, maxLength: 40 },
  territory: { type: ['string', 'null'], maxLength: 80 },
  mapping: { ...anyObject, description: 'сопоставление столбцов: { columns: { "заголовок": { role: … } }, shares: [...] }' },
} as const;

export const previewDataImportSchema = {
  tags: ['Таблицы данных'],
  summary: 'Предварительный просмотр загрузки таблицы чисел: сопоставление, новые, изменённые, ошибки (ничего не меняет)',
  body: { type: 'object', properties: requestProperties, required: ['fileName', 'content', 'period'], additionalProperties: false },
  response: {
    200: {
      type: 'object',
      properties: {
        fileName: { type: 'string' },
        sha256: { type: 'string' },
        sheet: { type: 'string' },
        header: { type: 'array', items: { type: 'string' } },
        mapping: anyObject,
        mappingSource: { type: 'string', enum: ['given', 'saved', 'proposed'] },
        period: anyObject,
        territory: { type: ['object', 'null'], additionalProperties: true },
        elements: { type: 'array', items: anyObject },
        rows: { type: 'integer' },
        counts: countsSchema,
        changed: { type: 'array', items: anyObject },
        places: { type: 'array', items: anyObject },
        rowsNotMatched: { type: 'array', items: anyObject },
        pairs: { type: 'array', items: anyObject },
        pairsNote: { type: 'string' },
        ownCatalogue: { type: ['object', 'null'], additionalProperties: true },
        issues: { type: 'array', items: anyObject },
        issueCount: { type: 'integer' },
      },
      required: ['fileName', 'header', 'mapping', 'counts', 'issues', 'issueCount'],
    },
    ...errorResponses,
  },
} as const;

export const applyDataImportSchema = {
  tags: ['Таблицы данных'],
  summary: 'Применить таблицу чисел к данным периода (одной транзакцией) и пересчитать результаты периода',
  body: {
    type: 'object',
    properties: {
      ...requestProperties,
      decisions: { type: 'object', additionalProperties: anyObject },
      acceptProposals: { type: 'boolean' },
    },
    required: ['fileName', 'content', 'period', 'acceptProposals'],
    additionalProperties: false,
  },
  response: {
    200: {
      type: 'object',
      properties: {
        changed: { type: 'boolean' },
        importId: { type: ['integer', 'null'] },
        counts: countsSchema,
        createdOrgs: { type: 'integer' },
        createdElements: { type: 'array', items: { type: 'string' } },
        ownCatalogue: { type: ['object', 'null'], additionalProperties: true },
        recomputed: { type: 'array', items: anyObject },
      },
      required: ['changed', 'importId', 'counts', 'createdOrgs', 'createdElements', 'ownCatalogue', 'recomputed'],
    },
    ...errorResponses,
  },
} as const;
