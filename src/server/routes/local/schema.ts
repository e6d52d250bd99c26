import type { CliUserInput } from '../../../app/cli-user-commands.ts';
import { ROLES } from '../../../domain/access/role.ts';
import { errorResponses } from '../../common-schemas.ts';

export type LocalAddUserBody = CliUserInput;

export const localAddUserSchema = {
  tags: ['Командная строка'],
  summary: 'soko user add рядом с работающим сервером (только с этого компьютера, по ключу запуска)',
  body: {
    type: 'object',
    properties: {
      login: { type: 'string', minLength: 1, maxLength: 64 },
      fullName: { type: 'string', minLength: 1, maxLength: 200 },
      role: { type: 'string', enum: [...ROLES] },
      scopeCode: { type: ['string', 'null'], maxLength: 50 },
      password: { type: 'string', minLength: 1, maxLength: 256 },
    },
    required: ['login', 'fullName', 'role', 'scopeCode', 'password'],
    additionalProperties: false,
  },
  response: {
    201: {
      type: 'object',
      properties: { login: { type: 'string' }, roleName: { type: 'string' } },
      required: ['login', 'roleName'],
    },
    ...errorResponses,
  },
} as const;

export interface LocalUnlockBody {
  login: string;
}

export const localUnlockSchema = {
  tags: ['Командная строка'],
  summary: 'soko user unlock рядом с работающим сервером (только с этого компьютера, по ключу запуска)',
  body: {
    type: 'object',
    properties: { login: { type: 'string', minLength: 1, maxLength: 64 } },
    required: ['login'],
    additionalProperties: false,
  },
  response: {
    200: {
      type: 'object',
      properties: { login: { type: 'string' }, cleared: { type: 'integer' } },
      required: ['login', 'cleared'],
    },
    ...errorResponses,
  },
} as const;
