import type { CloseOrgInput, MergeOrgInput } from '../../../app/org-life.ts';
import type { OrgChanges, OrgInput } from '../../../app/orgs.ts';
import { ORG_TYPES } from '../../../domain/org/org-kind.ts';
import { errorResponses, idParamsSchema, orgSummarySchema } from '../../common-schemas.ts';

/** Known attributes of an organisation card, checked; other keys (columns of an imported register) only as short texts or numbers. */
const attributesSchema = {
  type: 'object',
  properties: {
    settlement: { type: 'string', enum: ['urban', 'rural'], description: 'Местность: городская или сельская' },
    pupils: { type: 'integer', minimum: 0, maximum: 100000, description: 'Число обучающихся (воспитанников)' },
    staff: { type: 'integer', minimum: 0, maximum: 100000, description: 'Число работников' },
    address: { type: 'string', maxLength: 500 },
    headName: { type: 'string', maxLength: 200, description: 'Руководитель' },
    centre: { type: 'string', maxLength: 200, description: 'Административный центр (для муниципалитета)' },
    note: { type: 'string', maxLength: 2000 },
    kpp: { type: 'string', pattern: '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$', description: 'КПП' },
    ownership: { type: 'string', enum: ['state', 'non_state'], description: 'Форма собственности' },
    latitude: { type: 'number', minimum: -90, maximum: 90, description: 'Широта' },
    longitude: { type: 'number', minimum: -180, maximum: 180, description: 'Долгота' },
    closedOn: { type: 'string', maxLength: 10, description: 'Закрыта (дата гггг-мм-дд или «да»), из реестра' },
  },
  // other columns of an imported register are kept as attributes under their headers: short texts or numbers
  additionalProperties: { type: ['string', 'number'], maxLength: 2000 },
} as const;

const orgDetailSchema = {
  type: 'object',
  properties: {
    ...orgSummarySchema.properties,
    inn: { type: ['string', 'null'] },
    ogrn: { type: ['string', 'null'] },
    fisOkoCode: { type: ['string', 'null'] },
    aliases: { type: 'array', items: { type: 'string' } },
    attributes: { type: 'object', additionalProperties: true },
    groups: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } } },
    path: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, kind: { type: 'string' } } },
    },
    childrenByType: { type: 'object', additionalProperties: { type: 'integer' } },
    closedReason: { type: ['string', 'null'] },
    version: { type: 'integer' },
    updatedAt: { type: 'string' },
  },
  required: [
    ...orgSummarySchema.required,
    'inn',
    'ogrn',
    'fisOkoCode',
    'aliases',
    'attributes',
    'groups',
    'path',
    'childrenByType',
    'closedReason',
    'version',
    'updatedAt',
  ],
} as const;

const innField = { type: ['string', 'null'], pattern: '^\\d{10}$', description: 'ИНН юридического лица, 10 цифр' } as const;
const ogrnField = { type: ['string', 'null'], pattern: '^\\d{13}$', description: 'ОГРН, 13 цифр' } as const;
const aliasesField = { type: 'array', items: { type: 'string', minLength: 1, maxLength: 300 }, maxItems: 50 } as const;

const orgItems = { type: 'object', properties: { items: { type: 'array', items: orgSummarySchema } }, required: ['items'] } as const;
const orgOne = { type: 'object', properties: { org: orgDetailSchema }, required: ['org'] } as const;

export interface ListOrgsQuery {
  parentId?: number;
  hideClosed?: boolean;
}

const hideClosedField = { type: 'boolean', description: 'Не показывать закрытые и присоединённые организации' } as const;

export const listOrgsSchema = {
  tags: ['Организации'],
  summary: 'Корни зоны доступа или дочерние организации',
  querystring: {
    type: 'object',
    properties: { parentId: { type: 'integer', minimum: 1 }, hideClosed: hideClosedField },
    additionalProperties: false,
  },
  response: { 200: orgItems, ...errorResponses },
} as const;

