// The signed-in user as the UI sees them.
import { Type as T, type Static } from '@sinclair/typebox';
import { ROLES } from '../domain/access/role.ts';
import { Nullable, StringEnum } from './common.ts';

export const Me = T.Object({
  id: T.Integer(),
  login: T.String(),
  fullName: T.String(),
  role: StringEnum(ROLES),
  roleName: T.String(),
  scopeOrgId: Nullable(T.Integer()),
  scopeOrgName: Nullable(T.String()),
  mustChangePassword: T.Boolean({ description: 'пароль выдан другим: до его смены доступна только смена пароля' }),
});
export type Me = Static<typeof Me>;
