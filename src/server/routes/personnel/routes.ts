import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { IdParams } from '../../../api/common.ts';
import type { MunicipalityQuery, MyRecords } from '../../../api/personnel.ts';
import type {
  AppointmentInput,
  CandidateInput,
  CandidateOne,
  EnrollBody,
  ExcludeBody,
  MentorBody,
  PlanItemMark,
  PlanItemParams,
  PlanItemsBody,
  ReserveEventInput,
} from '../../../api/personnel-candidates.ts';
import type {
  LeaderEventInput,
  LeaderEventParams,
  LeaderInput,
  LeaderOne,
  LeaderRegister,
  LeaderUpdate,
} from '../../../api/personnel-leaders.ts';
import type { ReserveOne, ReserveSaved, RoundAdded, RoundInput, SettingsInput } from '../../../api/personnel-reserve.ts';
import { appointCandidate } from '../../../app/personnel/appoint-candidate.ts';
import {
  addCandidate,
  addPlanItems,
  addReserveEvent,
  enrollCandidate,
  excludeCandidate,
  getCandidate,
  markPlanItem,
  setMentor,
} from '../../../app/personnel/candidates.ts';
import { addLeaderEvent, createLeader, getLeader, listLeaders, removeLeaderEvent, updateLeader } from '../../../app/personnel/leaders.ts';
import { myRecords } from '../../../app/personnel/my-records.ts';
import { PERSONNEL_ROLES } from '../../../app/personnel/personnel-access.ts';
import { personnelWorkbook } from '../../../app/personnel/personnel-workbook.ts';
import { addReserveRound, getReserve, saveReserveSettings } from '../../../app/personnel/reserve.ts';
import type { Database } from '../../../db/schema.ts';
import { attachment } from '../../content-disposition.ts';
import { ANY_USER, rolesOnly, writeRoles } from '../../route-policy.ts';
import { territoryParam } from '../../territory-param.ts';
import { contextOf } from '../../use-case-context.ts';
import * as s from './schema.ts';

// Personal data: the routes admit only the roles that keep the register (the use cases check the
// municipality too); a card (GET by id) is open to any user because the person reads their own.
const READERS = rolesOnly(...PERSONNEL_ROLES);
const KEEPERS = writeRoles(...PERSONNEL_ROLES);
type InMunicipality = { Querystring: MunicipalityQuery };

