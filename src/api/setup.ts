// First-run setup: the first administrator, the region and its municipalities.
import { Type as T, type Static } from '@sinclair/typebox';
import { Nullable } from './common.ts';

export const SetupParams = T.Object({ token: T.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export type SetupParams = Static<typeof SetupParams>;

export const SetupTokenState = T.Object({
  expiresAt: T.String({ description: 'до какого момента действует адрес (ISO)' }),
});
export type SetupTokenState = Static<typeof SetupTokenState>;

export const SetupBody = T.Object(
  {
    admin: T.Object(
      {
        login: T.String({ minLength: 1, maxLength: 64 }),
        fullName: T.String({ minLength: 1, maxLength: 200 }),
        password: T.String({ minLength: 1, maxLength: 256 }),
        passwordRepeat: T.String({ maxLength: 256 }),
      },
      { additionalProperties: false },
    ),
    region: T.Object(
      {
        name: T.String({ minLength: 1, maxLength: 500 }),
        code: T.String({ minLength: 1, maxLength: 50 }),
        oktmo: T.Optional(Nullable(T.String({ maxLength: 20 }))),
        okato: T.Optional(Nullable(T.String({ maxLength: 20 }))),
      },
      { additionalProperties: false },
    ),
    municipalities: T.Array(
      T.Object({ name: T.String({ maxLength: 500 }), code: T.String({ maxLength: 50 }) }, { additionalProperties: false }),
      { maxItems: 1000 },
    ),
  },
  { additionalProperties: false },
);
export type SetupBody = Static<typeof SetupBody>;

export const SetupDone = T.Object({ login: T.String(), regionId: T.Integer(), municipalities: T.Integer() });
export type SetupDone = Static<typeof SetupDone>;
