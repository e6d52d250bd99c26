import type { ReserveSaved, ReserveView, RoundAdded, RoundInput, SettingsInput } from '../../api/personnel-reserve.ts';
import { thresholdsIssue } from '../../domain/personnel/leader-zone.ts';
import { completionBand, planCompletion } from '../../domain/personnel/plan-completion.ts';
import { nextSelectionDue, selectionOverdue } from '../../domain/personnel/selection-due.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { today } from '../today.ts';
import { changeRegister } from './change-register.ts';
import { assertManagesPersonnel } from './personnel-access.ts';
import { InputCheck } from './personnel-input.ts';
import { personnelMunicipality } from './personnel-municipality.ts';
import { thresholdsOf } from './register-data.ts';
import { registerIndicators } from './register-indicators.ts';

/** The municipality's personnel reserve: its rules, selection rounds, candidates at every stage, and the indicators. The read is logged. */
export async function getReserve(ctx: UseCaseContext, municipalityId: number): Promise<ReserveView> {
  const m = await personnelMunicipality(ctx.db, municipalityId);
  assertManagesPersonnel(ctx.actor, m.path);
  const { db } = ctx;
  const s = await db.selectFrom('personnel_settings').selectAll().where('municipality_id', '=', m.id).executeTakeFirst();
  const rounds = await db.selectFrom('reserve_round').selectAll().where('municipality_id', '=', m.id).orderBy('held_on').execute();
  const candidates = await db
    .selectFrom('reserve_candidate as c')
    .leftJoin('org as w', 'w.id', 'c.workplace_org_id')
    .leftJoin('reserve_round as r', 'r.id', 'c.round_id')
    .leftJoin('leader as mentor', 'mentor.id', 'c.mentor_leader_id')
    .leftJoin('reserve_appointment as a', 'a.candidate_id', 'c.id')
    .leftJoin('org as ao', 'ao.id', 'a.org_id')
    .select([
      'c.id',
      'c.full_name',
      'w.name as workplace',
      'w.short_name as workplace_short',
      'c.current_post',
      'c.target_post',
      'c.status',
      'r.title as round_title',
      'c.round_id',
      'c.nominated_on',
      'c.enrolled_on',
      'mentor.full_name as mentor',
      'ao.name as appointed_org',
      'a.post_title as appointed_post',
      'a.appointed_on',
    ])
    .where('c.municipality_id', '=', m.id)
    .orderBy('c.full_name')
    .execute();
  const ids = candidates.map((c) => c.id);
  const events = ids.length
    ? await db.selectFrom('reserve_event').selectAll().where('candidate_id', 'in', ids).orderBy('held_on').execute()
    : [];
  const plan = ids.length ? await db.selectFrom('development_plan_item').selectAll().where('candidate_id', 'in', ids).execute() : [];
  const on = today();
  const last = rounds.at(-1)?.held_on ?? null;
  await writeAudit(db, ctx.actor, { action: 'personnel.list', entity: 'reserve_candidate', entityId: m.id }, ctx.requestId);
  return {
    municipality: { id: m.id, name: m.name },
    settings: s
      ? {
          criteria: (typeof s.criteria === 'string' ? JSON.parse(s.criteria) : s.criteria) as string[],
          trainingSystem: s.training_system,
          supportMechanism: s.support_mechanism,
          orderNumber: s.order_number,
          orderDate: s.order_date,
          zones: thresholdsOf(s),
          saved: true,
        }
      : {
          criteria: [],
          trainingSystem: '',
          supportMechanism: '',
          orderNumber: null,
          orderDate: null,
          zones: thresholdsOf(undefined),
          saved: false,
        },
    rounds: rounds.map((r) => ({
      id: r.id,
      title: r.title,
      heldOn: r.held_on,
      orderNumber: r.order_number,
      candidates: candidates.filter((c) => c.round_id === r.id).length,
    })),
    nextSelectionDue: nextSelectionDue(last),
    selectionOverdue: selectionOverdue(last, on),
    candidates: candidates.map((c) => {
      const own = plan.filter((p) => p.candidate_id === c.id).map((p) => ({ dueOn: p.due_on, doneOn: p.done_on }));
      const diagnostics = events.filter((e) => e.candidate_id === c.id && e.kind === 'diagnostics').at(-1);
      const completion = planCompletion(own, on);
      return {
        id: c.id,
        fullName: c.full_name,
        workplace: c.workplace_short ?? c.workplace ?? null,
        currentPost: c.current_post,
        targetPost: c.target_post,
        status: c.status,
        roundTitle: c.round_title ?? null,
        nominatedOn: c.nominated_on,
        enrolledOn: c.enrolled_on,
        diagnostics: diagnostics ? { heldOn: diagnostics.held_on, passed: diagnostics.passed } : null,
        trainings: events.filter((e) => e.candidate_id === c.id && e.kind === 'training').length,
        planItems: own.length,
        completion,
        band: completion === null ? null : completionBand(completion),
        mentor: c.mentor ?? null,
        appointment: c.appointed_on
          ? { orgName: c.appointed_org ?? '', postTitle: c.appointed_post ?? '', appointedOn: c.appointed_on }
          : null,
      };
    }),
    indicators: await registerIndicators(db, m.id, 'reserve_'),
  };
}

