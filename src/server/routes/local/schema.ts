import { errorResponses } from '../../../api/common.ts';
import { LocalAddUserBody, LocalUnlockBody, LocalUnlocked, LocalUserAdded } from '../../../api/local.ts';

export const localAddUserSchema = {
  tags: ['Командная строка'],
  summary: 'soko user add рядом с работающим сервером (только с этого компьютера, по ключу запуска)',
  body: LocalAddUserBody,
  response: { 201: LocalUserAdded, ...errorResponses },
};

export const localUnlockSchema = {
  tags: ['Командная строка'],
  summary: 'soko user unlock рядом с работающим сервером (только с этого компьютера, по ключу запуска)',
  body: LocalUnlockBody,
  response: { 200: LocalUnlocked, ...errorResponses },
};
