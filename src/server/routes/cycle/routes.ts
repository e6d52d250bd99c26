import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { CAMPAIGN_OPERATORS } from '../../../app/campaigns/campaign-record.ts';
import { createCycleAction, listCycleActions, updateCycleActionStatus } from '../../../app/cycle/cycle-actions.ts';
import { effectivenessOf } from '../../../app/cycle/effectiveness-analysis.ts';
import { effectivenessReport, saveEffectiveness, startNextCycle } from '../../../app/cycle/effectiveness-record.ts';
import {
  acknowledgeRecommendation,
  approveRecommendations,
  createRecommendations,
  getRecommendation,
  listRecommendations,
  myRecommendations,
  reportRecommendation,
  suggestRecommendations,
} from '../../../app/cycle/recommendations.ts';
import { exportRoadmap, ROADMAP_CONTENT_TYPES } from '../../../app/cycle/roadmap-export.ts';
import type { Database } from '../../../db/schema.ts';
import { attachment } from '../../content-disposition.ts';
import { ANY_USER, rolesOnly, writeRoles } from '../../route-policy.ts';
import { territoryParam } from '../../territory-param.ts';
import { contextOf } from '../../use-case-context.ts';
import * as s from './schema.ts';
import type { IdParams as Id } from '../../../api/common.ts';
import type {
  ActionsQuery,
  ActionStatusBody,
  ApproveRecommendationsBody,
  Approved,
  CreatedIds,
  CycleActionInput,
  CycleActionList,
  CycleActionOne,
  EffectivenessInput,
  EffectivenessOne,
  EffectivenessQuery,
  EffectivenessReportCreated,
  NewRecommendations,
  NextCycleBody,
  RecommendationList,
  RecommendationOne,
  RecommendationReportBody,
  RoadmapExportQuery,
  SuggestionList,
  TerritoryQuery,
  VersionBody,
} from '../../../api/cycle.ts';

// Who reads a territory's cycle: whoever sees the territory except an organisation's
// representative, who reads only what is addressed to their organisation. Its operators write.
const READERS = rolesOnly('admin', 'regional_operator', 'municipal_operator', 'expert', 'viewer');
const OPERATORS = writeRoles(...CAMPAIGN_OPERATORS);
const OPERATOR_READS = rolesOnly(...CAMPAIGN_OPERATORS);
const ORGANISATION = writeRoles('org_representative');
type InTerritory = { Querystring: TerritoryQuery };

