import type { UserInput } from '../../../app/users.ts';
import { ROLES } from '../../../domain/access/role.ts';
import { errorResponses, meSchema } from '../../common-schemas.ts';

const userSchema = {
  type: 'object',
  properties: {
    ...meSchema.properties,
    isActive: { type: 'boolean' },
    lockedUntil: {
      type: ['string', 'null'],
      description: 'до какого момента вход закрыт после неудачных попыток (с какого-то адреса или со всех), или null',
    },
  },
  required: [...meSchema.required, 'isActive', 'lockedUntil'],
} as const;

export const listUsersSchema = {
  tags: ['Пользователи'],
  summary: 'Пользователи системы',
  response: {
    200: { type: 'object', properties: { items: { type: 'array', items: userSchema } }, required: ['items'] },
    ...errorResponses,
  },
} as const;

export type CreateUserBody = UserInput;

export const createUserSchema = {
  tags: ['Пользователи'],
  summary: 'Добавить пользователя',
  body: {
    type: 'object',
    properties: {
      login: { type: 'string', minLength: 3, maxLength: 64 },
      fullName: { type: 'string', minLength: 1, maxLength: 200 },
      role: { type: 'string', enum: [...ROLES] },
      scopeOrgId: { type: ['integer', 'null'], minimum: 1 },
      password: { type: 'string', minLength: 1, maxLength: 256 },
    },
    required: ['login', 'fullName', 'role', 'scopeOrgId', 'password'],
    additionalProperties: false,
  },
  response: { 201: { type: 'object', properties: { user: userSchema }, required: ['user'] }, ...errorResponses },
} as const;

export const unlockUserSchema = {
  tags: ['Пользователи'],
  summary: 'Снять блокировку входа после неудачных попыток (со всех адресов)',
  params: {
    type: 'object',
    properties: { id: { type: 'integer', minimum: 1 } },
    required: ['id'],
  },
  response: {
    200: {
      type: 'object',
      properties: { cleared: { type: 'integer', description: 'сколько неудачных попыток снято' } },
      required: ['cleared'],
    },
    ...errorResponses,
  },
} as const;