export async function personnelRoutes(app: FastifyInstance, db: Kysely<Database>): Promise<void> {
  const municipalityOf = (request: { query: MunicipalityQuery }, scopeOrgId: number | null) =>
    territoryParam(request.query.municipalityId, scopeOrgId, 'municipalityId');

  app.get<{ Reply: MyRecords }>('/api/personnel/me', { config: { policy: ANY_USER }, schema: s.mySchema }, async (request) =>
    myRecords(contextOf(request, db)),
  );

  app.get<InMunicipality & { Reply: LeaderRegister }>(
    '/api/personnel/leaders',
    { config: { policy: READERS }, schema: s.listLeadersSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      return { register: await listLeaders(ctx, municipalityOf(request, ctx.actor.scopeOrgId)) };
    },
  );

  app.post<InMunicipality & { Body: LeaderInput; Reply: LeaderOne }>(
    '/api/personnel/leaders',
    { config: { policy: KEEPERS }, schema: s.createLeaderSchema },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      return reply.status(201).send(await createLeader(ctx, municipalityOf(request, ctx.actor.scopeOrgId), request.body));
    },
  );

  app.get<{ Params: IdParams; Reply: LeaderOne }>(
    '/api/personnel/leaders/:id',
    { config: { policy: ANY_USER }, schema: s.getLeaderSchema },
    async (request) => ({
      leader: await getLeader(contextOf(request, db), request.params.id),
    }),
  );

  app.put<{ Params: IdParams; Body: LeaderUpdate; Reply: LeaderOne }>(
    '/api/personnel/leaders/:id',
    { config: { policy: KEEPERS }, schema: s.updateLeaderSchema },
    async (request) => updateLeader(contextOf(request, db), request.params.id, request.body),
  );

  app.post<{ Params: IdParams; Body: LeaderEventInput; Reply: LeaderOne }>(
    '/api/personnel/leaders/:id/events',
    { config: { policy: KEEPERS }, schema: s.addLeaderEventSchema },
    async (request) => addLeaderEvent(contextOf(request, db), request.params.id, request.body),
  );

  app.delete<{ Params: LeaderEventParams; Reply: LeaderOne }>(
    '/api/personnel/leaders/:id/events/:eventId',
    { config: { policy: KEEPERS }, schema: s.removeLeaderEventSchema },
    async (request) => removeLeaderEvent(contextOf(request, db), request.params.id, request.params.eventId),
  );

  app.get<InMunicipality & { Reply: ReserveOne }>(
    '/api/personnel/reserve',
    { config: { policy: READERS }, schema: s.getReserveSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      return { reserve: await getReserve(ctx, municipalityOf(request, ctx.actor.scopeOrgId)) };
    },
  );

  app.put<InMunicipality & { Body: SettingsInput; Reply: ReserveSaved }>(
    '/api/personnel/reserve/settings',
    { config: { policy: KEEPERS }, schema: s.saveSettingsSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      return saveReserveSettings(ctx, municipalityOf(request, ctx.actor.scopeOrgId), request.body);
    },
  );

  app.post<InMunicipality & { Body: RoundInput; Reply: RoundAdded }>(
    '/api/personnel/reserve/rounds',
    { config: { policy: KEEPERS }, schema: s.addRoundSchema },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      return reply.status(201).send(await addReserveRound(ctx, municipalityOf(request, ctx.actor.scopeOrgId), request.body));
    },
  );

  app.post<InMunicipality & { Body: CandidateInput; Reply: CandidateOne }>(
    '/api/personnel/reserve/candidates',
    { config: { policy: KEEPERS }, schema: s.addCandidateSchema },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      return reply.status(201).send(await addCandidate(ctx, municipalityOf(request, ctx.actor.scopeOrgId), request.body));
    },
  );

  app.get<{ Params: IdParams; Reply: CandidateOne }>(
    '/api/personnel/reserve/candidates/:id',
    { config: { policy: ANY_USER }, schema: s.getCandidateSchema },
    async (request) => ({
      candidate: await getCandidate(contextOf(request, db), request.params.id),
    }),
  );

  app.post<{ Params: IdParams; Body: ReserveEventInput; Reply: CandidateOne }>(
    '/api/personnel/reserve/candidates/:id/events',
    { config: { policy: KEEPERS }, schema: s.addReserveEventSchema },
    async (request) => addReserveEvent(contextOf(request, db), request.params.id, request.body),
  );

  app.post<{ Params: IdParams; Body: PlanItemsBody; Reply: CandidateOne }>(
    '/api/personnel/reserve/candidates/:id/plan',
    { config: { policy: KEEPERS }, schema: s.addPlanItemsSchema },
    async (request) => addPlanItems(contextOf(request, db), request.params.id, request.body.items),
  );

  app.put<{ Params: PlanItemParams; Body: PlanItemMark; Reply: CandidateOne }>(
    '/api/personnel/reserve/candidates/:id/plan/:itemId',
    { config: { policy: KEEPERS }, schema: s.markPlanItemSchema },
    async (request) => markPlanItem(contextOf(request, db), request.params.id, request.params.itemId, request.body.doneOn),
  );

  app.post<{ Params: IdParams; Body: EnrollBody; Reply: CandidateOne }>(
    '/api/personnel/reserve/candidates/:id/enroll',
    { config: { policy: KEEPERS }, schema: s.enrollSchema },
    async (request) => enrollCandidate(contextOf(request, db), request.params.id, request.body),
  );

  app.post<{ Params: IdParams; Body: ExcludeBody; Reply: CandidateOne }>(
    '/api/personnel/reserve/candidates/:id/exclude',
    { config: { policy: KEEPERS }, schema: s.excludeSchema },
    async (request) => excludeCandidate(contextOf(request, db), request.params.id, request.body),
  );

  app.put<{ Params: IdParams; Body: MentorBody; Reply: CandidateOne }>(
    '/api/personnel/reserve/candidates/:id/mentor',
    { config: { policy: KEEPERS }, schema: s.mentorSchema },
    async (request) => setMentor(contextOf(request, db), request.params.id, request.body.mentorLeaderId),
  );

  app.post<{ Params: IdParams; Body: AppointmentInput; Reply: CandidateOne }>(
    '/api/personnel/reserve/candidates/:id/appoint',
    { config: { policy: KEEPERS }, schema: s.appointSchema },
    async (request) => appointCandidate(contextOf(request, db), request.params.id, request.body),
  );

  app.get<InMunicipality>('/api/personnel/export', { config: { policy: READERS }, schema: s.exportSchema }, async (request, reply) => {
    const ctx = contextOf(request, db);
    const { fileName, content } = await personnelWorkbook(ctx, municipalityOf(request, ctx.actor.scopeOrgId));
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', attachment(fileName, 'personnel.xlsx'))
      .header('Cache-Control', 'no-store')
      .send(content);
  });
}
