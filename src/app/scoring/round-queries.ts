import { placePrecisionOf } from '../../domain/catalogue/scoring-rules.ts';
import { rankScores } from '../../domain/rating/places.ts';
import type { ExplainedNumber } from '../../domain/scoring/mechanism-index.ts';
import { zoneOf, gapRuleOf } from '../../domain/rating/zones.ts';
import { zoneYears } from '../../domain/catalogue/zone-thresholds.ts';
import type { UseCaseContext } from '../context.ts';
import { zoneYearOf } from '../../domain/results/rate-comparison.ts';
import { ownScores, resolveObject, roundScores } from './round-scores.ts';
import {
  assignedObjects,
  loadMechanismCatalogue,
  loadRound,
  managesRounds,
  roundPositions,
  seesTerritory,
  type RoundRecord,
} from './scoring-round.ts';
import { actorSees } from '../actor.ts';
import type { RoundSummary, RoundDetail } from '../../api/scoring.ts';
export type { RoundSummary, RoundDetail };

/** A number of the index as the API gives it: value (null when not computed), the reason, the arithmetic. */
export interface IndexNumber {
  value: number | null;
  reason: string | null;
  rule: string;
  calculation: string;
}

const number = (n: ExplainedNumber): IndexNumber => ({
  value: n.value.kind === 'ok' ? n.value.value : null,
  reason: n.value.kind === 'ok' ? null : n.value.reason,
  rule: n.rule,
  calculation: n.calculation,
});

export interface RoundObject {
  orgId: number;
  code: string;
  name: string;
  scorers: { userId: number; fullName: string; scored: number }[];
  positions: number;
  /** Positions whose points count (agreed, unanimous or by a single scorer). */
  resolved: number;
  disagreements: number;
  agreed: number;
  index: IndexNumber;
  total: IndexNumber;
  blocks: { code: string; name: string; index: IndexNumber; meanDirectionIndex: IndexNumber }[];
  directions: { code: string; name: string; index: IndexNumber }[];
  /** Place among the round's objects by the overall index (objects without an index are not placed). */
  place: string | null;
  zone: { zone: string; rule: string } | null;
}

/** Rounds the caller may see: managers and viewers by territory, scorers those they are assigned in. */
export async function listRounds(ctx: UseCaseContext): Promise<RoundSummary[]> {
  const rows = await ctx.db
    .selectFrom('scoring_round as r')
    .innerJoin('org as s', 's.id', 'r.scope_org_id')
    .innerJoin('period as p', 'p.id', 'r.period_id')
    .innerJoin('framework as f', 'f.id', 'r.framework_id')
    .select([
      'r.id',
      'r.name',
      'r.kind',
      's.name as scope_name',
      's.path as scope_path',
      'p.name as period_name',
      'f.name as catalogue_name',
      'r.created_at',
    ])
    .select((eb) => [
      eb
        .selectFrom('scoring_assignment as a')
        .select((e) => e.fn.count<number>('a.org_id').distinct().as('n'))
        .whereRef('a.round_id', '=', 'r.id')
        .as('objects'),
      eb
        .selectFrom('scoring_assignment as a')
        .select((e) => e.fn.count<number>('a.org_id').distinct().as('n'))
        .whereRef('a.round_id', '=', 'r.id')
        .where('a.user_id', '=', ctx.actor.userId)
        .as('mine'),
    ])
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows
    .filter((r) => Number(r.mine) > 0 || seesTerritory(ctx.actor, r.scope_path))
    .map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      scopeName: r.scope_name,
      periodName: r.period_name,
      catalogueName: r.catalogue_name,
      objects: Number(r.objects ?? 0),
      mine: Number(r.mine ?? 0),
      createdAt: r.created_at.toISOString(),
    }));
}

/**
 * A round with each object's progress (per scorer), disagreements, agreed scores, its 9-step index
 * (overall, blocks with the mean of direction indices beside the step-7 index, directions) and its
 * place among the round's objects, with a zone when the catalogue has thresholds for the year.
 * A scorer sees only the objects assigned to them.
 */
