import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { computeResults } from '../../../app/results/compute-results.ts';
import { explainValue } from '../../../app/results/explain-value.ts';
import { getComparison, listComparisons } from '../../../app/results/rating-queries.ts';
import type { Database } from '../../../db/schema.ts';
import { ANY_USER, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import {
  computeSchema,
  explainSchema,
  getRatingSchema,
  listRatingsSchema,
  type ComputeBody,
  type ExplainQuery,
  type RatingQuery,
  type RatingsQuery,
} from './schema.ts';

export function resultRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.post<{ Body: ComputeBody }>(
    '/api/results/compute',
    { config: { policy: writeRoles('admin', 'regional_operator') }, schema: computeSchema },
    async (request) => computeResults(contextOf(request, db), { frameworkId: request.body.catalogueId, periodId: request.body.periodId }),
  );

  app.get<{ Querystring: RatingsQuery }>('/api/ratings', { config: { policy: ANY_USER }, schema: listRatingsSchema }, async (request) => ({
    items: await listComparisons(contextOf(request, db), request.query.catalogueId, request.query.periodId),
  }));

  app.get<{ Querystring: RatingQuery }>('/api/ratings/view', { config: { policy: ANY_USER }, schema: getRatingSchema }, async (request) =>
    getComparison(contextOf(request, db), request.query.catalogueId, request.query.periodId, request.query.key),
  );

  app.get<{ Querystring: ExplainQuery }>('/api/results/explain', { config: { policy: ANY_USER }, schema: explainSchema }, async (request) =>
    explainValue(contextOf(request, db), request.query.catalogueId, request.query.periodId, request.query.orgId, request.query.indicator),
  );
}
