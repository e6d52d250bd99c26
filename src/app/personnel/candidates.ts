import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type {
  CandidateCard,
  CandidateInput,
  CandidateOne,
  EnrollBody,
  ExcludeBody,
  PlanItemInput,
  ReserveEventInput,
} from '../../api/personnel-candidates.ts';
import { completionBand, planCompletion } from '../../domain/personnel/plan-completion.ts';
import { EDUCATION_LEVELS, type CandidateStatus } from '../../domain/personnel/personnel.ts';
import { AppError, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { today } from '../today.ts';
import { changeRegister } from './change-register.ts';
import { assertManagesPersonnel, assertReadsPerson, managesPersonnel } from './personnel-access.ts';
import { InputCheck } from './personnel-input.ts';
import { personnelMunicipality, type PersonnelMunicipality } from './personnel-municipality.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

export async function candidateMunicipality(ctx: UseCaseContext, candidateId: number) {
  const row = await ctx.db
    .selectFrom('reserve_candidate')
    .select(['municipality_id', 'user_id', 'status', 'version'])
    .where('id', '=', candidateId)
    .executeTakeFirst();
  if (!row) throw notFound(`Кандидат кадрового резерва с id ${candidateId}`);
  return {
    municipality: await personnelMunicipality(ctx.db, row.municipality_id),
    userId: row.user_id,
    status: row.status,
    version: row.version,
  };
}

/** A candidate's card: stage, diagnostics, training, the development plan and its completion, mentor, appointment. The read is logged. */
export async function getCandidate(ctx: UseCaseContext, candidateId: number): Promise<CandidateCard> {
  const { municipality: m, userId } = await candidateMunicipality(ctx, candidateId);
  assertReadsPerson(ctx.actor, { municipalityPath: m.path, userId });
  const { db } = ctx;
  const c = await db
    .selectFrom('reserve_candidate as c')
    .leftJoin('org as w', 'w.id', 'c.workplace_org_id')
    .leftJoin('reserve_round as r', 'r.id', 'c.round_id')
    .leftJoin('leader as mentor', 'mentor.id', 'c.mentor_leader_id')
    .leftJoin('org as mo', 'mo.id', 'mentor.org_id')
    .selectAll('c')
    .select([
      'w.name as workplace_name',
      'r.title as round_title',
      'r.held_on as round_held_on',
      'mentor.full_name as mentor_name',
      'mo.name as mentor_org',
    ])
    .where('c.id', '=', candidateId)
    .executeTakeFirstOrThrow();
  const events = await db
    .selectFrom('reserve_event')
    .selectAll()
    .where('candidate_id', '=', candidateId)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  const plan = await db
    .selectFrom('development_plan_item')
    .selectAll()
    .where('candidate_id', '=', candidateId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
  const a = await db
    .selectFrom('reserve_appointment as a')
    .innerJoin('org as o', 'o.id', 'a.org_id')
    .selectAll('a')
    .select('o.name as org_name')
    .where('a.candidate_id', '=', candidateId)
    .executeTakeFirst();
  const completion = planCompletion(
    plan.map((p) => ({ dueOn: p.due_on, doneOn: p.done_on })),
    today(),
  );
  await writeAudit(db, ctx.actor, { action: 'personnel.read', entity: 'reserve_candidate', entityId: candidateId }, ctx.requestId);
  return {
    id: c.id,
    municipality: { id: m.id, name: m.name },
    fullName: c.full_name,
    workplace: c.workplace_org_id !== null ? { id: c.workplace_org_id, name: c.workplace_name ?? '' } : null,
    currentPost: c.current_post,
    targetPost: c.target_post,
    educationLevel: c.education_level,
    mgmtEducation: c.mgmt_education,
    status: c.status,
    round: c.round_id !== null ? { id: c.round_id, title: c.round_title ?? '', heldOn: c.round_held_on ?? '' } : null,
    nominatedOn: c.nominated_on,
    enrolledOn: c.enrolled_on,
    excludedOn: c.excluded_on,
    exclusionReason: c.exclusion_reason,
    mentor: c.mentor_leader_id !== null ? { id: c.mentor_leader_id, fullName: c.mentor_name ?? '', org: c.mentor_org ?? '' } : null,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      heldOn: e.held_on,
      title: e.title,
      hours: e.hours,
      passed: e.passed,
      result: e.result,
    })),
    plan: plan.map((p) => ({ id: p.id, title: p.title, dueOn: p.due_on, doneOn: p.done_on })),
    completion,
    band: completion === null ? null : completionBand(completion),
    appointment: a
      ? {
          org: { id: a.org_id, name: a.org_name },
          postKind: a.post_kind,
          postTitle: a.post_title,
          appointedOn: a.appointed_on,
          orderNumber: a.order_number,
          orderDate: a.order_date,
          approvedByName: a.approved_by_name,
          approvedByPost: a.approved_by_post,
          leaderId: a.leader_id,
        }
      : null,
    version: c.version,
    own: userId !== null && userId === ctx.actor.userId && !managesPersonnel(ctx.actor, m.path),
  };
}

