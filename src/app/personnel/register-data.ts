import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { DEFAULT_LEADER_ZONES, type LeaderZoneThresholds } from '../../domain/personnel/leader-zone.ts';
import type { Candidate, Leader, ReservePolicy } from '../../domain/personnel/personnel.ts';

export interface RegisterData {
  leaders: Leader[];
  candidates: Candidate[];
  policy: ReservePolicy | null;
  zones: LeaderZoneThresholds;
}

/** The register of one municipality as the pure rules read it: its organisations' leaders, its reserve, its settings. */
export async function loadRegisterData(db: Kysely<Database>, municipalityId: number): Promise<RegisterData> {
  const leaderRows = await db
    .selectFrom('leader as l')
    .innerJoin('org as o', 'o.id', 'l.org_id')
    .select(['l.id', 'l.org_id', 'l.post_kind', 'l.appointed_on', 'l.left_on', 'l.education_level', 'l.mgmt_education'])
    .where('o.parent_id', '=', municipalityId)
    .orderBy('l.id')
    .execute();
  const leaderEvents = leaderRows.length
    ? await db
        .selectFrom('leader_event')
        .select(['leader_id', 'kind', 'held_on', 'relevant', 'voluntary', 'level'])
        .where(
          'leader_id',
          'in',
          leaderRows.map((l) => l.id),
        )
        .execute()
    : [];
  const candidateRows = await db
    .selectFrom('reserve_candidate as c')
    .leftJoin('reserve_appointment as a', 'a.candidate_id', 'c.id')
    .select(['c.id', 'c.municipality_id', 'c.nominated_on', 'c.enrolled_on', 'c.excluded_on', 'a.appointed_on'])
    .where('c.municipality_id', '=', municipalityId)
    .orderBy('c.id')
    .execute();
  const ids = candidateRows.map((c) => c.id);
  const events = ids.length
    ? await db.selectFrom('reserve_event').select(['candidate_id', 'kind', 'held_on', 'passed']).where('candidate_id', 'in', ids).execute()
    : [];
  const plan = ids.length
    ? await db.selectFrom('development_plan_item').select(['candidate_id', 'due_on', 'done_on']).where('candidate_id', 'in', ids).execute()
    : [];
  const settings = await db.selectFrom('personnel_settings').selectAll().where('municipality_id', '=', municipalityId).executeTakeFirst();
  const criteria = settings ? (typeof settings.criteria === 'string' ? JSON.parse(settings.criteria) : settings.criteria) : [];
  return {
    leaders: leaderRows.map((l) => ({
      id: l.id,
      orgId: l.org_id,
      postKind: l.post_kind,
      appointedOn: l.appointed_on,
      leftOn: l.left_on,
      educationLevel: l.education_level,
      mgmtEducation: l.mgmt_education,
      events: leaderEvents
        .filter((e) => e.leader_id === l.id)
        .map((e) => ({ kind: e.kind, heldOn: e.held_on, relevant: e.relevant, voluntary: e.voluntary, level: e.level })),
    })),
    candidates: candidateRows.map((c) => ({
      id: c.id,
      municipalityId: c.municipality_id,
      nominatedOn: c.nominated_on,
      enrolledOn: c.enrolled_on,
      excludedOn: c.excluded_on,
      appointedOn: c.appointed_on ?? null,
      events: events.filter((e) => e.candidate_id === c.id).map((e) => ({ kind: e.kind, heldOn: e.held_on, passed: e.passed })),
      plan: plan.filter((p) => p.candidate_id === c.id).map((p) => ({ dueOn: p.due_on, doneOn: p.done_on })),
    })),
    policy: settings
      ? {
          criteria: criteria as string[],
          trainingSystem: settings.training_system,
          supportMechanism: settings.support_mechanism,
          orderDate: settings.order_date,
        }
      : null,
    zones: thresholdsOf(settings),
  };
}

/** The leaders' zone thresholds of a settings row, or the defaults when the municipality has none. */
export function thresholdsOf(settings: { green_min: number | string; yellow_min: number | string } | undefined): LeaderZoneThresholds {
  return settings ? { greenMin: Number(settings.green_min), yellowMin: Number(settings.yellow_min) } : DEFAULT_LEADER_ZONES;
}

/** The municipality's leaders' zone thresholds (seed 000 table 1 as data), without the rest of the register. */
export async function loadZoneThresholds(db: Kysely<Database>, municipalityId: number): Promise<LeaderZoneThresholds> {
  return thresholdsOf(
    await db
      .selectFrom('personnel_settings')
      .select(['green_min', 'yellow_min'])
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirst(),
  );
}
