import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { generateDemoPersonnel } from '../generators/demo-personnel.ts';
import { generateDemoRegion } from '../generators/demo-region.ts';
import { DEFAULT_LEADER_ZONES } from '../../domain/personnel/leader-zone.ts';
import { syncRegisterValues } from '../../app/personnel/sync-register-values.ts';
import { today } from '../../app/today.ts';
import type { DemoState } from './demo-state.ts';

/**
 * The demo's leaders and personnel reserve (generateDemoPersonnel), written straight into the
 * register in the demo's transaction, then turned into the seed-003 data values of every
 * district (syncRegisterValues), as the register's own changes would.
 */
export async function loadDemoPersonnel(trx: Kysely<Database>, state: DemoState): Promise<void> {
  const region = generateDemoRegion(state.seed);
  const personnel = generateDemoPersonnel({ seed: state.seed, region, lastYear: state.lastYear, today: today() });
  const orgId = (code: string) => {
    const id = state.orgIdByCode.get(code);
    if (id === undefined) throw new Error(`demo organisation ${code} is missing`);
    return id;
  };
  const users = new Map((await trx.selectFrom('app_user').select(['id', 'login']).execute()).map((u) => [u.login, u.id]));
  const headId = new Map<string, number>();
  for (const l of personnel.leaders) {
    const { id } = await trx
      .insertInto('leader')
      .values({
        org_id: orgId(l.orgCode),
        user_id: l.login ? (users.get(l.login) ?? null) : null,
        full_name: l.fullName,
        post_kind: l.postKind,
        post_title: l.postTitle,
        appointed_on: l.appointedOn,
        left_on: l.leftOn,
        education_level: l.educationLevel,
        education: l.education,
        mgmt_education: l.mgmtEducation,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (l.postKind === 'head' && l.leftOn === null) headId.set(l.orgCode, id);
    if (l.events.length) {
      await trx
        .insertInto('leader_event')
        .values(
          l.events.map((e) => ({
            leader_id: id,
            kind: e.kind,
            held_on: e.heldOn,
            title: e.title,
            hours: e.hours ?? null,
            relevant: e.relevant ?? null,
            voluntary: e.voluntary ?? null,
            level: e.level ?? null,
          })),
        )
        .execute();
    }
  }
  const roundIds = new Map<string, number[]>();
  for (const s of personnel.settings) {
    const municipalityId = orgId(s.municipalityCode);
    await trx
      .insertInto('personnel_settings')
      .values({
        municipality_id: municipalityId,
        criteria: JSON.stringify(s.criteria),
        training_system: s.trainingSystem,
        support_mechanism: s.supportMechanism,
        order_number: s.orderNumber,
        order_date: s.orderDate,
        green_min: DEFAULT_LEADER_ZONES.greenMin,
        yellow_min: DEFAULT_LEADER_ZONES.yellowMin,
      })
      .execute();
    const ids: number[] = [];
    for (const r of s.rounds) {
      ids.push(
        (
          await trx
            .insertInto('reserve_round')
            .values({ municipality_id: municipalityId, title: r.title, held_on: r.heldOn, order_number: r.orderNumber })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    }
    roundIds.set(s.municipalityCode, ids);
  }
  for (const c of personnel.candidates) {
    const rounds = roundIds.get(c.municipalityCode) ?? [];
    const round = c.round === null ? null : (rounds[Math.min(c.round, rounds.length - 1)] ?? null);
    const status = c.appointment ? 'appointed' : c.excludedOn ? 'excluded' : c.enrolledOn ? 'enrolled' : 'nominated';
    const { id } = await trx
      .insertInto('reserve_candidate')
      .values({
        municipality_id: orgId(c.municipalityCode),
        full_name: c.fullName,
        workplace_org_id: orgId(c.workplaceCode),
        current_post: c.currentPost,
        target_post: c.targetPost,
        education_level: c.educationLevel,
        mgmt_education: c.mgmtEducation,
        round_id: round,
        status,
        nominated_on: c.nominatedOn,
        enrolled_on: c.enrolledOn,
        excluded_on: c.excludedOn,
        exclusion_reason: c.exclusionReason,
        mentor_leader_id: c.mentorOrgCode ? (headId.get(c.mentorOrgCode) ?? null) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (c.events.length) {
      await trx
        .insertInto('reserve_event')
        .values(
          c.events.map((e) => ({
            candidate_id: id,
            kind: e.kind,
            held_on: e.heldOn,
            title: e.title,
            hours: e.hours ?? null,
            passed: e.passed ?? null,
          })),
        )
        .execute();
    }
    if (c.plan.length) {
      await trx
        .insertInto('development_plan_item')
        .values(c.plan.map((p) => ({ candidate_id: id, title: p.title, due_on: p.dueOn, done_on: p.doneOn })))
        .execute();
    }
    if (c.appointment) {
      const a = c.appointment;
      const { id: leaderId } = await trx
        .insertInto('leader')
        .values({
          org_id: orgId(a.orgCode),
          full_name: c.fullName,
          post_kind: a.postKind,
          post_title: a.postTitle,
          appointed_on: a.appointedOn,
          education_level: c.educationLevel,
          education: 'высшее педагогическое',
          mgmt_education: c.mgmtEducation,
          reserve_candidate_id: id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('reserve_appointment')
        .values({
          candidate_id: id,
          org_id: orgId(a.orgCode),
          post_kind: a.postKind,
          post_title: a.postTitle,
          appointed_on: a.appointedOn,
          order_number: a.orderNumber,
          order_date: a.orderDate,
          approved_by_name: 'Руководитель управления образования (демо)',
          approved_by_post: 'начальник управления образования',
          leader_id: leaderId,
        })
        .execute();
    }
  }
  const municipalities = await trx.selectFrom('org').select('id').where('kind', '=', 'municipality').execute();
  for (const m of municipalities) await syncRegisterValues(trx, m.id);
}