async function checkCandidate(db: Kysely<Database>, m: PersonnelMunicipality, input: CandidateInput) {
  const check = new InputCheck();
  const fullName = check.text('fullName', input.fullName, 'ФИО кандидата');
  const currentPost = check.text('currentPost', input.currentPost, 'занимаемую должность');
  const targetPost = check.text('targetPost', input.targetPost, 'должность, на которую формируется резерв');
  const nominatedOn = check.date('nominatedOn', input.nominatedOn, 'дату выдвижения', { notAfter: today() });
  if (!EDUCATION_LEVELS.includes(input.educationLevel)) check.fail('educationLevel', 'Выберите уровень образования.');
  const mgmt = check.mgmtEducation('mgmtEducation', input.mgmtEducation);
  // The person's own account is one of their workplace, or (without one) of the municipality.
  let accountPlace: { name: string; path: string } | null = m;
  if (input.workplaceOrgId) {
    const w = await orgRepository.findById(db, input.workplaceOrgId);
    accountPlace = w && w.kind === 'organisation' && w.parent_id === m.id ? w : null;
    if (!accountPlace) check.fail('workplaceOrgId', `Место работы — организация муниципалитета «${m.name}»; или оставьте поле пустым.`);
  }
  if (input.roundId) {
    const r = await db.selectFrom('reserve_round').select('municipality_id').where('id', '=', input.roundId).executeTakeFirst();
    if (!r || r.municipality_id !== m.id) check.fail('roundId', 'Выберите отбор этого муниципалитета или оставьте поле пустым.');
  }
  const userId = accountPlace ? await check.account(db, 'login', input.login, accountPlace) : null;
  check.done();
  return {
    municipality_id: m.id,
    full_name: fullName,
    workplace_org_id: input.workplaceOrgId || null,
    current_post: currentPost,
    target_post: targetPost,
    education_level: input.educationLevel,
    mgmt_education: mgmt,
    round_id: input.roundId || null,
    nominated_on: nominatedOn ?? '',
    user_id: userId,
  };
}

/** Nominates a candidate to the reserve (a candidate for inclusion: seed 003 D4.04–D4.06 count them). */
export async function addCandidate(ctx: UseCaseContext, municipalityId: number, input: CandidateInput): Promise<CandidateOne> {
  const m = await personnelMunicipality(ctx.db, municipalityId);
  assertManagesPersonnel(ctx.actor, m.path);
  const values = await checkCandidate(ctx.db, m, input);
  const { result, recomputed } = await changeRegister(
    ctx,
    m,
    (id: number) => ({ action: 'reserve.candidate_add', entity: 'reserve_candidate', entityId: id, after: values }),
    async (trx) => (await trx.insertInto('reserve_candidate').values(values).returning('id').executeTakeFirstOrThrow()).id,
  );
  return { candidate: await getCandidate(ctx, result), recomputed };
}

