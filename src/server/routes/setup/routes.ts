import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { completeSetup } from '../../../app/setup/complete-setup.ts';
import { checkSetupToken } from '../../../app/setup/setup-token.ts';
import type { Database } from '../../../db/schema.ts';
import { PUBLIC } from '../../route-policy.ts';
import { checkSetupSchema, completeSetupSchema } from './schema.ts';
import type { SetupBody, SetupDone, SetupParams, SetupTokenState } from '../../../api/setup.ts';

/**
 * First-run setup: public, the one-time token in the path is the credential. Every answer but
 * success is 404 once an administrator exists or the token is spent, unknown or expired.
 */
export function setupRoutes(app: FastifyInstance, db: Kysely<Database>, now: () => Date, onComplete?: () => void): void {
  app.get<{ Params: SetupParams; Reply: SetupTokenState }>(
    '/api/setup/:token',
    { config: { policy: PUBLIC }, schema: checkSetupSchema },
    async (request) => checkSetupToken(db, request.params.token, now()),
  );

  app.post<{ Params: SetupParams; Body: SetupBody; Reply: SetupDone }>(
    '/api/setup/:token',
    { config: { policy: PUBLIC }, schema: completeSetupSchema },
    async (request, reply) => {
      const done = await completeSetup(db, request.params.token, request.body, { now: now(), requestId: request.id });
      onComplete?.();
      return reply.status(201).send(done);
    },
  );
}
