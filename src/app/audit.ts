import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from './actor.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends an audit row; call it inside the transaction that makes the change. */
export async function writeAudit(trx: Kysely<Database>, actor: Actor, entry: AuditEntry, requestId: string | null = null): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      user_id: actor.userId === 0 ? null : actor.userId,
      user_login: actor.login,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === null ? null : String(entry.entityId),
      before: JSON.stringify(entry.before ?? null),
      after: JSON.stringify(entry.after ?? null),
      request_id: requestId,
    })
    .execute();
}
