/** One scorer's points for a position. */
export interface ScorerPoints {
  scorer: string;
  points: number;
}

export type ResolvedState = 'agreed' | 'unanimous' | 'single' | 'disagreement' | 'unscored';

export const RESOLVED_STATE_NAMES: Record<ResolvedState, string> = {
  agreed: 'согласованный балл',
  unanimous: 'оценки экспертов совпадают',
  single: 'оценил один эксперт',
  disagreement: 'расхождение экспертов',
  unscored: 'не оценена',
};

export interface ResolvedPosition {
  /** The points the indices use, or null while the position is unscored or in dispute. */
  points: number | null;
  state: ResolvedState;
  scores: ScorerPoints[];
  /** Largest minus smallest of the scorers' points (0 when they agree or one scored). */
  spread: number;
}

/**
 * The points a position counts with: the agreed score when one is recorded; else the scorers'
 * common points when all who scored agree (or only one scored); otherwise none — a disagreement
 * stays out of the indices (and shows as not scored in their completeness) until it is agreed.
 */
export function resolvePosition(scores: readonly ScorerPoints[], agreed: number | null | undefined): ResolvedPosition {
  const values = scores.map((s) => s.points);
  const spread = values.length ? Math.max(...values) - Math.min(...values) : 0;
  const base = { scores: [...scores], spread };
  if (agreed !== null && agreed !== undefined) return { ...base, points: agreed, state: 'agreed' };
  if (values.length === 0) return { ...base, points: null, state: 'unscored' };
  if (spread !== 0) return { ...base, points: null, state: 'disagreement' };
  return { ...base, points: values[0] ?? null, state: values.length === 1 ? 'single' : 'unanimous' };
}
