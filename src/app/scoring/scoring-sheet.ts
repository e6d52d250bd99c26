import { RESOLVED_STATE_NAMES, type ResolvedState } from '../../domain/scoring/resolve-points.ts';
import { forbidden, notFound } from '../app-error.ts';
import { actorSees } from '../actor.ts';
import type { UseCaseContext } from '../context.ts';
import { ownScores, resolveObject, roundScores, type ObjectScores } from './round-scores.ts';
import { loadMechanismCatalogue, loadRound, managesRounds, roundPositions, type RoundRecord } from './scoring-round.ts';
import type { ScoringSheet } from '../../api/scoring.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';
export type { ScoringSheet };

export interface SheetPosition {
  code: string;
  name: string;
  source: string;
  maxPoints: number;
  component: string;
  componentName: string;
  directionCode: string;
  directionName: string;
  /** The caller's own score (a scorer), or null. */
  mine: { points: number; comment: string | null; links: { url: string; title: string }[] } | null;
  /** Every scorer's points (for the round's managers: the disagreement view). */
  scores: { userId: number; scorer: string; points: number; comment: string | null; links: { url: string; title: string }[] }[];
  agreed: { points: number; comment: string | null; agreedBy: string | null; agreedAt: string } | null;
  state: ResolvedState;
  stateName: string;
  /** Points the index counts for the position (null: not scored or in dispute). */
  points: number | null;
  spread: number;
  evidence: { id: number; fileName: string; size: number; uploadedBy: string | null }[];
}

/**
 * The scoring sheet of one object: its positions by direction and component, the caller's own
 * scores, and for the round's managers every scorer's points side by side with the disagreements,
 * the agreed scores and the index those give. Scorers see their own scores only (no anchoring).
 */
export async function getSheet(ctx: UseCaseContext, roundId: number, orgId: number): Promise<ScoringSheet> {
  const round = await loadRound(ctx, roundId);
  return sheetOf(ctx, round, orgId);
}

export async function sheetOf(ctx: UseCaseContext, round: RoundRecord, orgId: number): Promise<ScoringSheet> {
  const org = await orgRepository.findById(ctx.db, orgId);
  const scores = (await roundScores(ctx.db, round.id, [orgId])).get(orgId);
  if (!org || !scores) throw notFound(`Объект оценки с id ${orgId} в раунде «${round.name}»`);
  const canAgree = managesRounds(ctx.actor) && actorSees(ctx.actor, round.scopePath);
  const canScore = scores.scorers.some((s) => s.userId === ctx.actor.userId);
  const seesAll = canAgree || (ctx.actor.role === 'viewer' && actorSees(ctx.actor, org.path));
  if (!canScore && !seesAll) throw forbidden('Лист оценки этого объекта доступен назначенным экспертам и оператору раунда.');
  const catalogue = await loadMechanismCatalogue(ctx.db, round.frameworkId);
  // A scorer who does not run the round sees the sheet as if they were its only scorer: states,
  // spreads and the index from their own points, so nothing reveals a colleague's scores.
  const visible: ObjectScores = seesAll ? scores : ownScores(scores, ctx.actor.userId);
  const resolved = resolveObject(catalogue, round, visible);
  const componentNames = new Map((catalogue.components ?? []).map((c) => [c.code, c.name]));
  const evidence = await ctx.db
    .selectFrom('evidence_file as e')
    .leftJoin('app_user as u', 'u.id', 'e.user_id')
    .select(['e.id', 'e.position_code', 'e.file_name', 'e.size', 'e.user_id', 'u.full_name'])
    .where('e.round_id', '=', round.id)
    .where('e.org_id', '=', orgId)
    .orderBy('e.id')
    .execute();
  const positions: SheetPosition[] = roundPositions(catalogue, round.includeOptional).map((p) => {
    const all = scores.scores.get(p.code) ?? [];
    const own = all.find((s) => s.userId === ctx.actor.userId);
    const r = resolved.resolved.get(p.code);
    const agreed = visible.agreed.get(p.code);
    const state = r?.state ?? 'unscored';
    return {
      code: p.code,
      name: p.name,
      source: p.source,
      maxPoints: p.maxPoints,
      component: p.component,
      componentName: componentNames.get(p.component) ?? p.component,
      directionCode: p.directionCode,
      directionName: p.directionName,
      mine: own ? { points: own.points, comment: own.comment, links: own.links } : null,
      scores: seesAll
        ? all.map((s) => ({ userId: s.userId, scorer: s.scorerName, points: s.points, comment: s.comment, links: s.links }))
        : [],
      agreed: agreed
        ? { points: agreed.points, comment: agreed.comment, agreedBy: agreed.agreedBy, agreedAt: agreed.agreedAt.toISOString() }
        : null,
      state,
      stateName: RESOLVED_STATE_NAMES[state],
      points: r?.points ?? null,
      spread: r?.spread ?? 0,
      evidence: evidence
        .filter((e) => e.position_code === p.code && (seesAll || e.user_id === ctx.actor.userId))
        .map((e) => ({ id: e.id, fileName: e.file_name, size: e.size, uploadedBy: e.full_name })),
    };
  });
  return {
    round: {
      id: round.id,
      name: round.name,
      kind: round.kind,
      periodName: round.periodName,
      catalogueName: catalogue.name,
      closed: round.closedAt !== null,
    },
    object: { id: org.id, code: org.code, name: org.short_name ?? org.name },
    canScore,
    canAgree,
    scorers: scores.scorers,
    positions,
    index: resolved.index,
  };
}
