// The indicator page: one indicator over the objects of a comparison (statistics, distribution,
// best and worst, histogram) and its trend over the periods.
import { Type as T, type Static } from '@sinclair/typebox';
import type {
  IndicatorPageShape as AppIndicatorPageShape,
  TrendReading as AppTrendReading,
} from '../domain/results/indicator-page-shape.ts';
import { METHODS, POLARITIES, UNITS } from '../domain/catalogue/catalogue.ts';
import { INVERSION_RULES } from '../domain/rating/score.ts';
import { Nullable, StringEnum } from './common.ts';
import { RollUpRule } from './results.ts';
import type { Assert, Equal } from './type-equality.ts';

const Id = T.Integer({ minimum: 1 });

export const IndicatorPageQuery = T.Object(
  {
    catalogueId: Id,
    periodId: Id,
    key: T.String({ minLength: 1, maxLength: 200 }),
    indicator: T.String({ minLength: 1, maxLength: 80 }),
  },
  { additionalProperties: false },
);
export type IndicatorPageQuery = Static<typeof IndicatorPageQuery>;

const CodeName = T.Object({ code: T.String(), name: T.String() });
const Valued = { id: T.Integer(), name: T.String(), value: T.Number() };
const Ranked = T.Object({ ...Valued, rank: T.Integer({ description: '1 — лучший; равные значения делят ранг первого из них' }) });

export const TrendReading = T.Union([
  T.Object({
    kind: T.Literal('ok'),
    slope: T.Number({ description: 'Наклон по методу наименьших квадратов, в единицах показателя в год' }),
    direction: StringEnum(['up', 'down', 'flat'] as const),
    assessment: Nullable(StringEnum(['better', 'worse'] as const)),
    text: T.String(),
    years: T.Array(T.Integer()),
  }),
  T.Object({ kind: T.Literal('missing'), text: T.String() }),
]);
export type TrendReading = Static<typeof TrendReading>;

const pageShape = {
  stats: Nullable(
    T.Object({
      n: T.Integer(),
      nWithout: T.Integer(),
      min: T.Number(),
      q1: T.Number(),
      median: T.Number(),
      q3: T.Number(),
      max: T.Number(),
      mean: T.Number(),
    }),
  ),
  scopeValue: T.Object({ value: Nullable(T.Number()), reason: Nullable(T.String()) }),
  distribution: T.Object({
    values: T.Array(T.Object(Valued)),
    without: T.Array(
      T.Object({ id: T.Integer(), name: T.String(), kind: StringEnum(['missing', 'invalid'] as const), reason: T.String() }),
    ),
    reasons: T.Array(T.Object({ reason: T.String(), count: T.Integer() })),
  }),
  best: T.Array(Ranked),
  worst: T.Array(Ranked),
  histogram: Nullable(
    T.Object({
      rule: T.String(),
      width: T.Number(),
      bins: T.Array(T.Object({ from: T.Number(), to: T.Number(), count: T.Integer(), objects: T.Array(T.String()) })),
    }),
  ),
  trend: T.Object({
    points: T.Array(
      T.Object({
        periodId: T.Integer(),
        periodName: T.String(),
        year: T.Integer(),
        scope: Nullable(T.Number()),
        median: Nullable(T.Number()),
        q1: Nullable(T.Number()),
        q3: Nullable(T.Number()),
        n: T.Integer(),
      }),
    ),
    scopeScale: StringEnum(['same', 'total', 'share'] as const),
    scope: TrendReading,
    median: TrendReading,
  }),
};

/** What the pure shaping of the page (app/results/indicator-page-shape) produces. */
export const IndicatorPageShape = T.Object(pageShape);
export type IndicatorPageShape = Static<typeof IndicatorPageShape>;

export const IndicatorPageView = T.Object({
  catalogue: T.Object({ id: T.Integer(), code: T.String(), version: T.Integer(), name: T.String() }),
  period: T.Object({ id: T.Integer(), name: T.String() }),
  comparison: T.Object({
    key: T.String(),
    title: T.String(),
    computedAt: Nullable(T.String()),
    scope: T.Object({ id: T.Integer(), name: T.String(), kind: T.String() }),
    objectCount: T.Integer(),
  }),
  indicator: T.Object({
    code: T.String(),
    name: T.String(),
    unit: StringEnum(UNITS),
    polarity: StringEnum(POLARITIES),
    periodKind: StringEnum(['calendar_year', 'school_year'] as const),
    method: StringEnum(METHODS),
    formula: T.String(),
    source: T.String(),
    note: Nullable(T.String()),
    directions: T.Array(CodeName),
    elements: T.Array(CodeName, { description: 'Элементы данных, которые использует формула' }),
    rollUp: Nullable(RollUpRule, { description: 'Как значение сводится к муниципалитету и региону; null — формула не разобрана' }),
    inversion: Nullable(T.Object({ rule: StringEnum(INVERSION_RULES), text: T.String() }), {
      description: 'Как значение «чем меньше, тем лучше» становится баллами; null для других направленностей',
    }),
  }),
  ...pageShape,
});
export type IndicatorPageView = Static<typeof IndicatorPageView>;

export type _IndicatorPageChecks = [Assert<Equal<TrendReading, AppTrendReading>>, Assert<Equal<IndicatorPageShape, AppIndicatorPageShape>>];
