// A territory's working group: its members and the order that formed it (seed 004 §2.2).
import { Type as T, type Static } from '@sinclair/typebox';
import { MEMBER_ROLES } from '../domain/report/working-group-roles.ts';
import { Nullable, StringEnum } from './common.ts';

const Text = (maxLength: number) => T.String({ maxLength });

export const WorkingGroupQuery = T.Object({ territoryId: T.Optional(T.Integer({ minimum: 1 })) }, { additionalProperties: false });
export type WorkingGroupQuery = Static<typeof WorkingGroupQuery>;

export const WorkingGroupMember = T.Object(
  { fullName: Text(200), post: Text(300), role: StringEnum(MEMBER_ROLES) },
  { additionalProperties: false },
);
export type WorkingGroupMember = Static<typeof WorkingGroupMember>;

export const WorkingGroupInput = T.Object(
  {
    territoryId: T.Optional(T.Integer({ minimum: 1 })),
    name: Text(300),
    orderNumber: Text(50),
    orderDate: Text(20),
    members: T.Array(WorkingGroupMember, { maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type WorkingGroupInput = Static<typeof WorkingGroupInput>;

export const WorkingGroup = T.Object({
  territory: T.Object({ id: T.Integer(), name: T.String() }),
  name: T.String(),
  orderNumber: Nullable(T.String()),
  orderDate: Nullable(T.String()),
  members: T.Array(WorkingGroupMember),
  updatedAt: Nullable(T.String(), { description: 'Когда состав записан (null — группа ещё не сформирована)' }),
});
export type WorkingGroup = Static<typeof WorkingGroup>;

export const WorkingGroupOne = T.Object({ group: WorkingGroup });
export type WorkingGroupOne = Static<typeof WorkingGroupOne>;
