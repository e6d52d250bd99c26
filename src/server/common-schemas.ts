import { ORG_KINDS, ORG_TYPES } from '../domain/org/org-kind.ts';
import { ROLES } from '../domain/access/role.ts';

export const errorSchema = {
  type: 'object',
  description: 'Ошибка: стабильный код для программ и сообщение на русском для людей',
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    details: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          path: { type: 'string' },
          sheet: { type: 'string' },
          row: { type: 'integer' },
          column: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
    requestId: { type: 'string' },
  },
  required: ['code', 'message'],
} as const;

/** Error responses every authenticated route may give. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
} as const;

export const idParamsSchema = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
  additionalProperties: false,
} as const;

export const orgSummarySchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    parentId: { type: ['integer', 'null'] },
    kind: { type: 'string', enum: [...ORG_KINDS] },
    type: { type: ['string', 'null'], enum: [...ORG_TYPES, null] },
    name: { type: 'string' },
    shortName: { type: ['string', 'null'] },
    code: { type: 'string' },
    childCount: { type: 'integer' },
    isDemo: { type: 'boolean' },
    closedOn: { type: ['string', 'null'], format: 'date', description: 'Закрыта с этой даты (null — действует)' },
    mergedInto: {
      type: ['object', 'null'],
      properties: { id: { type: 'integer' }, name: { type: 'string' } },
      required: ['id', 'name'],
    },
  },
  required: ['id', 'parentId', 'kind', 'type', 'name', 'shortName', 'code', 'childCount', 'isDemo', 'closedOn', 'mergedInto'],
} as const;

export const meSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    login: { type: 'string' },
    fullName: { type: 'string' },
    role: { type: 'string', enum: [...ROLES] },
    roleName: { type: 'string' },
    scopeOrgId: { type: ['integer', 'null'] },
    scopeOrgName: { type: ['string', 'null'] },
    mustChangePassword: { type: 'boolean', description: 'пароль выдан другим: до его смены доступна только смена пароля' },
  },
  required: ['id', 'login', 'fullName', 'role', 'roleName', 'scopeOrgId', 'scopeOrgName', 'mustChangePassword'],
} as const;
