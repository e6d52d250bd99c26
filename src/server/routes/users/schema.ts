import { errorResponses, IdParams } from '../../../api/common.ts';
import {
  AccessChange,
  NewPassword,
  NewUser,
  OrgAccountsPreview,
  OrgSelection,
  UserAccess,
  UserBlocked,
  UserFilter,
  UserList,
  UserOne,
  UserUnblocked,
  UserUnlocked,
} from '../../../api/users.ts';

export const listUsersSchema = {
  tags: ['Пользователи'],
  summary: 'Пользователи системы (администратору — все, оператору — своей территории)',
  querystring: UserFilter,
  response: { 200: UserList, ...errorResponses },
};

export const createUserSchema = {
  tags: ['Пользователи'],
  summary: 'Добавить пользователя',
  body: NewUser,
  response: { 201: UserOne, ...errorResponses },
};

export const unlockUserSchema = {
  tags: ['Пользователи'],
  summary: 'Снять блокировку входа после неудачных попыток (со всех адресов)',
  params: IdParams,
  response: { 200: UserUnlocked, ...errorResponses },
};

export const blockUserSchema = {
  tags: ['Пользователи'],
  summary: 'Заблокировать учётную запись: её сеансы завершаются сразу, вход закрыт',
  params: IdParams,
  response: { 200: UserBlocked, ...errorResponses },
};

export const unblockUserSchema = {
  tags: ['Пользователи'],
  summary: 'Разблокировать учётную запись',
  params: IdParams,
  response: { 200: UserUnblocked, ...errorResponses },
};

export const resetPasswordSchema = {
  tags: ['Пользователи'],
  summary: 'Выдать новый одноразовый пароль (показывается один раз; при входе его нужно сменить)',
  params: IdParams,
  response: { 200: NewPassword, ...errorResponses },
};

export const changeAccessSchema = {
  tags: ['Пользователи'],
  summary: 'Изменить роль и зону доступа (в пределах того, что может выдать вызывающий)',
  params: IdParams,
  body: AccessChange,
  response: { 200: UserAccess, ...errorResponses },
};

export const previewOrgAccountsSchema = {
  tags: ['Пользователи'],
  summary: 'Учётные записи для организаций: какие организации попали в отбор и какие логины они получат (ничего не меняет)',
  body: OrgSelection,
  response: { 200: OrgAccountsPreview, ...errorResponses },
};

export const createOrgAccountsSchema = {
  tags: ['Пользователи'],
  summary:
    'Учётные записи для организаций: создать представителей отобранных организаций одним действием; ответ — книга XLSX с логинами и одноразовыми паролями (выдаётся один раз, нигде не хранится)',
  body: OrgSelection,
  response: { ...errorResponses },
};
