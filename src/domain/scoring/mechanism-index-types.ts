import type { Outcome } from '../outcome.ts';

/** The step of seed 000 §2 (1–9) that produced a number. */
export type MechanismStep = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Primary points per position code, from an expert; absent or null means «не оценена». */
export type PrimaryPoints = Readonly<Record<string, number | null | undefined>>;

export interface MechanismIndexOptions {
  /** Include optional directions (the ninth, «объективность процедур…») in blocks and totals. */
  includeOptional: boolean;
  /**
   * Count an unscored position as 0 points instead of making every sum above it `missing`.
   * Completeness still lists the unscored positions. Default false.
   */
  unscoredAsZero?: boolean;
}

/** One number of the calculation and how it was obtained, in Russian. */
export interface ExplainedNumber {
  value: Outcome;
  step: MechanismStep;
  /** The rule of the step, in Russian. */
  rule: string;
  /** The arithmetic, e.g. «D1: 3 + D2: 8 = 11» or «11 / 16 × 100 = 68,75 %». */
  calculation: string;
  /** Codes of the positions the number depends on. */
  positions: string[];
}

/** How many positions under a node are scored, and which are not or are out of range. */
export interface Completeness {
  total: number;
  scored: number;
  unscored: string[];
  invalid: string[];
}

/** Common shape of every node that has points and a maximum (position … total). */
export interface PointsNode {
  code: string;
  maxPoints: number;
  completeness: Completeness;
  points: ExplainedNumber;
}

/** Step 1: a position of evaluation with the expert's primary points. */
export interface PositionScore extends PointsNode {
  component: string;
}

/** Steps 2–3: a cycle component of one direction. */
export interface ComponentScore extends PointsNode {
  name: string;
  cycleBlock: string | null;
  positions: PositionScore[];
  /** Step 3: degree of formation (степень сформированности), %. */
  formation: ExplainedNumber;
}

/** Steps 4–5: a direction (система, направление). */
export interface DirectionScore extends PointsNode {
  name: string;
  optional: boolean;
  components: ComponentScore[];
  /** Step 5: index of the direction, %. */
  index: ExplainedNumber;
}

/** Steps 6–7: a block (механизм), with the published mean of direction indices beside it. */
export interface BlockScore extends PointsNode {
  name: string;
  directions: DirectionScore[];
  /** Optional directions left out by the options. */
  excludedDirections: string[];
  /** Step 7: block points / block maximum × 100, %. */
  index: ExplainedNumber;
  /**
   * Mean of the indices of the included directions, % (what seed 004 publishes, over the four non-optional ones);
   * equals `index` only when those directions have equal maxima.
   */
  meanDirectionIndex: ExplainedNumber;
}

/** Steps 8–9: the whole assessment. */
export interface MechanismIndex {
  maxPoints: number;
  completeness: Completeness;
  blocks: BlockScore[];
  /** Step 8: total points of both blocks. */
  total: ExplainedNumber;
  /** Step 9: total / maximum × 100, %. */
  index: ExplainedNumber;
  /** Codes in the points that are not positions of the catalogue (ignored). */
  unknownPositions: string[];
}
