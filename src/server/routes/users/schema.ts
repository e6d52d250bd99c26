import type { UserInput, UserStatus } from '../../../app/users.ts';
import { USER_STATUSES } from '../../../app/users.ts';
import type { OrgSelection } from '../../../app/users/accounts-for-orgs.ts';
import { ROLES, type Role } from '../../../domain/access/role.ts';
import { ORG_TYPES } from '../../../domain/org/org-kind.ts';
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
    lastLoginAt: { type: ['string', 'null'], description: 'когда пользователь входил последний раз, или null' },
  },
  required: [...meSchema.required, 'isActive', 'lockedUntil', 'lastLoginAt'],
} as const;

export interface ListUsersQuery {
  role?: Role;
  territoryId?: number;
  status?: UserStatus;
}

export const listUsersSchema = {
  tags: ['Пользователи'],
  summary: 'Пользователи системы (администратору — все, оператору — своей территории)',
  querystring: {
    type: 'object',
    properties: {
      role: { type: 'string', enum: [...ROLES] },
      territoryId: { type: 'integer', minimum: 1 },
      status: { type: 'string', enum: [...USER_STATUSES] },
    },
    additionalProperties: false,
  },
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

const idParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
} as const;

export const blockUserSchema = {
  tags: ['Пользователи'],
  summary: 'Заблокировать учётную запись: её сеансы завершаются сразу, вход закрыт',
  params: idParams,
  response: {
    200: { type: 'object', properties: { sessionsEnded: { type: 'integer' } }, required: ['sessionsEnded'] },
    ...errorResponses,
  },
} as const;

export const unblockUserSchema = {
  tags: ['Пользователи'],
  summary: 'Разблокировать учётную запись',
  params: idParams,
  response: { 200: { type: 'object', properties: { isActive: { type: 'boolean' } }, required: ['isActive'] }, ...errorResponses },
} as const;

export const resetPasswordSchema = {
  tags: ['Пользователи'],
  summary: 'Выдать новый одноразовый пароль (показывается один раз; при входе его нужно сменить)',
  params: idParams,
  response: {
    200: { type: 'object', properties: { login: { type: 'string' }, password: { type: 'string' } }, required: ['login', 'password'] },
    ...errorResponses,
  },
} as const;

export interface ChangeAccessBody {
  role: Role;
  scopeOrgId: number | null;
}

export const changeAccessSchema = {
  tags: ['Пользователи'],
  summary: 'Изменить роль и зону доступа (в пределах того, что может выдать вызывающий)',
  params: idParams,
  body: {
    type: 'object',
    properties: { role: { type: 'string', enum: [...ROLES] }, scopeOrgId: { type: ['integer', 'null'], minimum: 1 } },
    required: ['role', 'scopeOrgId'],
    additionalProperties: false,
  },
  response: {
    200: {
      type: 'object',
      properties: {
        role: { type: 'string', enum: [...ROLES] },
        roleName: { type: 'string' },
        scopeOrgId: { type: ['integer', 'null'] },
        scopeOrgName: { type: ['string', 'null'] },
      },
      required: ['role', 'roleName', 'scopeOrgId', 'scopeOrgName'],
    },
    ...errorResponses,
  },
} as const;

export type OrgSelectionBody = OrgSelection;

const orgSelectionBody = {
  type: 'object',
  properties: {
    territoryId: { type: 'integer', minimum: 1 },
    type: { type: 'string', enum: [...ORG_TYPES] },
    groupId: { type: 'integer', minimum: 1 },
    withoutAccount: { type: 'boolean' },
    orgIds: { type: 'array', items: { type: 'integer', minimum: 1 }, maxItems: 5000 },
  },
  additionalProperties: false,
} as const;

export const previewOrgAccountsSchema = {
  tags: ['Пользователи'],
  summary: 'Учётные записи для организаций: какие организации попали в отбор и какие логины они получат (ничего не меняет)',
  body: orgSelectionBody,
  response: {
    200: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              orgId: { type: 'integer' },
              orgName: { type: 'string' },
              orgCode: { type: 'string' },
              territoryName: { type: ['string', 'null'] },
              login: { type: 'string' },
              existingAccounts: { type: 'integer' },
            },
            required: ['orgId', 'orgName', 'orgCode', 'territoryName', 'login', 'existingAccounts'],
          },
        },
        groups: {
          type: 'array',
          description: 'группы организаций с участниками на этой территории (для отбора по группе)',
          items: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } }, required: ['id', 'name'] },
        },
      },
      required: ['items', 'groups'],
    },
    ...errorResponses,
  },
} as const;

export const createOrgAccountsSchema = {
  tags: ['Пользователи'],
  summary:
    'Учётные записи для организаций: создать представителей отобранных организаций одним действием; ответ — книга XLSX с логинами и одноразовыми паролями (выдаётся один раз, нигде не хранится)',
  body: orgSelectionBody,
  response: { ...errorResponses },
} as const;
