// The audit log: who changed what, when, before and after.
import { Type as T, type Static } from '@sinclair/typebox';
import { Nullable, PageOf } from './common.ts';

export const AuditQuery = T.Object(
  {
    limit: T.Optional(T.Integer({ minimum: 1, maximum: 500 })),
    offset: T.Optional(T.Integer({ minimum: 0 })),
    entity: T.Optional(T.String({ maxLength: 50 })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

/** One change; `before` and `after` are the changed record as it was stored (free-form JSON). */
export const AuditView = T.Object({
  id: T.Integer(),
  at: T.String(),
  userId: Nullable(T.Integer()),
  userLogin: Nullable(T.String()),
  action: T.String(),
  entity: T.String(),
  entityId: Nullable(T.String()),
  entityName: Nullable(T.String({ description: 'Объект, как его называют: организация, пользователь, кампания…' })),
  before: T.Unknown({ description: 'запись до изменения' }),
  after: T.Unknown({ description: 'запись после изменения' }),
});
export type AuditView = Static<typeof AuditView>;

export const AuditPage = PageOf(AuditView);
export type AuditPage = Static<typeof AuditPage>;
