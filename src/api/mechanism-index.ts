// The 9-step mechanism index (seed 000 §2) of one scored object, every number explained.
import { Type as T, type Static } from '@sinclair/typebox';
import type {
  ExplainedNumber as DomainExplainedNumber,
  MechanismIndex as DomainMechanismIndex,
} from '../domain/scoring/mechanism-index-types.ts';
import { Nullable } from './common.ts';
import { Outcome } from './outcome.ts';
import type { Assert, Equal } from './type-equality.ts';

export const ExplainedNumber = T.Object({
  value: Outcome,
  step: T.Unsafe<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9>(T.Integer({ minimum: 1, maximum: 9, description: 'Этап расчёта (1–9)' })),
  rule: T.String(),
  calculation: T.String({ description: 'Арифметика: «D1: 3 + D2: 8 = 11»' }),
  positions: T.Array(T.String()),
});
export type ExplainedNumber = Static<typeof ExplainedNumber>;

const Completeness = T.Object({ total: T.Integer(), scored: T.Integer(), unscored: T.Array(T.String()), invalid: T.Array(T.String()) });
const pointsNode = { code: T.String(), maxPoints: T.Number(), completeness: Completeness, points: ExplainedNumber };

const PositionScore = T.Object({ ...pointsNode, component: T.String() });
const ComponentScore = T.Object({
  ...pointsNode,
  name: T.String(),
  cycleBlock: Nullable(T.String()),
  positions: T.Array(PositionScore),
  formation: ExplainedNumber,
});
const DirectionScore = T.Object({
  ...pointsNode,
  name: T.String(),
  optional: T.Boolean(),
  components: T.Array(ComponentScore),
  index: ExplainedNumber,
});
const BlockScore = T.Object({
  ...pointsNode,
  name: T.String(),
  directions: T.Array(DirectionScore),
  excludedDirections: T.Array(T.String()),
  index: ExplainedNumber,
  meanDirectionIndex: ExplainedNumber,
});

export const MechanismIndex = T.Object({
  maxPoints: T.Number(),
  completeness: Completeness,
  blocks: T.Array(BlockScore),
  total: ExplainedNumber,
  index: ExplainedNumber,
  unknownPositions: T.Array(T.String()),
});
export type MechanismIndex = Static<typeof MechanismIndex>;

export type _MechanismIndexChecks = [
  Assert<Equal<ExplainedNumber, DomainExplainedNumber>>,
  Assert<Equal<MechanismIndex, DomainMechanismIndex>>,
];
