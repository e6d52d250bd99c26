import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import {
  COMPETENCE_LEVELS,
  EDUCATION_LEVELS,
  inPostAt,
  LEADER_EVENT_KINDS,
  POST_KINDS,
  type EducationLevel,
  type LeaderEventKind,
  type PostKind,
} from '../../domain/personnel/personnel.ts';
import type {
  LeaderCard,
  LeaderEventInput,
  LeaderEventView,
  LeaderInput,
  LeaderList,
  LeaderOne,
  LeaderPeriodResult,
  LeaderRow,
  LeaderUpdate,
} from '../../api/personnel-leaders.ts';
import { AppError, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { toRussianDate } from '../../domain/export/to-russian-date.ts';
import type { UseCaseContext } from '../context.ts';
import { today } from '../today.ts';
import { changeRegister } from './change-register.ts';
import { currentResult, leaderResults } from './leader-results.ts';
import { assertManagesPersonnel, assertReadsPerson } from './personnel-access.ts';
import { InputCheck } from './personnel-input.ts';
import { personnelMunicipality, type PersonnelMunicipality } from './personnel-municipality.ts';
import { loadZoneThresholds } from './register-data.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

async function leaderRows(db: Kysely<Database>, municipalityId: number, leaderId?: number) {
  let q = db
    .selectFrom('leader as l')
    .innerJoin('org as o', 'o.id', 'l.org_id')
    .leftJoin('app_user as u', 'u.id', 'l.user_id')
    .select([
      'l.id',
      'l.full_name',
      'l.org_id',
      'o.name as org_name',
      'o.short_name as org_short_name',
      'l.post_kind',
      'l.post_title',
      'l.appointed_on',
      'l.left_on',
      'l.education_level',
      'l.education',
      'l.mgmt_education',
      'l.version',
      'l.user_id',
      'u.login',
    ])
    .where('o.parent_id', '=', municipalityId);
  if (leaderId !== undefined) q = q.where('l.id', '=', leaderId);
  return q.orderBy('o.name').orderBy('l.post_kind').orderBy('l.full_name').execute();
}

async function eventsOf(db: Kysely<Database>, leaderIds: number[]): Promise<(LeaderEventView & { leaderId: number })[]> {
  if (leaderIds.length === 0) return [];
  const rows = await db
    .selectFrom('leader_event')
    .selectAll()
    .where('leader_id', 'in', leaderIds)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  return rows.map((e) => ({
    id: e.id,
    leaderId: e.leader_id,
    kind: e.kind,
    heldOn: e.held_on,
    title: e.title,
    hours: e.hours,
    relevant: e.relevant,
    voluntary: e.voluntary,
    level: e.level,
    result: e.result,
  }));
}

function toRow(
  l: Awaited<ReturnType<typeof leaderRows>>[number],
  events: readonly LeaderEventView[],
  results: readonly LeaderPeriodResult[] | undefined,
  on: string,
): LeaderRow {
  const last = (kind: LeaderEventKind) => events.filter((e) => e.kind === kind).at(-1) ?? null;
  const attestation = last('attestation');
  const inPost = inPostAt({ appointedOn: l.appointed_on, leftOn: l.left_on }, on);
  // The team's zone is its organisation's, as the head's; who has left the post has none now.
  const now = inPost ? currentResult(results) : null;
  return {
    id: l.id,
    fullName: l.full_name,
    org: { id: l.org_id, name: l.org_name, shortName: l.org_short_name },
    postKind: l.post_kind,
    postTitle: l.post_title,
    appointedOn: l.appointed_on,
    leftOn: l.left_on,
    inPost,
    educationLevel: l.education_level,
    education: l.education,
    mgmtEducation: l.mgmt_education,
    login: l.login ?? null,
    version: l.version,
    lastTraining: last('training')?.heldOn ?? null,
    lastDiagnostics: last('deficit_diagnostics')?.heldOn ?? null,
    lastAttestation: attestation ? { heldOn: attestation.heldOn, level: attestation.level } : null,
    score: now?.score ?? null,
    zone: now?.zone ?? null,
  };
}

/** The register of a municipality's leaders, with each head's zone; the read is logged. */
export async function listLeaders(ctx: UseCaseContext, municipalityId: number): Promise<LeaderList> {
  const m = await personnelMunicipality(ctx.db, municipalityId);
  assertManagesPersonnel(ctx.actor, m.path);
  const zones = await loadZoneThresholds(ctx.db, m.id);
  const rows = await leaderRows(ctx.db, m.id);
  const events = await eventsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const results = await leaderResults(ctx.db, m.id, zones);
  const on = today();
  const leaders = rows.map((r) =>
    toRow(
      r,
      events.filter((e) => e.leaderId === r.id),
      results.byOrg.get(r.org_id),
      on,
    ),
  );
  const organisations = await ctx.db
    .selectFrom('org')
    .select(['id', 'name'])
    .where('parent_id', '=', m.id)
    .where('kind', '=', 'organisation')
    .orderBy('name')
    .execute();
  const headed = new Set(leaders.filter((l) => l.postKind === 'head' && l.inPost).map((l) => l.org.id));
  await writeAudit(ctx.db, ctx.actor, { action: 'personnel.list', entity: 'leader', entityId: m.id }, ctx.requestId);
  return {
    municipality: { id: m.id, name: m.name },
    zones,
    catalogue: results.catalogue,
    leaders,
    vacancies: organisations.filter((o) => !headed.has(o.id)).map((o) => ({ orgId: o.id, name: o.name })),
    organisations,
  };
}

async function leaderMunicipality(ctx: UseCaseContext, leaderId: number) {
  const row = await ctx.db
    .selectFrom('leader as l')
    .innerJoin('org as o', 'o.id', 'l.org_id')
    .select(['o.parent_id', 'l.user_id'])
    .where('l.id', '=', leaderId)
    .executeTakeFirst();
  if (!row || row.parent_id === null) throw notFound(`Руководитель с id ${leaderId}`);
  return { municipality: await personnelMunicipality(ctx.db, row.parent_id), userId: row.user_id };
}

/** A leader's card: the record, training and diagnostics, and the organisation's results with the zone. The read is logged. */
export async function getLeader(ctx: UseCaseContext, leaderId: number): Promise<LeaderCard> {
  const { municipality: m, userId } = await leaderMunicipality(ctx, leaderId);
  assertReadsPerson(ctx.actor, { municipalityPath: m.path, userId });
  const [row] = await leaderRows(ctx.db, m.id, leaderId);
  if (!row) throw notFound(`Руководитель с id ${leaderId}`);
  const events = await eventsOf(ctx.db, [leaderId]);
  const zones = await loadZoneThresholds(ctx.db, m.id);
  const results = await leaderResults(ctx.db, m.id, zones);
  const own = results.byOrg.get(row.org_id) ?? [];
  await writeAudit(ctx.db, ctx.actor, { action: 'personnel.read', entity: 'leader', entityId: leaderId }, ctx.requestId);
  return {
    ...toRow(row, events, own, today()),
    municipality: { id: m.id, name: m.name },
    events,
    zones,
    catalogue: results.catalogue,
    results: own,
    own: userId !== null && userId === ctx.actor.userId,
  };
}

export interface CheckedLeader {
  org_id: number;
  full_name: string;
  post_kind: PostKind;
  post_title: string;
  appointed_on: string;
  left_on: string | null;
  education_level: EducationLevel;
  education: string;
  mgmt_education: string | null;
  /** Absent when the input did not mention the account: it is kept as it was. */
  user_id?: number | null;
}

/** Checks a leader's record against the municipality's register; the message says what to fix. */
export async function checkLeader(
  db: Kysely<Database>,
  m: PersonnelMunicipality,
  input: LeaderInput,
  self: number | null,
): Promise<CheckedLeader> {
  const check = new InputCheck();
  const fullName = check.text('fullName', input.fullName, 'ФИО');
  const postTitle = check.text('postTitle', input.postTitle, 'наименование должности');
  if (!POST_KINDS.includes(input.postKind))
    check.fail('postKind', 'Выберите вид должности: руководитель, заместитель или член управленческой команды.');
  if (!EDUCATION_LEVELS.includes(input.educationLevel)) check.fail('educationLevel', 'Выберите уровень образования.');
  const mgmt = check.mgmtEducation('mgmtEducation', input.mgmtEducation);
  const appointedOn = check.date('appointedOn', input.appointedOn, 'дату назначения', { notAfter: today() });
  const leftOn = check.date('leftOn', input.leftOn, 'дату ухода с должности', { optional: true });
  if (appointedOn && leftOn && leftOn <= appointedOn) check.fail('leftOn', 'Дата ухода с должности должна быть позже даты назначения.');
  const found = await orgRepository.findById(db, input.orgId);
  // Only the municipality's own organisations are looked into: nothing of another is read or told.
  const org = found && found.kind === 'organisation' && found.parent_id === m.id ? found : null;
  if (!org) check.fail('orgId', `Выберите организацию муниципалитета «${m.name}».`);
  // The person's own account is one of their organisation (without a valid organisation, none is looked up).
  const userId = input.login === undefined ? undefined : org ? await check.account(db, 'login', input.login, org) : null;
  if (org && input.postKind === 'head' && appointedOn && (leftOn === null || leftOn > appointedOn)) {
    const heads = await db
      .selectFrom('leader')
      .select(['id', 'full_name', 'appointed_on', 'left_on'])
      .where('org_id', '=', org.id)
      .where('post_kind', '=', 'head')
      .execute();
    const clash = heads.find(
      (h) => h.id !== self && (h.left_on === null || h.left_on > appointedOn) && (leftOn === null || h.appointed_on < leftOn),
    );
    if (clash) {
      check.fail(
        'appointedOn',
        `В «${org.name}» руководитель уже назначен: ${clash.full_name} с ${toRussianDate(clash.appointed_on)}${clash.left_on ? ` по ${toRussianDate(clash.left_on)}` : ''}. Укажите дату его ухода с должности или другую дату назначения.`,
      );
    }
  }
  check.done();
  return {
    org_id: input.orgId,
    full_name: fullName,
    post_kind: input.postKind,
    post_title: postTitle,
    appointed_on: appointedOn ?? '',
    left_on: leftOn,
    education_level: input.educationLevel,
    education: (input.education ?? '').trim(),
    mgmt_education: mgmt,
    ...(userId === undefined ? {} : { user_id: userId }),
  };
}

export async function createLeader(ctx: UseCaseContext, municipalityId: number, input: LeaderInput): Promise<LeaderOne> {
  const m = await personnelMunicipality(ctx.db, municipalityId);
  assertManagesPersonnel(ctx.actor, m.path);
  const { result, recomputed } = await changeRegister(
    ctx,
    m,
    ({ id, values }: { id: number; values: CheckedLeader }) => ({ action: 'leader.create', entity: 'leader', entityId: id, after: values }),
    async (trx) => {
      const values = await checkLeader(trx, m, input, null);
      return { id: (await trx.insertInto('leader').values(values).returning('id').executeTakeFirstOrThrow()).id, values };
    },
  );
  return { leader: await getLeader(ctx, result.id), recomputed };
}

export async function updateLeader(ctx: UseCaseContext, leaderId: number, input: LeaderUpdate): Promise<LeaderOne> {
  const { municipality: m } = await leaderMunicipality(ctx, leaderId);
  assertManagesPersonnel(ctx.actor, m.path);
  const { recomputed } = await changeRegister(
    ctx,
    m,
    ({ before, values }: { before: unknown; values: CheckedLeader }) => ({
      action: 'leader.update',
      entity: 'leader',
      entityId: leaderId,
      before,
      after: values,
    }),
    async (trx) => {
      const values = await checkLeader(trx, m, input, leaderId);
      const before = await trx.selectFrom('leader').selectAll().where('id', '=', leaderId).executeTakeFirstOrThrow();
      const updated = await trx
        .updateTable('leader')
        .set({ ...values, version: input.version + 1, updated_at: new Date() })
        .where('id', '=', leaderId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) {
        throw new AppError(
          'version_conflict',
          'Запись руководителя уже изменил другой пользователь: обновите страницу и внесите изменения снова.',
        );
      }
      return { before, values };
    },
  );
  return { leader: await getLeader(ctx, leaderId), recomputed };
}

/** Records training, a diagnostics of deficits, an assessment or an attestation of a leader. */
export async function addLeaderEvent(ctx: UseCaseContext, leaderId: number, input: LeaderEventInput): Promise<LeaderOne> {
  const { municipality: m } = await leaderMunicipality(ctx, leaderId);
  assertManagesPersonnel(ctx.actor, m.path);
  const check = new InputCheck();
  if (!LEADER_EVENT_KINDS.includes(input.kind))
    check.fail('kind', 'Выберите, что записать: повышение квалификации, диагностику, оценку или аттестацию.');
  const heldOn = check.date('heldOn', input.heldOn, 'дату', { notAfter: today() });
  const title = check.text('title', input.title, input.kind === 'training' ? 'название программы' : 'что проводилось');
  if (input.kind === 'competence_assessment' && !COMPETENCE_LEVELS.includes((input.level ?? '') as never)) {
    check.fail('level', 'Укажите уровень сформированности компетенций: высокий, средний или низкий.');
  }
  if (input.kind === 'attestation' && input.level !== 'passed' && input.level !== 'failed') {
    check.fail('level', 'Укажите итог аттестации: соответствует или не соответствует должности.');
  }
  const hours = check.hours('hours', input.hours);
  check.done();
  const values = {
    leader_id: leaderId,
    kind: input.kind,
    held_on: heldOn ?? '',
    title,
    hours: input.kind === 'training' ? hours : null,
    relevant: input.kind === 'training' ? (input.relevant ?? false) : null,
    voluntary: input.kind === 'deficit_diagnostics' ? (input.voluntary ?? false) : null,
    level: input.kind === 'competence_assessment' || input.kind === 'attestation' ? (input.level ?? null) : null,
    result: (input.result ?? '').trim(),
    created_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
  };
  const { recomputed } = await changeRegister(
    ctx,
    m,
    (id: number) => ({ action: 'leader.event_add', entity: 'leader', entityId: leaderId, after: { id, ...values } }),
    async (trx) => (await trx.insertInto('leader_event').values(values).returning('id').executeTakeFirstOrThrow()).id,
  );
  return { leader: await getLeader(ctx, leaderId), recomputed };
}

export async function removeLeaderEvent(ctx: UseCaseContext, leaderId: number, eventId: number): Promise<LeaderOne> {
  const { municipality: m } = await leaderMunicipality(ctx, leaderId);
  assertManagesPersonnel(ctx.actor, m.path);
  const event = await ctx.db
    .selectFrom('leader_event')
    .selectAll()
    .where('id', '=', eventId)
    .where('leader_id', '=', leaderId)
    .executeTakeFirst();
  if (!event) throw notFound(`Запись с id ${eventId} у этого руководителя`);
  const { recomputed } = await changeRegister(
    ctx,
    m,
    () => ({ action: 'leader.event_remove', entity: 'leader', entityId: leaderId, before: event }),
    async (trx) => {
      await trx.deleteFrom('leader_event').where('id', '=', eventId).execute();
    },
  );
  return { leader: await getLeader(ctx, leaderId), recomputed };
}
