// Signing in and out, the signed-in user's own password and sessions.
import { Type as T, type Static } from '@sinclair/typebox';
import { Me } from './me.ts';

export const LoginBody = T.Object(
  {
    login: T.String({ minLength: 1, maxLength: 64 }),
    password: T.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const SignedInUser = T.Object({ user: Me });
export type SignedInUser = Static<typeof SignedInUser>;

export const LoggedOut = T.Object({ ok: T.Boolean() });
export type LoggedOut = Static<typeof LoggedOut>;

export const ChangePasswordBody = T.Object(
  {
    currentPassword: T.String({ minLength: 1, maxLength: 256 }),
    newPassword: T.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const SessionsEnded = T.Object({
  sessionsEnded: T.Integer({ description: 'сколько других сеансов завершено' }),
});
export type SessionsEnded = Static<typeof SessionsEnded>;
