import type { SetupInput } from '../../../app/setup/complete-setup.ts';
import { errorResponses } from '../../common-schemas.ts';

export interface SetupParams {
  token: string;
}

export type SetupBody = SetupInput;

const tokenParams = {
  type: 'object',
  properties: { token: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['token'],
  additionalProperties: false,
} as const;

const codeField = { type: 'string', minLength: 1, maxLength: 50 } as const;

export const checkSetupSchema = {
  tags: ['Первоначальная настройка'],
  summary: 'Действует ли адрес первоначальной настройки',
  params: tokenParams,
  response: {
    200: {
      type: 'object',
      properties: { expiresAt: { type: 'string', description: 'до какого момента действует адрес (ISO)' } },
      required: ['expiresAt'],
    },
    ...errorResponses,
  },
} as const;

export const completeSetupSchema = {
  tags: ['Первоначальная настройка'],
  summary: 'Создать первого администратора, регион и его муниципалитеты (адрес действует один раз)',
  params: tokenParams,
  body: {
    type: 'object',
    properties: {
      admin: {
        type: 'object',
        properties: {
          login: { type: 'string', minLength: 1, maxLength: 64 },
          fullName: { type: 'string', minLength: 1, maxLength: 200 },
          password: { type: 'string', minLength: 1, maxLength: 256 },
          passwordRepeat: { type: 'string', maxLength: 256 },
        },
        required: ['login', 'fullName', 'password', 'passwordRepeat'],
        additionalProperties: false,
      },
      region: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 500 },
          code: codeField,
          oktmo: { type: ['string', 'null'], maxLength: 20 },
          okato: { type: ['string', 'null'], maxLength: 20 },
        },
        required: ['name', 'code'],
        additionalProperties: false,
      },
      municipalities: {
        type: 'array',
        maxItems: 1000,
        items: {
          type: 'object',
          properties: { name: { type: 'string', maxLength: 500 }, code: { type: 'string', maxLength: 50 } },
          required: ['name', 'code'],
          additionalProperties: false,
        },
      },
    },
    required: ['admin', 'region', 'municipalities'],
    additionalProperties: false,
  },
  response: {
    201: {
      type: 'object',
      properties: { login: { type: 'string' }, regionId: { type: 'integer' }, municipalities: { type: 'integer' } },
      required: ['login', 'regionId', 'municipalities'],
    },
    ...errorResponses,
  },
} as const;
