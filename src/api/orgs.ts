// Organisations: the region, its municipalities and their educational organisations.
import { Type as T, type Static } from '@sinclair/typebox';
import { ORG_KINDS, ORG_TYPES } from '../domain/org/org-kind.ts';
import { IsoDate, Nullable, StringEnum } from './common.ts';

export const OrgSummary = T.Object({
  id: T.Integer(),
  parentId: Nullable(T.Integer()),
  kind: StringEnum(ORG_KINDS),
  type: Nullable(StringEnum(ORG_TYPES)),
  name: T.String(),
  shortName: Nullable(T.String()),
  code: T.String(),
  childCount: T.Integer(),
  isDemo: T.Boolean(),
  closedOn: Nullable(IsoDate(), { description: 'Закрыта с этой даты (null — действует)' }),
  mergedInto: Nullable(T.Object({ id: T.Integer(), name: T.String() }), { description: 'С какой организацией объединена' }),
});
export type OrgSummary = Static<typeof OrgSummary>;