/** One change of a candidate's record under the optimistic lock; the card after it. */
async function changeCandidate(
  ctx: UseCaseContext,
  candidateId: number,
  action: string,
  prepare: (card: { status: CandidateStatus; check: InputCheck }) => Promise<(trx: Kysely<Database>) => Promise<unknown>>,
): Promise<CandidateOne> {
  const { municipality: m, status, version } = await candidateMunicipality(ctx, candidateId);
  assertManagesPersonnel(ctx.actor, m.path);
  const check = new InputCheck();
  const write = await prepare({ status, check });
  check.done();
  const { recomputed } = await changeRegister(
    ctx,
    m,
    (after: unknown) => ({ action, entity: 'reserve_candidate', entityId: candidateId, after }),
    async (trx) => {
      await claimCandidate(trx, candidateId, version);
      return write(trx);
    },
  );
  return { candidate: await getCandidate(ctx, candidateId), recomputed };
}

/**
 * Takes the candidate's record for one change: its version must still be the one the checks read
 * (else someone changed it meanwhile: version_conflict), and it moves on by one.
 */
export async function claimCandidate(trx: Kysely<Database>, candidateId: number, version: number): Promise<void> {
  const claimed = await trx
    .updateTable('reserve_candidate')
    .set({ version: version + 1, updated_at: new Date() })
    .where('id', '=', candidateId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) {
    throw new AppError('version_conflict', 'Запись кандидата только что изменил другой пользователь: обновите страницу и повторите.');
  }
}

const closed = (status: CandidateStatus) =>
  status === 'excluded'
    ? 'Кандидат исключён из резерва: записи о нём больше не ведутся.'
    : status === 'appointed'
      ? 'Кандидат уже назначен на должность.'
      : null;

/** Records a personal-professional diagnostics (passed or not) or a training of a candidate. */
export async function addReserveEvent(ctx: UseCaseContext, candidateId: number, input: ReserveEventInput): Promise<CandidateOne> {
  return changeCandidate(ctx, candidateId, 'reserve.event_add', async ({ status, check }) => {
    const why = closed(status);
    if (why) check.fail('kind', why);
    if (input.kind !== 'diagnostics' && input.kind !== 'training') check.fail('kind', 'Выберите: диагностика или обучение.');
    const heldOn = check.date('heldOn', input.heldOn, 'дату', { notAfter: today() });
    const title = check.text('title', input.title, input.kind === 'training' ? 'название программы обучения' : 'название диагностики');
    if (input.kind === 'diagnostics' && typeof input.passed !== 'boolean')
      check.fail('passed', 'Укажите итог диагностики: пройдена успешно или нет.');
    const hours = check.hours('hours', input.hours);
    const values = {
      candidate_id: candidateId,
      kind: input.kind,
      held_on: heldOn ?? '',
      title,
      hours: input.kind === 'training' ? hours : null,
      passed: input.kind === 'diagnostics' ? (input.passed ?? null) : null,
      result: (input.result ?? '').trim(),
      created_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
    };
    return async (trx) => {
      await trx.insertInto('reserve_event').values(values).execute();
      return values;
    };
  });
}

/** Adds items to the candidate's individual development plan. */
export async function addPlanItems(ctx: UseCaseContext, candidateId: number, items: PlanItemInput[]): Promise<CandidateOne> {
  return changeCandidate(ctx, candidateId, 'reserve.plan_add', async ({ status, check }) => {
    const why = closed(status);
    if (why) check.fail('items', why);
    if (items.length === 0) check.fail('items', 'Добавьте хотя бы один пункт плана.');
    const rows = items.map((item, i) => ({
      candidate_id: candidateId,
      title: check.text(`items.${i}.title`, item.title, `содержание пункта ${i + 1}`),
      due_on: check.date(`items.${i}.dueOn`, item.dueOn, `срок пункта ${i + 1}`) ?? '',
    }));
    return async (trx) => {
      await trx.insertInto('development_plan_item').values(rows).execute();
      return rows;
    };
  });
}

