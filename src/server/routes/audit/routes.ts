import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { listAudit } from '../../../app/audit-log.ts';
import type { Database } from '../../../db/schema.ts';
import { errorResponses } from '../../common-schemas.ts';
import { rolesOnly } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';

interface AuditQuery {
  limit?: number;
  offset?: number;
  entity?: string;
}

const auditSchema = {
  tags: ['Журнал изменений'],
  summary: 'Журнал изменений: кто, когда, что, до и после',
  querystring: {
    type: 'object',
    properties: {
      limit: { type: 'integer', minimum: 1, maximum: 500 },
      offset: { type: 'integer', minimum: 0 },
      entity: { type: 'string', maxLength: 50 },
    },
    additionalProperties: false,
  },
  response: {
    200: {
      type: 'object',
      properties: {
        total: { type: 'integer' },
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'integer' },
              at: { type: 'string' },
              userId: { type: ['integer', 'null'] },
              userLogin: { type: ['string', 'null'] },
              action: { type: 'string' },
              entity: { type: 'string' },
              entityId: { type: ['string', 'null'] },
              before: {},
              after: {},
            },
          },
        },
      },
      required: ['total', 'items'],
    },
    ...errorResponses,
  },
} as const;

export function auditRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Querystring: AuditQuery }>('/api/audit', { config: { policy: rolesOnly('admin') }, schema: auditSchema }, async (request) =>
    listAudit(contextOf(request, db), {
      limit: request.query.limit ?? 50,
      offset: request.query.offset ?? 0,
      entity: request.query.entity,
    }),
  );
}
