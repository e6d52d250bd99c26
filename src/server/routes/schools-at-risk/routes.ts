import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { CAMPAIGN_OPERATORS } from '../../../app/campaigns/campaign-record.ts';
import { saveRiskGroup } from '../../../app/schools-at-risk/save-risk-group.ts';
import { shfnsuList } from '../../../app/schools-at-risk/shfnsu-list.ts';
import { shnorList } from '../../../app/schools-at-risk/shnor-list.ts';
import type { Database } from '../../../db/schema.ts';
import { CONDITION_FACTORS } from '../../../domain/schools-at-risk/unfavourable-conditions.ts';
import { rolesOnly, writeRoles } from '../../route-policy.ts';
import { territoryParam } from '../../territory-param.ts';
import { contextOf } from '../../use-case-context.ts';
import * as s from './schema.ts';
import type {
  NewRiskGroup,
  SavedGroupResponse,
  ShfnsuListResponse,
  ShfnsuQuery,
  ShnorListResponse,
  ShnorQuery,
} from '../../../api/schools-at-risk.ts';

/** Who reads the lists: the operators and whoever watches a territory (an organisation's representative does not). */
const READERS = rolesOnly(...CAMPAIGN_OPERATORS, 'expert', 'viewer');
const OPERATORS = writeRoles(...CAMPAIGN_OPERATORS);

export function schoolsAtRiskRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Querystring: ShnorQuery; Reply: ShnorListResponse }>(
    '/api/schools-at-risk/shnor',
    { config: { policy: READERS }, schema: s.shnorListSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      const { territoryId, periodId, ...params } = request.query;
      return {
        list: await shnorList(ctx, { territoryId: territoryParam(territoryId, ctx.actor.scopeOrgId), periodId: periodId ?? null, params }),
      };
    },
  );

  app.get<{ Querystring: ShfnsuQuery; Reply: ShfnsuListResponse }>(
    '/api/schools-at-risk/shfnsu',
    { config: { policy: READERS }, schema: s.shfnsuListSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      const q = request.query;
      const thresholds: Record<string, number> = {};
      for (const f of CONDITION_FACTORS) {
        const t = q[f.code];
        if (t !== undefined) thresholds[f.code] = t;
      }
      return {
        list: await shfnsuList(ctx, {
          territoryId: territoryParam(q.territoryId, ctx.actor.scopeOrgId),
          periodId: q.periodId ?? null,
          ...(q.minFactors !== undefined ? { minFactors: q.minFactors } : {}),
          thresholds,
        }),
      };
    },
  );

  app.post<{ Body: NewRiskGroup; Reply: SavedGroupResponse }>(
    '/api/schools-at-risk/groups',
    { config: { policy: OPERATORS }, schema: s.saveGroupSchema },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const b = request.body;
      const group = await saveRiskGroup(ctx, { ...b, territoryId: territoryParam(b.territoryId, ctx.actor.scopeOrgId) });
      return reply.status(201).send({ group });
    },
  );
}
