// Results: the recompute of values and ratings, and how one value was computed.
import { Type as T, type Static } from '@sinclair/typebox';
import type { FormulaExplanation as DomainFormulaExplanation } from '../domain/indicator-values/evaluate-formula.ts';
import type { IndicatorExplanation as DomainIndicatorExplanation } from '../domain/indicator-values/indicator-values.ts';
import type { RollUp as DomainRollUp } from '../domain/indicator-values/roll-up.ts';
import { Nullable, StringEnum } from './common.ts';
import type { Assert, Equal } from './type-equality.ts';

const Id = T.Integer({ minimum: 1 });

export const ComputeBody = T.Object(
  {
    catalogueId: Id,
    periodId: Id,
    orgId: T.Optional(T.Integer({ minimum: 1, description: 'Только то, что зависит от данных этой организации (или муниципалитета)' })),
  },
  { additionalProperties: false },
);
export type ComputeBody = Static<typeof ComputeBody>;

export const ComputeReport = T.Object({
  frameworkId: T.Integer(),
  periodId: T.Integer(),
  orgId: T.Optional(T.Integer({ description: 'Задан, когда пересчитано только зависящее от данных одной организации' })),
  indicators: T.Integer(),
  skippedIndicators: T.Integer(),
  values: T.Integer(),
  comparisons: T.Integer(),
});
export type ComputeReport = Static<typeof ComputeReport>;

export const ExplainQuery = T.Object(
  { catalogueId: Id, periodId: Id, orgId: Id, indicator: T.String({ minLength: 1, maxLength: 80 }) },
  { additionalProperties: false },
);
export type ExplainQuery = Static<typeof ExplainQuery>;

export const RollUpRule = StringEnum(['ratio', 'quotient', 'share', 'sum'] as const);

export const FormulaExplanation = T.Object({
  formula: T.String(),
  inputs: T.Array(T.Object({ element: T.String(), breakdown: T.String(), value: T.Number() })),
  indicators: T.Array(T.Object({ code: T.String(), value: T.Number() })),
  ratios: T.Array(T.Object({ at: T.Integer(), numerator: T.Number(), denominator: T.Number() })),
  numerator: T.Optional(T.Number()),
  denominator: T.Optional(T.Number()),
  persons: T.Optional(T.Object({ total: T.Integer(), matching: T.Integer() })),
});
export type FormulaExplanation = Static<typeof FormulaExplanation>;

export const RollUp = T.Object({
  rule: RollUpRule,
  numerator: T.Number(),
  denominator: T.Number(),
  used: T.Integer(),
  total: T.Integer(),
  excluded: T.Array(T.Object({ objectId: T.Integer(), reason: T.String() })),
});
export type RollUp = Static<typeof RollUp>;

export const IndicatorExplanation = T.Union([
  T.Object({ kind: T.Literal('formula'), formula: FormulaExplanation, rule: RollUpRule }),
  T.Object({ kind: T.Literal('roll-up'), formula: T.String(), rollUp: RollUp }),
  T.Object({ kind: T.Literal('not-parsed'), formula: T.String(), issue: T.String() }),
]);
export type IndicatorExplanation = Static<typeof IndicatorExplanation>;

/** One data value an organisation's indicator was computed from, with who entered it and when. */
export const ExplainInput = T.Object({
  element: T.String(),
  elementName: T.String(),
  breakdown: T.String(),
  value: T.Number(),
  status: T.String(),
  source: T.String(),
  enteredBy: Nullable(T.String()),
  updatedAt: T.String(),
});
export type ExplainInput = Static<typeof ExplainInput>;

export const ValueExplanation = T.Object({
  objectName: T.String(),
  indicatorCode: T.String(),
  level: StringEnum(['organisation', 'municipality', 'region'] as const),
  outcome: StringEnum(['ok', 'missing', 'invalid'] as const),
  value: Nullable(T.Number()),
  reason: Nullable(T.String()),
  explanation: IndicatorExplanation,
  inputs: T.Array(ExplainInput, { description: 'Данные, из которых вычислено значение организации (пусто для свода)' }),
  objectNames: T.Record(T.String(), T.String(), { description: 'Названия объектов, не вошедших в свод, по id' }),
  stale: T.Boolean({ description: 'Данные изменились после последнего пересчёта' }),
});
export type ValueExplanation = Static<typeof ValueExplanation>;

export type _ResultChecks = [
  Assert<Equal<FormulaExplanation, DomainFormulaExplanation>>,
  Assert<Equal<RollUp, DomainRollUp>>,
  Assert<Equal<IndicatorExplanation, DomainIndicatorExplanation>>,
];
