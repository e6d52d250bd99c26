import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { unlockUser } from '../../../app/unlock-user.ts';
import { createUser, listUsers } from '../../../app/users.ts';
import type { Database } from '../../../db/schema.ts';
import { rolesOnly, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import { createUserSchema, listUsersSchema, unlockUserSchema, type CreateUserBody } from './schema.ts';

export function userRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/users', { config: { policy: rolesOnly('admin') }, schema: listUsersSchema }, async (request) => ({
    items: await listUsers(contextOf(request, db)),
  }));

  app.post<{ Body: CreateUserBody }>(
    '/api/users',
    { config: { policy: writeRoles('admin') }, schema: createUserSchema },
    async (request, reply) => reply.status(201).send({ user: await createUser(contextOf(request, db), request.body) }),
  );

  app.post<{ Params: { id: number } }>(
    '/api/users/:id/unlock',
    { config: { policy: writeRoles('admin') }, schema: unlockUserSchema },
    async (request) => unlockUser(contextOf(request, db), request.params.id),
  );
}