/** The reserve's rules (criteria, training system, support) with the order that adopted them, and the leaders' zone thresholds. */
export async function saveReserveSettings(ctx: UseCaseContext, municipalityId: number, input: SettingsInput): Promise<ReserveSaved> {
  const m = await personnelMunicipality(ctx.db, municipalityId);
  assertManagesPersonnel(ctx.actor, m.path);
  const check = new InputCheck();
  const criteria = input.criteria.map((c) => c.trim()).filter(Boolean);
  const orderDate = check.date('orderDate', input.orderDate, 'дату приказа', { optional: true, notAfter: today() });
  const zonesIssue = thresholdsIssue({ greenMin: input.greenMin, yellowMin: input.yellowMin });
  if (zonesIssue) check.fail('greenMin', zonesIssue);
  check.done();
  const values = {
    criteria: JSON.stringify(criteria),
    training_system: input.trainingSystem.trim(),
    support_mechanism: input.supportMechanism.trim(),
    order_number: input.orderNumber?.trim() || null,
    order_date: orderDate,
    green_min: input.greenMin,
    yellow_min: input.yellowMin,
    updated_at: new Date(),
  };
  const { recomputed } = await changeRegister(
    ctx,
    m,
    () => ({ action: 'reserve.settings', entity: 'municipality', entityId: m.id, after: { ...values, criteria } }),
    async (trx) => {
      await trx
        .insertInto('personnel_settings')
        .values({ municipality_id: m.id, ...values })
        .onConflict((oc) => oc.column('municipality_id').doUpdateSet(values))
        .execute();
    },
  );
  return { reserve: await getReserve(ctx, m.id), recomputed };
}

/** Records a competitive selection round (seed 003: at least once in two years). */
export async function addReserveRound(ctx: UseCaseContext, municipalityId: number, input: RoundInput): Promise<RoundAdded> {
  const m = await personnelMunicipality(ctx.db, municipalityId);
  assertManagesPersonnel(ctx.actor, m.path);
  const check = new InputCheck();
  const title = check.text('title', input.title, 'название отбора');
  const heldOn = check.date('heldOn', input.heldOn, 'дату проведения отбора', { notAfter: today() });
  check.done();
  const values = { municipality_id: m.id, title, held_on: heldOn ?? '', order_number: input.orderNumber?.trim() || null };
  const { result } = await changeRegister(
    ctx,
    m,
    (id: number) => ({ action: 'reserve.round_add', entity: 'reserve_round', entityId: id, after: values }),
    async (trx) => (await trx.insertInto('reserve_round').values(values).returning('id').executeTakeFirstOrThrow()).id,
  );
  return { id: result, reserve: await getReserve(ctx, m.id) };
}
