// Reporting periods: calendar and school years.
import { Type as T, type Static } from '@sinclair/typebox';
import { IsoDate, Items, Nullable } from './common.ts';

export const PeriodKind = T.Union([T.Literal('calendar_year'), T.Literal('school_year')]);

export const Period = T.Object({
  id: T.Integer(),
  code: T.String(),
  kind: PeriodKind,
  name: T.String(),
  startsOn: IsoDate(),
  endsOn: IsoDate(),
  closedAt: Nullable(T.String(), { description: 'Когда период закрыт (null — открыт)' }),
  closedBy: Nullable(T.String(), { description: 'Кто закрыл период' }),
});
export type Period = Static<typeof Period>;

export const PeriodList = Items(Period);
export type PeriodList = Static<typeof PeriodList>;

export const PeriodOne = T.Object({ period: Period });
export type PeriodOne = Static<typeof PeriodOne>;

export const NewPeriod = T.Object(
  {
    code: T.String({ minLength: 4, maxLength: 20 }),
    kind: PeriodKind,
    name: T.String({ minLength: 1, maxLength: 100 }),
    startsOn: IsoDate(),
    endsOn: IsoDate(),
  },
  { additionalProperties: false },
);
export type NewPeriod = Static<typeof NewPeriod>;

export const PeriodChanges = T.Object(
  {
    name: T.Optional(T.String({ minLength: 1, maxLength: 100 })),
    startsOn: T.Optional(IsoDate()),
    endsOn: T.Optional(IsoDate()),
  },
  { minProperties: 1, additionalProperties: false },
);
export type PeriodChanges = Static<typeof PeriodChanges>;
