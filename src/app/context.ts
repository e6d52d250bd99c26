import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from './actor.ts';

/** What a use case needs: the database, who acts, and the request id for the audit trail. */
export interface UseCaseContext {
  db: Kysely<Database>;
  actor: Actor;
  requestId: string | null;
}
