import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { computeResults } from '../../../app/results/compute-results.ts';
import { explainValue } from '../../../app/results/explain-value.ts';
import { getIndicatorPage } from '../../../app/results/indicator-page.ts';
import { orgCard } from '../../../app/results/org-card.ts';
import { clusterSelection, listClusterings, viewRating } from '../../../app/results/comparison-clusters.ts';
import { exportRatingWorkbook } from '../../../app/results/rating-workbook.ts';
import { listComparisons } from '../../../app/results/rating-queries.ts';
import { resultsReadiness } from '../../../app/results/results-readiness.ts';
import { RESULT_COMPUTE_ROLES } from '../../../domain/results/results-readiness.ts';
import type { ReadinessQuery, ResultsReadiness } from '../../../api/results-readiness.ts';
import type { Database } from '../../../db/schema.ts';
import { ANY_USER, writeRoles } from '../../route-policy.ts';
import { attachment } from '../../content-disposition.ts';
import { contextOf } from '../../use-case-context.ts';
import { XLSX_TYPE } from '../catalogues/routes.ts';
import {
  cardSchema,
  computeSchema,
  explainSchema,
  exportRatingSchema,
  getRatingSchema,
  indicatorPageSchema,
  listClustersSchema,
  listRatingsSchema,
  readinessSchema,
} from './schema.ts';
import type { IndicatorPageQuery, IndicatorPageView } from '../../../api/indicator-page.ts';
import type { ClusteringsView, ComparisonList, RatingQuery, RatingsQuery, RatingView, RatingViewQuery } from '../../../api/ratings.ts';
import type { CardQuery, OrgCardView } from '../../../api/result-card.ts';
import type { ComputeBody, ComputeReport, ExplainQuery, ValueExplanation } from '../../../api/results.ts';

export function resultRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.post<{ Body: ComputeBody; Reply: ComputeReport }>(
    '/api/results/compute',
    { config: { policy: writeRoles(...RESULT_COMPUTE_ROLES) }, schema: computeSchema },
    async (request) =>
      computeResults(contextOf(request, db), {
        frameworkId: request.body.catalogueId,
        periodId: request.body.periodId,
        ...(request.body.orgId !== undefined ? { orgId: request.body.orgId } : {}),
      }),
  );

  app.get<{ Querystring: RatingsQuery; Reply: ComparisonList }>(
    '/api/ratings',
    { config: { policy: ANY_USER }, schema: listRatingsSchema },
    async (request) => ({
      items: await listComparisons(contextOf(request, db), request.query.catalogueId, request.query.periodId),
    }),
  );

  app.get<{ Querystring: ReadinessQuery; Reply: ResultsReadiness }>(
    '/api/ratings/readiness',
    { config: { policy: ANY_USER }, schema: readinessSchema },
    async (request) => resultsReadiness(contextOf(request, db), request.query),
  );

  app.get<{ Querystring: RatingViewQuery; Reply: RatingView }>(
    '/api/ratings/view',
    { config: { policy: ANY_USER }, schema: getRatingSchema },
    async (request) => {
      const q = request.query;
      const within = clusterSelection(q.clustering, q.cluster);
      return viewRating(contextOf(request, db), q.catalogueId, q.periodId, q.key, within, { explain: true });
    },
  );

  app.get<{ Querystring: RatingQuery; Reply: ClusteringsView }>(
    '/api/ratings/clusters',
    { config: { policy: ANY_USER }, schema: listClustersSchema },
    async (request) => listClusterings(contextOf(request, db), request.query.catalogueId, request.query.periodId, request.query.key),
  );

  app.get<{ Querystring: RatingViewQuery }>(
    '/api/ratings/export',
    { config: { policy: ANY_USER }, schema: exportRatingSchema },
    async (request, reply) => {
      const q = request.query;
      const within = clusterSelection(q.clustering, q.cluster);
      const { fileName, file } = await exportRatingWorkbook(contextOf(request, db), q.catalogueId, q.periodId, q.key, within);
      return reply
        .type(XLSX_TYPE)
        .header('Content-Disposition', attachment(fileName, `rating-${q.periodId}.xlsx`))
        .send(file);
    },
  );

  app.get<{ Querystring: ExplainQuery; Reply: ValueExplanation }>(
    '/api/results/explain',
    { config: { policy: ANY_USER }, schema: explainSchema },
    async (request) =>
      explainValue(contextOf(request, db), request.query.catalogueId, request.query.periodId, request.query.orgId, request.query.indicator),
  );

  app.get<{ Querystring: IndicatorPageQuery; Reply: IndicatorPageView }>(
    '/api/results/indicator',
    { config: { policy: ANY_USER }, schema: indicatorPageSchema },
    async (request) =>
      getIndicatorPage(contextOf(request, db), {
        frameworkId: request.query.catalogueId,
        periodId: request.query.periodId,
        key: request.query.key,
        indicatorCode: request.query.indicator,
      }),
  );

  app.get<{ Querystring: CardQuery; Reply: OrgCardView }>(
    '/api/results/card',
    { config: { policy: ANY_USER }, schema: cardSchema },
    async (request) => orgCard(contextOf(request, db), { catalogueId: request.query.catalogueId, orgId: request.query.orgId }),
  );
}
