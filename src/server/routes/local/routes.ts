import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { addUserByCli, CLI_ACTOR, unlockUserByCli } from '../../../app/cli-user-commands.ts';
import type { Database } from '../../../db/schema.ts';
import { LOCAL_ONLY } from '../../route-policy.ts';
import { localAddUserSchema, localUnlockSchema } from './schema.ts';
import type { LocalAddUserBody, LocalUnlockBody, LocalUnlocked, LocalUserAdded } from '../../../api/local.ts';

/**
 * What the `soko` CLI does through the running server when the embedded database is the
 * server's (locked): the same use cases, audited as the CLI's.
 */
export function localRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.post<{ Body: LocalAddUserBody; Reply: LocalUserAdded }>(
    '/api/local/users',
    { config: { policy: LOCAL_ONLY }, schema: localAddUserSchema },
    async (request, reply) => {
      const user = await addUserByCli({ db, actor: CLI_ACTOR, requestId: request.id }, request.body);
      return reply.status(201).send({ login: user.login, roleName: user.roleName });
    },
  );

  app.post<{ Body: LocalUnlockBody; Reply: LocalUnlocked }>(
    '/api/local/users/unlock',
    { config: { policy: LOCAL_ONLY }, schema: localUnlockSchema },
    async (request) => unlockUserByCli({ db, actor: CLI_ACTOR, requestId: request.id }, request.body.login),
  );
}
