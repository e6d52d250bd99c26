import { ApiErrorBody } from '../../../api/common.ts';
import { ChangePasswordBody, LoggedOut, LoginBody, SessionsEnded, SignedInUser } from '../../../api/auth.ts';

export const loginSchema = {
  tags: ['Вход'],
  summary: 'Вход по логину и паролю; ставит cookie сессии',
  body: LoginBody,
  response: { 200: SignedInUser, 400: ApiErrorBody, 401: ApiErrorBody, 429: ApiErrorBody },
};

export const logoutSchema = {
  tags: ['Вход'],
  summary: 'Выход: завершает сессию',
  response: { 200: LoggedOut },
};

export const meRouteSchema = {
  tags: ['Вход'],
  summary: 'Текущий пользователь',
  response: { 200: SignedInUser, 401: ApiErrorBody },
};

export const changePasswordSchema = {
  tags: ['Вход'],
  summary: 'Сменить свой пароль (нужен текущий); другие сеансы пользователя завершаются',
  body: ChangePasswordBody,
  response: { 200: SessionsEnded, 400: ApiErrorBody, 401: ApiErrorBody, 429: ApiErrorBody },
};

export const endOtherSessionsSchema = {
  tags: ['Вход'],
  summary: 'Выйти на других устройствах: завершить все сеансы пользователя, кроме текущего',
  response: { 200: SessionsEnded, 401: ApiErrorBody },
};
