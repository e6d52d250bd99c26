import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { closePeriod, createPeriod, listPeriods, reopenPeriod, updatePeriod } from '../../../app/periods.ts';
import type { Database } from '../../../db/schema.ts';
import { ANY_USER, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import { closePeriodSchema, createPeriodSchema, listPeriodsSchema, reopenPeriodSchema, updatePeriodSchema } from './schema.ts';
import type { IdParams } from '../../../api/common.ts';
import type { NewPeriod, PeriodChanges, PeriodList, PeriodOne } from '../../../api/periods.ts';

export function periodRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Reply: PeriodList }>('/api/periods', { config: { policy: ANY_USER }, schema: listPeriodsSchema }, async (request) => ({
    items: await listPeriods(contextOf(request, db)),
  }));

  app.post<{ Body: NewPeriod; Reply: PeriodOne }>(
    '/api/periods',
    { config: { policy: writeRoles('admin', 'regional_operator') }, schema: createPeriodSchema },
    async (request, reply) => reply.status(201).send({ period: await createPeriod(contextOf(request, db), request.body) }),
  );

  app.patch<{ Params: IdParams; Body: PeriodChanges; Reply: PeriodOne }>(
    '/api/periods/:id',
    { config: { policy: writeRoles('admin', 'regional_operator') }, schema: updatePeriodSchema },
    async (request) => ({ period: await updatePeriod(contextOf(request, db), request.params.id, request.body) }),
  );

  app.post<{ Params: IdParams; Reply: PeriodOne }>(
    '/api/periods/:id/close',
    { config: { policy: writeRoles('admin', 'regional_operator') }, schema: closePeriodSchema },
    async (request) => ({ period: await closePeriod(contextOf(request, db), request.params.id) }),
  );

  app.post<{ Params: IdParams; Reply: PeriodOne }>(
    '/api/periods/:id/reopen',
    { config: { policy: writeRoles('admin', 'regional_operator') }, schema: reopenPeriodSchema },
    async (request) => ({ period: await reopenPeriod(contextOf(request, db), request.params.id) }),
  );
}
