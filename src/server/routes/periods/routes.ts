import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { createPeriod, listPeriods } from '../../../app/periods.ts';
import type { Database } from '../../../db/schema.ts';
import { ANY_USER, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import { createPeriodSchema, listPeriodsSchema, type CreatePeriodBody } from './schema.ts';

export function periodRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/periods', { config: { policy: ANY_USER }, schema: listPeriodsSchema }, async (request) => ({
    items: await listPeriods(contextOf(request, db)),
  }));

  app.post<{ Body: CreatePeriodBody }>(
    '/api/periods',
    { config: { policy: writeRoles('admin', 'regional_operator') }, schema: createPeriodSchema },
    async (request, reply) => reply.status(201).send({ period: await createPeriod(contextOf(request, db), request.body) }),
  );
}
