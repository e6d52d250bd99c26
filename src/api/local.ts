// What the `soko` command line asks of the running server (from this computer only).
import { Type as T, type Static } from '@sinclair/typebox';
import { ROLES } from '../domain/access/role.ts';
import { Nullable, StringEnum } from './common.ts';

export const LocalAddUserBody = T.Object(
  {
    login: T.String({ minLength: 1, maxLength: 64 }),
    fullName: T.String({ minLength: 1, maxLength: 200 }),
    role: StringEnum(ROLES),
    scopeCode: Nullable(T.String({ maxLength: 50 }), {
      description: 'код организации области видимости (null — для администратора)',
    }),
    password: T.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type LocalAddUserBody = Static<typeof LocalAddUserBody>;

export const LocalUserAdded = T.Object({ login: T.String(), roleName: T.String() });
export type LocalUserAdded = Static<typeof LocalUserAdded>;

export const LocalUnlockBody = T.Object({ login: T.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
export type LocalUnlockBody = Static<typeof LocalUnlockBody>;

export const LocalUnlocked = T.Object({ login: T.String(), cleared: T.Integer() });
export type LocalUnlocked = Static<typeof LocalUnlocked>;