/** Marks a plan item done on a date, or not done (doneOn null). */
export async function markPlanItem(ctx: UseCaseContext, candidateId: number, itemId: number, doneOn: string | null): Promise<CandidateOne> {
  return changeCandidate(ctx, candidateId, 'reserve.plan_mark', async ({ status, check }) => {
    const why = closed(status);
    if (why) check.fail('doneOn', why);
    const item = await ctx.db
      .selectFrom('development_plan_item')
      .selectAll()
      .where('id', '=', itemId)
      .where('candidate_id', '=', candidateId)
      .executeTakeFirst();
    if (!item) throw notFound(`Пункт плана с id ${itemId} у этого кандидата`);
    const on = doneOn === null ? null : check.date('doneOn', doneOn, 'дату выполнения', { notAfter: today() });
    return async (trx) => {
      await trx.updateTable('development_plan_item').set({ done_on: on }).where('id', '=', itemId).execute();
      return { itemId, before: item.done_on, after: on };
    };
  });
}

/** Enrols a candidate in the reserve on a date (after selection and diagnostics). */
export async function enrollCandidate(ctx: UseCaseContext, candidateId: number, input: EnrollBody): Promise<CandidateOne> {
  return changeCandidate(ctx, candidateId, 'reserve.enroll', async ({ status, check }) => {
    if (status !== 'nominated')
      check.fail('enrolledOn', status === 'enrolled' ? 'Кандидат уже зачислен в резерв.' : (closed(status) ?? ''));
    const on = check.date('enrolledOn', input.enrolledOn, 'дату зачисления', { notAfter: today() });
    const c = await ctx.db.selectFrom('reserve_candidate').select('nominated_on').where('id', '=', candidateId).executeTakeFirstOrThrow();
    if (on && on < c.nominated_on) check.fail('enrolledOn', 'Дата зачисления не может быть раньше даты выдвижения.');
    return async (trx) => {
      await trx.updateTable('reserve_candidate').set({ status: 'enrolled', enrolled_on: on }).where('id', '=', candidateId).execute();
      return { status: 'enrolled', enrolledOn: on };
    };
  });
}

export async function excludeCandidate(ctx: UseCaseContext, candidateId: number, input: ExcludeBody): Promise<CandidateOne> {
  return changeCandidate(ctx, candidateId, 'reserve.exclude', async ({ status, check }) => {
    const why = closed(status);
    if (why) check.fail('excludedOn', why);
    const on = check.date('excludedOn', input.excludedOn, 'дату исключения', { notAfter: today() });
    const reason = check.text('reason', input.reason, 'причину исключения');
    return async (trx) => {
      await trx
        .updateTable('reserve_candidate')
        .set({ status: 'excluded', excluded_on: on, exclusion_reason: reason })
        .where('id', '=', candidateId)
        .execute();
      return { status: 'excluded', excludedOn: on, reason };
    };
  });
}

/** Assigns a mentor (a leader in post in the municipality) or removes one. */
export async function setMentor(ctx: UseCaseContext, candidateId: number, mentorLeaderId: number | null): Promise<CandidateOne> {
  return changeCandidate(ctx, candidateId, 'reserve.mentor', async ({ status, check }) => {
    const why = closed(status);
    if (why) check.fail('mentorLeaderId', why);
    if (mentorLeaderId !== null) {
      const { municipality } = await candidateMunicipality(ctx, candidateId);
      const mentor = await ctx.db
        .selectFrom('leader as l')
        .innerJoin('org as o', 'o.id', 'l.org_id')
        .select(['o.parent_id', 'l.left_on'])
        .where('l.id', '=', mentorLeaderId)
        .executeTakeFirst();
      if (!mentor || mentor.parent_id !== municipality.id || (mentor.left_on !== null && mentor.left_on <= today())) {
        check.fail('mentorLeaderId', 'Наставник — руководитель этого муниципалитета, занимающий должность.');
      }
    }
    return async (trx) => {
      await trx.updateTable('reserve_candidate').set({ mentor_leader_id: mentorLeaderId }).where('id', '=', candidateId).execute();
      return { mentorLeaderId };
    };
  });
}
