import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../app/app-error.ts';
import type { UseCaseContext } from '../app/context.ts';
import type { Database } from '../db/schema.ts';

/** The use-case context of an authenticated request (the auth hook has set the actor). */
export function contextOf(request: FastifyRequest, db: Kysely<Database>): UseCaseContext {
  if (!request.actor) throw new AppError('unauthenticated', 'Войдите в систему.');
  return { db, actor: request.actor, requestId: request.id, log: request.log };
}
