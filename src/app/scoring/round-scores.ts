import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { computeMechanismIndex, type MechanismIndex } from '../../domain/scoring/mechanism-index.ts';
import { resolvePosition, type ResolvedPosition } from '../../domain/scoring/resolve-points.ts';
import { roundPositions, type RoundRecord } from './scoring-round.ts';

export interface StoredScore {
  userId: number;
  scorerName: string;
  points: number;
  comment: string | null;
  links: { url: string; title: string }[];
  source: string;
  updatedAt: Date;
}

export interface StoredAgreed {
  points: number;
  comment: string | null;
  agreedBy: string | null;
  agreedAt: Date;
}

/** Everything scored for one object: each position's scores by scorer and its agreed score. */
export interface ObjectScores {
  scorers: { userId: number; fullName: string }[];
  scores: Map<string, StoredScore[]>;
  agreed: Map<string, StoredAgreed>;
}

/** The scores, agreed scores and scorers of a round's objects, by object id. */
export async function roundScores(db: Kysely<Database>, roundId: number, orgIds?: readonly number[]): Promise<Map<number, ObjectScores>> {
  let assignments = db
    .selectFrom('scoring_assignment as a')
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .select(['a.org_id', 'a.user_id', 'u.full_name'])
    .where('a.round_id', '=', roundId);
  let scores = db
    .selectFrom('expert_score as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select('u.full_name')
    .where('s.round_id', '=', roundId);
  let agreed = db
    .selectFrom('agreed_score as g')
    .leftJoin('app_user as u', 'u.id', 'g.agreed_by')
    .selectAll('g')
    .select('u.full_name')
    .where('g.round_id', '=', roundId);
  if (orgIds) {
    const ids = orgIds.length ? [...orgIds] : [0];
    assignments = assignments.where('a.org_id', 'in', ids);
    scores = scores.where('s.org_id', 'in', ids);
    agreed = agreed.where('g.org_id', 'in', ids);
  }
  const out = new Map<number, ObjectScores>();
  const of = (orgId: number) => {
    let entry = out.get(orgId);
    if (!entry) out.set(orgId, (entry = { scorers: [], scores: new Map(), agreed: new Map() }));
    return entry;
  };
  for (const a of await assignments.orderBy('u.full_name').execute())
    of(a.org_id).scorers.push({ userId: a.user_id, fullName: a.full_name });
  for (const s of await scores.orderBy('u.full_name').execute()) {
    const list = of(s.org_id).scores.get(s.position_code) ?? [];
    list.push({
      userId: s.user_id,
      scorerName: s.full_name,
      points: Number(s.points),
      comment: s.comment,
      links: s.links,
      source: s.source,
      updatedAt: s.updated_at,
    });
    of(s.org_id).scores.set(s.position_code, list);
  }
  for (const g of await agreed.execute()) {
    of(g.org_id).agreed.set(g.position_code, {
      points: Number(g.points),
      comment: g.comment,
      agreedBy: g.full_name,
      agreedAt: g.agreed_at,
    });
  }
  return out;
}

/**
 * An object's scores as one scorer who does not run the round may see them: as if they were its
 * only scorer — their own points, no agreed scores — so that no state, spread, total or index
 * reveals a colleague's points. The list of assigned scorers is kept.
 */
export function ownScores(scores: ObjectScores, userId: number): ObjectScores {
  return {
    scorers: scores.scorers,
    agreed: new Map(),
    scores: new Map([...scores.scores].map(([code, list]) => [code, list.filter((x) => x.userId === userId)])),
  };
}

export interface ResolvedObject {
  resolved: Map<string, ResolvedPosition>;
  index: MechanismIndex;
  disagreements: number;
}

/**
 * One object's positions resolved (agreed, unanimous, single, in dispute, unscored) and its 9-step
 * index computed by the engine from the resolved points: a position in dispute counts as not
 * scored until an agreed score is recorded.
 */
export function resolveObject(
  catalogue: Catalogue,
  round: Pick<RoundRecord, 'includeOptional'>,
  scores: ObjectScores | undefined,
): ResolvedObject {
  const resolved = new Map<string, ResolvedPosition>();
  const points: Record<string, number | null> = {};
  let disagreements = 0;
  for (const position of roundPositions(catalogue, round.includeOptional)) {
    const r = resolvePosition(
      (scores?.scores.get(position.code) ?? []).map((s) => ({ scorer: s.scorerName, points: s.points })),
      scores?.agreed.get(position.code)?.points,
    );
    resolved.set(position.code, r);
    points[position.code] = r.points;
    if (r.state === 'disagreement') disagreements++;
  }
  return { resolved, index: computeMechanismIndex(catalogue, points, { includeOptional: round.includeOptional }), disagreements };
}
