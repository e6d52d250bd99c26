import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { listAudit } from '../../../app/audit-log.ts';
import type { Database } from '../../../db/schema.ts';
import { rolesOnly } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import { auditSchema } from './schema.ts';
import type { AuditPage, AuditQuery } from '../../../api/audit.ts';

export function auditRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Querystring: AuditQuery; Reply: AuditPage }>(
    '/api/audit',
    { config: { policy: rolesOnly('admin') }, schema: auditSchema },
    async (request) =>
      listAudit(contextOf(request, db), {
        limit: request.query.limit ?? 50,
        offset: request.query.offset ?? 0,
        entity: request.query.entity,
      }),
  );
}
