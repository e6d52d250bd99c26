import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import type { AppLogger } from './log-swallowed.ts';

/** What a use case needs: the database, who acts, and the request id for the audit trail. */
export interface UseCaseContext {
  db: Kysely<Database>;
  actor: Actor;
  requestId: string | null;
  /** The request's logger (the server passes Fastify's); without it, errors a use case swallows go to the console. */
  log?: AppLogger;
}
