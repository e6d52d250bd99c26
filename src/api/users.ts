// User accounts as administrators and operators manage them.
import { Type as T, type Static } from '@sinclair/typebox';
import { ROLES } from '../domain/access/role.ts';
import { ORG_TYPES } from '../domain/org/org-kind.ts';
import { Items, Nullable, StringEnum } from './common.ts';
import { Me } from './me.ts';

/** A user as administrators see it: what the user sees of themself, plus the account's state. */
export const UserView = T.Object({
  ...Me.properties,
  isActive: T.Boolean(),
  lockedUntil: Nullable(T.String(), {
    description: 'до какого момента вход закрыт после неудачных попыток (с какого-то адреса или со всех), или null',
  }),
  lastLoginAt: Nullable(T.String(), { description: 'когда пользователь входил последний раз, или null' }),
});
export type UserView = Static<typeof UserView>;

/** What the users page filters by; `locked`: failed password checks close the login now. */
export const USER_STATUSES = ['active', 'blocked', 'locked', 'must_change_password'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const UserFilter = T.Object(
  {
    role: T.Optional(StringEnum(ROLES)),
    territoryId: T.Optional(T.Integer({ minimum: 1, description: 'территория (или любая организация): пользователи в её пределах' })),
    status: T.Optional(StringEnum(USER_STATUSES)),
  },
  { additionalProperties: false },
);
export type UserFilter = Static<typeof UserFilter>;

export const UserList = Items(UserView);
export type UserList = Static<typeof UserList>;

export const NewUser = T.Object(
  {
    login: T.String({ minLength: 3, maxLength: 64 }),
    fullName: T.String({ minLength: 1, maxLength: 200 }),
    role: StringEnum(ROLES),
    scopeOrgId: Nullable(T.Integer({ minimum: 1 })),
    password: T.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type NewUser = Static<typeof NewUser>;

export const UserOne = T.Object({ user: UserView });
export type UserOne = Static<typeof UserOne>;

export const UserUnlocked = T.Object({ cleared: T.Integer({ description: 'сколько неудачных попыток снято' }) });
export type UserUnlocked = Static<typeof UserUnlocked>;

export const UserBlocked = T.Object({ sessionsEnded: T.Integer() });
export type UserBlocked = Static<typeof UserBlocked>;

export const UserUnblocked = T.Object({ isActive: T.Boolean() });
export type UserUnblocked = Static<typeof UserUnblocked>;

export const NewPassword = T.Object({ login: T.String(), password: T.String() });
export type NewPassword = Static<typeof NewPassword>;

export const AccessChange = T.Object(
  { role: StringEnum(ROLES), scopeOrgId: Nullable(T.Integer({ minimum: 1 })) },
  { additionalProperties: false },
);
export type AccessChange = Static<typeof AccessChange>;

export const UserAccess = T.Object({
  role: StringEnum(ROLES),
  roleName: T.String(),
  scopeOrgId: Nullable(T.Integer()),
  scopeOrgName: Nullable(T.String()),
});
export type UserAccess = Static<typeof UserAccess>;

/** Which organisations get representative accounts. */
export const OrgSelection = T.Object(
  {
    territoryId: T.Optional(T.Integer({ minimum: 1, description: 'территория; по умолчанию — зона доступа вызывающего' })),
    type: T.Optional(StringEnum(ORG_TYPES)),
    groupId: T.Optional(T.Integer({ minimum: 1 })),
    withoutAccount: T.Optional(T.Boolean({ description: 'только организации без учётной записи представителя' })),
    orgIds: T.Optional(T.Array(T.Integer({ minimum: 1 }), { maxItems: 5000, description: 'из них только эти' })),
  },
  { additionalProperties: false },
);
export type OrgSelection = Static<typeof OrgSelection>;

export const OrgAccountPreview = T.Object({
  orgId: T.Integer(),
  orgName: T.String(),
  orgCode: T.String(),
  territoryName: Nullable(T.String()),
  login: T.String({ description: 'логин, который получит учётная запись' }),
  existingAccounts: T.Integer({ description: 'сколько учётных записей представителей уже есть' }),
});
export type OrgAccountPreview = Static<typeof OrgAccountPreview>;

export const AccountGroup = T.Object({ id: T.Integer(), name: T.String() });
export type AccountGroup = Static<typeof AccountGroup>;

export const OrgAccountsPreview = T.Object({
  items: T.Array(OrgAccountPreview),
  groups: T.Array(AccountGroup, { description: 'группы организаций с участниками на этой территории (для отбора по группе)' }),
});
export type OrgAccountsPreview = Static<typeof OrgAccountsPreview>;