export async function getRound(ctx: UseCaseContext, id: number): Promise<RoundDetail> {
  const round = await loadRound(ctx, id);
  return roundDetail(ctx, round);
}

export async function roundDetail(ctx: UseCaseContext, round: RoundRecord): Promise<RoundDetail> {
  const catalogue = await loadMechanismCatalogue(ctx.db, round.frameworkId);
  const manages = managesRounds(ctx.actor) && actorSees(ctx.actor, round.scopePath);
  const seesAll = seesTerritory(ctx.actor, round.scopePath);
  const visible = seesAll ? undefined : await assignedObjects(ctx.db, round.id, ctx.actor.userId);
  const all = await roundScores(ctx.db, round.id, visible);
  // A scorer who does not see the whole territory sees each object as its only scorer (as on the sheet).
  const scores = seesAll
    ? all
    : new Map(
        [...all].map(([orgId, s]) => {
          const own = ownScores(s, ctx.actor.userId);
          return [orgId, { ...own, scorers: own.scorers.filter((x) => x.userId === ctx.actor.userId) }];
        }),
      );
  const orgs = await ctx.db
    .selectFrom('org')
    .select(['id', 'code', 'name', 'short_name'])
    .where('id', 'in', [...scores.keys(), 0])
    .orderBy('code')
    .execute();
  const positions = roundPositions(catalogue, round.includeOptional).length;
  const period = await ctx.db
    .selectFrom('period')
    .select(['kind', 'starts_on', 'ends_on'])
    .where('id', '=', round.periodId)
    .executeTakeFirstOrThrow();
  const zones = zoneYears(catalogue.scoring).find((z) => z.year === zoneYearOf(period));
  const gapRule = gapRuleOf(catalogue.scoring);
  const objects: RoundObject[] = orgs.map((org) => {
    const s = scores.get(org.id);
    const r = resolveObject(catalogue, round, s);
    const index = number(r.index.index);
    const zone = zones && index.value !== null ? zoneOf(index.value, zones, gapRule, placePrecisionOf(catalogue)) : null;
    return {
      orgId: org.id,
      code: org.code,
      name: org.short_name ?? org.name,
      scorers: (s?.scorers ?? []).map((x) => ({
        ...x,
        scored: [...(s?.scores.values() ?? [])].filter((list) => list.some((v) => v.userId === x.userId)).length,
      })),
      positions,
      resolved: [...r.resolved.values()].filter((p) => p.points !== null).length,
      disagreements: r.disagreements,
      agreed: s?.agreed.size ?? 0,
      index,
      total: number(r.index.total),
      blocks: r.index.blocks.map((b) => ({
        code: b.code,
        name: b.name,
        index: number(b.index),
        meanDirectionIndex: number(b.meanDirectionIndex),
      })),
      directions: r.index.blocks.flatMap((b) => b.directions.map((d) => ({ code: d.code, name: d.name, index: number(d.index) }))),
      place: null,
      zone: zone?.kind === 'ok' ? { zone: zone.value.zone, rule: zone.value.explanation } : null,
    };
  });
  const places = rankScores(
    objects.filter((o) => o.index.value !== null).map((o) => ({ id: String(o.orgId), score: o.index.value ?? 0 })),
    placePrecisionOf(catalogue),
  );
  for (const o of objects) o.place = places.get(String(o.orgId))?.label ?? null;
  return {
    id: round.id,
    name: round.name,
    kind: round.kind,
    scopeName: round.scopeName,
    periodName: round.periodName,
    catalogueName: catalogue.name,
    objects: objects.length,
    mine: seesAll ? objects.filter((o) => o.scorers.some((x) => x.userId === ctx.actor.userId)).length : objects.length,
    createdAt: round.createdAt.toISOString(),
    frameworkId: round.frameworkId,
    periodId: round.periodId,
    scopeOrgId: round.scopeOrgId,
    includeOptional: round.includeOptional,
    closedAt: round.closedAt?.toISOString() ?? null,
    manages,
    objectsList: objects,
  };
}