export async function cycleRoutes(app: FastifyInstance, db: Kysely<Database>): Promise<void> {
  const territoryOf = (given: number | undefined, scopeOrgId: number | null) => territoryParam(given, scopeOrgId);

  app.get<InTerritory & { Reply: RecommendationList }>(
    '/api/cycle/recommendations',
    { config: { policy: READERS }, schema: s.listRecommendationsSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      return { recommendations: await listRecommendations(ctx, territoryOf(request.query.territoryId, ctx.actor.scopeOrgId)) };
    },
  );

  app.get<{ Reply: RecommendationList }>(
    '/api/cycle/recommendations/mine',
    { config: { policy: rolesOnly('org_representative') }, schema: s.myRecommendationsSchema },
    async (request) => ({
      recommendations: await myRecommendations(contextOf(request, db)),
    }),
  );

  app.get<{ Params: Id; Reply: RecommendationOne }>(
    '/api/cycle/recommendations/:id',
    { config: { policy: ANY_USER }, schema: s.getRecommendationSchema },
    async (request) => ({
      recommendation: await getRecommendation(contextOf(request, db), request.params.id),
    }),
  );

  app.post<{ Params: Id; Body: VersionBody; Reply: RecommendationOne }>(
    '/api/cycle/recommendations/:id/acknowledge',
    { config: { policy: ORGANISATION }, schema: s.acknowledgeSchema },
    async (request) => ({
      recommendation: await acknowledgeRecommendation(contextOf(request, db), request.params.id, request.body.version),
    }),
  );

  app.post<{ Params: Id; Body: RecommendationReportBody; Reply: RecommendationOne }>(
    '/api/cycle/recommendations/:id/report',
    { config: { policy: ORGANISATION }, schema: s.reportSchema },
    async (request) => ({ recommendation: await reportRecommendation(contextOf(request, db), request.params.id, request.body) }),
  );

  app.post<InTerritory & { Body: ApproveRecommendationsBody; Reply: Approved }>(
    '/api/cycle/recommendations/approve',
    { config: { policy: OPERATORS }, schema: s.approveRecommendationsSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      return approveRecommendations(ctx, territoryOf(request.query.territoryId, ctx.actor.scopeOrgId), request.body);
    },
  );

  app.get<{ Params: Id; Reply: SuggestionList }>(
    '/api/cycle/reports/:id/suggestions',
    { config: { policy: OPERATOR_READS }, schema: s.suggestionsSchema },
    async (request) => ({ suggestions: await suggestRecommendations(contextOf(request, db), request.params.id) }),
  );

  app.post<{ Params: Id; Body: NewRecommendations; Reply: CreatedIds }>(
    '/api/cycle/reports/:id/recommendations',
    { config: { policy: OPERATORS }, schema: s.createRecommendationsSchema },
    async (request, reply) =>
      reply.status(201).send(await createRecommendations(contextOf(request, db), request.params.id, request.body.items)),
  );

  app.get<{ Querystring: ActionsQuery; Reply: CycleActionList }>(
    '/api/cycle/actions',
    { config: { policy: READERS }, schema: s.listActionsSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      const { territoryId, ...filter } = request.query;
      return { actions: await listCycleActions(ctx, territoryOf(territoryId, ctx.actor.scopeOrgId), filter) };
    },
  );

  app.post<InTerritory & { Body: CycleActionInput; Reply: CycleActionOne }>(
    '/api/cycle/actions',
    { config: { policy: OPERATORS }, schema: s.createActionSchema },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const action = await createCycleAction(ctx, territoryOf(request.query.territoryId, ctx.actor.scopeOrgId), request.body);
      return reply.status(201).send({ action });
    },
  );

  app.put<{ Params: Id; Body: ActionStatusBody; Reply: CycleActionOne }>(
    '/api/cycle/actions/:id/status',
    { config: { policy: OPERATORS }, schema: s.actionStatusSchema },
    async (request) => ({ action: await updateCycleActionStatus(contextOf(request, db), request.params.id, request.body) }),
  );

  app.get<{ Querystring: RoadmapExportQuery }>(
    '/api/cycle/roadmap/export',
    { config: { policy: READERS }, schema: s.exportRoadmapSchema },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const { territoryId, format, ...filter } = request.query;
      const { file, fileName } = await exportRoadmap(ctx, territoryOf(territoryId, ctx.actor.scopeOrgId), filter, format);
      return reply
        .type(ROADMAP_CONTENT_TYPES[format])
        .header('Content-Disposition', attachment(fileName, `roadmap.${format}`))
        .send(file);
    },
  );

  app.get<{ Querystring: EffectivenessQuery; Reply: EffectivenessOne }>(
    '/api/cycle/effectiveness',
    { config: { policy: READERS }, schema: s.getEffectivenessSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      const q = request.query;
      return { effectiveness: await effectivenessOf(ctx, { ...q, territoryId: territoryOf(q.territoryId, ctx.actor.scopeOrgId) }) };
    },
  );

  app.put<{ Body: EffectivenessInput; Reply: EffectivenessOne }>(
    '/api/cycle/effectiveness',
    { config: { policy: OPERATORS }, schema: s.saveEffectivenessSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      const b = request.body;
      return { effectiveness: await saveEffectiveness(ctx, { ...b, territoryId: territoryOf(b.territoryId, ctx.actor.scopeOrgId) }) };
    },
  );

  app.post<{ Params: Id; Body: NextCycleBody; Reply: EffectivenessOne }>(
    '/api/cycle/effectiveness/:id/next-cycle',
    { config: { policy: OPERATORS }, schema: s.nextCycleSchema },
    async (request, reply) =>
      reply.status(201).send({ effectiveness: await startNextCycle(contextOf(request, db), request.params.id, request.body) }),
  );

  app.post<{ Params: Id; Reply: EffectivenessReportCreated }>(
    '/api/cycle/effectiveness/:id/report',
    { config: { policy: OPERATORS }, schema: s.effectivenessReportSchema },
    async (request, reply) => {
      const { id } = await effectivenessReport(contextOf(request, db), request.params.id);
      return reply.status(201).send({ reportId: id });
    },
  );
}
