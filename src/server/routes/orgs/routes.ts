import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { IdParams } from '../../../api/common.ts';
import type {
  CloseOrgInput,
  ListOrgsQuery,
  MergeOrgInput,
  OrgChanges,
  OrgInput,
  OrgList,
  OrgOne,
  SearchOrgsQuery,
} from '../../../api/orgs.ts';
import { closeOrg, mergeOrg, reopenOrg } from '../../../app/org-life.ts';
import { createOrg, getOrg, listOrgs, searchOrgs, updateOrg } from '../../../app/orgs.ts';
import { ORG_EDITORS } from '../../../domain/access/role.ts';
import type { Database } from '../../../db/schema.ts';
import { ANY_USER, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import {
  closeOrgSchema,
  createOrgSchema,
  getOrgSchema,
  listOrgsSchema,
  mergeOrgSchema,
  reopenOrgSchema,
  searchOrgsSchema,
  updateOrgSchema,
} from './schema.ts';

export function orgRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Querystring: ListOrgsQuery; Reply: OrgList }>(
    '/api/orgs',
    { config: { policy: ANY_USER }, schema: listOrgsSchema },
    async (request) => ({
      items: await listOrgs(contextOf(request, db), request.query.parentId ?? null, request.query.hideClosed ?? false),
    }),
  );

  app.get<{ Querystring: SearchOrgsQuery; Reply: OrgList }>(
    '/api/orgs/search',
    { config: { policy: ANY_USER }, schema: searchOrgsSchema },
    async (request) => ({
      items: await searchOrgs(contextOf(request, db), request.query.q, request.query.limit ?? 20, request.query.hideClosed ?? false),
    }),
  );

  app.get<{ Params: IdParams; Reply: OrgOne }>(
    '/api/orgs/:id',
    { config: { policy: ANY_USER }, schema: getOrgSchema },
    async (request) => ({
      org: await getOrg(contextOf(request, db), request.params.id),
    }),
  );

  app.post<{ Body: OrgInput; Reply: OrgOne }>(
    '/api/orgs',
    { config: { policy: writeRoles(...ORG_EDITORS) }, schema: createOrgSchema },
    async (request, reply) => {
      const org = await createOrg(contextOf(request, db), request.body);
      return reply.status(201).send({ org });
    },
  );

  app.patch<{ Params: IdParams; Body: OrgChanges; Reply: OrgOne }>(
    '/api/orgs/:id',
    { config: { policy: writeRoles(...ORG_EDITORS) }, schema: updateOrgSchema },
    async (request) => ({ org: await updateOrg(contextOf(request, db), request.params.id, request.body) }),
  );

  app.post<{ Params: IdParams; Body: CloseOrgInput; Reply: OrgOne }>(
    '/api/orgs/:id/close',
    { config: { policy: writeRoles(...ORG_EDITORS) }, schema: closeOrgSchema },
    async (request) => ({ org: await closeOrg(contextOf(request, db), request.params.id, request.body) }),
  );

  app.post<{ Params: IdParams; Reply: OrgOne }>(
    '/api/orgs/:id/reopen',
    { config: { policy: writeRoles(...ORG_EDITORS) }, schema: reopenOrgSchema },
    async (request) => ({ org: await reopenOrg(contextOf(request, db), request.params.id) }),
  );

  app.post<{ Params: IdParams; Body: MergeOrgInput; Reply: OrgOne }>(
    '/api/orgs/:id/merge',
    { config: { policy: writeRoles(...ORG_EDITORS) }, schema: mergeOrgSchema },
    async (request) => ({ org: await mergeOrg(contextOf(request, db), request.params.id, request.body) }),
  );
}
