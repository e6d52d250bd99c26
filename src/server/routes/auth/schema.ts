import { errorSchema, meSchema } from '../../common-schemas.ts';

export interface LoginBody {
  login: string;
  password: string;
}

export const loginSchema = {
  tags: ['Вход'],
  summary: 'Вход по логину и паролю; ставит cookie сессии',
  body: {
    type: 'object',
    properties: {
      login: { type: 'string', minLength: 1, maxLength: 64 },
      password: { type: 'string', minLength: 1, maxLength: 256 },
    },
    required: ['login', 'password'],
    additionalProperties: false,
  },
  response: {
    200: { type: 'object', properties: { user: meSchema }, required: ['user'] },
    400: errorSchema,
    401: errorSchema,
    429: errorSchema,
  },
} as const;

export const logoutSchema = {
  tags: ['Вход'],
  summary: 'Выход: завершает сессию',
  response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } },
} as const;

export const meRouteSchema = {
  tags: ['Вход'],
  summary: 'Текущий пользователь',
  response: { 200: { type: 'object', properties: { user: meSchema }, required: ['user'] }, 401: errorSchema },
} as const;

export interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}

const sessionsEndedSchema = {
  type: 'object',
  properties: { sessionsEnded: { type: 'integer', description: 'сколько других сеансов завершено' } },
  required: ['sessionsEnded'],
} as const;

export const changePasswordSchema = {
  tags: ['Вход'],
  summary: 'Сменить свой пароль (нужен текущий); другие сеансы пользователя завершаются',
  body: {
    type: 'object',
    properties: {
      currentPassword: { type: 'string', minLength: 1, maxLength: 256 },
      newPassword: { type: 'string', minLength: 1, maxLength: 256 },
    },
    required: ['currentPassword', 'newPassword'],
    additionalProperties: false,
  },
  response: { 200: sessionsEndedSchema, 400: errorSchema, 401: errorSchema, 429: errorSchema },
} as const;

export const endOtherSessionsSchema = {
  tags: ['Вход'],
  summary: 'Выйти на других устройствах: завершить все сеансы пользователя, кроме текущего',
  response: { 200: sessionsEndedSchema, 401: errorSchema },
} as const;