export interface SearchOrgsQuery {
  q: string;
  limit?: number;
  hideClosed?: boolean;
}

export const searchOrgsSchema = {
  tags: ['Организации'],
  summary: 'Поиск по названию, псевдониму, коду, ИНН или коду ФИС ОКО в зоне доступа',
  querystring: {
    type: 'object',
    properties: {
      q: { type: 'string', maxLength: 200 },
      limit: { type: 'integer', minimum: 1, maximum: 100 },
      hideClosed: hideClosedField,
    },
    required: ['q'],
    additionalProperties: false,
  },
  response: { 200: orgItems, ...errorResponses },
} as const;

export const getOrgSchema = {
  tags: ['Организации'],
  summary: 'Карточка организации',
  params: idParamsSchema,
  response: { 200: orgOne, ...errorResponses },
} as const;

/** The body is exactly the use case's input. */
export type CreateOrgBody = OrgInput;

export const createOrgSchema = {
  tags: ['Организации'],
  summary: 'Добавить организацию (или муниципалитет в регион)',
  body: {
    type: 'object',
    properties: {
      parentId: { type: 'integer', minimum: 1 },
      type: { type: ['string', 'null'], enum: [...ORG_TYPES, null] },
      name: { type: 'string', minLength: 1, maxLength: 500 },
      shortName: { type: ['string', 'null'], maxLength: 300 },
      code: { type: 'string', minLength: 1, maxLength: 50, pattern: '^[0-9A-Za-zА-Яа-я._-]+$' },
      inn: innField,
      ogrn: ogrnField,
      fisOkoCode: { type: ['string', 'null'], maxLength: 50 },
      aliases: aliasesField,
      attributes: attributesSchema,
    },
    required: ['parentId', 'name', 'code'],
    additionalProperties: false,
  },
  response: { 201: orgOne, ...errorResponses },
} as const;

export type UpdateOrgBody = OrgChanges;

export const updateOrgSchema = {
  tags: ['Организации'],
  summary: 'Изменить карточку организации (с проверкой версии)',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      version: { type: 'integer', minimum: 1, description: 'Версия карточки, которую видел редактор' },
      name: { type: 'string', minLength: 1, maxLength: 500 },
      shortName: { type: ['string', 'null'], maxLength: 300 },
      inn: innField,
      ogrn: ogrnField,
      fisOkoCode: { type: ['string', 'null'], maxLength: 50 },
      aliases: aliasesField,
      attributes: attributesSchema,
    },
    required: ['version'],
    additionalProperties: false,
  },
  response: { 200: orgOne, ...errorResponses },
} as const;

export type CloseOrgBody = CloseOrgInput;

export const closeOrgSchema = {
  tags: ['Организации'],
  summary: 'Закрыть организацию с даты (данные прошлых периодов остаются)',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      closedOn: { type: 'string', format: 'date', description: 'Дата, с которой организация закрыта' },
      reason: { type: 'string', minLength: 1, maxLength: 500, description: 'Причина: ликвидация, реорганизация…' },
    },
    required: ['closedOn', 'reason'],
    additionalProperties: false,
  },
  response: { 200: orgOne, ...errorResponses },
} as const;

export const reopenOrgSchema = {
  tags: ['Организации'],
  summary: 'Открыть закрытую организацию снова',
  params: idParamsSchema,
  response: { 200: orgOne, ...errorResponses },
} as const;

export type MergeOrgBody = MergeOrgInput;

export const mergeOrgSchema = {
  tags: ['Организации'],
  summary: 'Присоединить организацию к другой (того же вида) с даты',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      intoId: { type: 'integer', minimum: 1, description: 'Организация, к которой присоединяют' },
      mergedOn: { type: 'string', format: 'date', description: 'Дата присоединения: с неё организация закрыта' },
      reason: { type: 'string', maxLength: 500 },
    },
    required: ['intoId', 'mergedOn'],
    additionalProperties: false,
  },
  response: { 200: orgOne, ...errorResponses },
} as const;
