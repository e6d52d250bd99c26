import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { LeaderPeriodResult } from '../../api/personnel-leaders.ts';
import { leaderZone, type LeaderZoneThresholds } from '../../domain/personnel/leader-zone.ts';
import { ratingOf } from '../results/rating-queries.ts';
import { cataloguesReadingRegister } from './sync-register-values.ts';

export interface LeaderResults {
  catalogue: { id: number; name: string } | null;
  byOrg: Map<number, LeaderPeriodResult[]>;
}

/**
 * What the leader-effectiveness catalogue (the one that reads the register) says of the
 * municipality's organisations, period by period: summary score, place, direction scores, and the
 * zone by the municipality's leader thresholds (seed 000 table 1 marks leaders and teams so).
 */
export async function leaderResults(db: Kysely<Database>, municipalityId: number, zones: LeaderZoneThresholds): Promise<LeaderResults> {
  const [frameworkId] = await cataloguesReadingRegister(db);
  const byOrg = new Map<number, LeaderPeriodResult[]>();
  if (frameworkId === undefined) return { catalogue: null, byOrg };
  const framework = await db.selectFrom('framework').select(['id', 'name']).where('id', '=', frameworkId).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('rating_result as r')
    .innerJoin('period as p', 'p.id', 'r.period_id')
    .select(['r.period_id', 'r.comparison_key', 'r.content', 'r.object_ids', 'p.name', 'p.starts_on', 'p.ends_on'])
    .where('r.framework_id', '=', frameworkId)
    .where('r.scope_org_id', '=', municipalityId)
    .orderBy('p.starts_on')
    .execute();
  for (const row of rows) {
    const stored = await ratingOf(db, {
      frameworkId,
      periodId: row.period_id,
      key: row.comparison_key,
      content: row.content,
      objectIds: row.object_ids,
    });
    for (const object of stored.objects) {
      const cell = stored.rating.summary[String(object.id)];
      const score = cell?.score.kind === 'ok' ? cell.score.value : null;
      const list = byOrg.get(object.id) ?? [];
      byOrg.set(object.id, list);
      list.push({
        periodId: row.period_id,
        periodName: row.name,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        score,
        place: cell?.place ? cell.place.label : null,
        compared: stored.objects.length,
        zone: score === null ? null : leaderZone(score, zones),
        directions: stored.directions.map((d) => {
          const c = stored.rating.directions.find((x) => x.code === d.code)?.cells[String(object.id)];
          return { code: d.code, name: d.name, score: c?.score.kind === 'ok' ? c.score.value : null };
        }),
      });
    }
  }
  return { catalogue: { id: framework.id, name: framework.name }, byOrg };
}

/** The newest rated period of an organisation: the zone its leader is in now. */
export function currentResult(results: readonly LeaderPeriodResult[] | undefined): LeaderPeriodResult | null {
  return [...(results ?? [])].reverse().find((r) => r.score !== null) ?? null;
}
