// The results card of an organisation, municipality or region: values, scores, places and zones
// over every period of one catalogue version.
import { Type as T, type Static } from '@sinclair/typebox';
import type {
  CardDirection as AppCardDirection,
  CardIndicator as AppCardIndicator,
  CardOrg as AppCardOrg,
  CardPlace as AppCardPlace,
  CardSummary as AppCardSummary,
  CardValue as AppCardValue,
} from '../domain/results/shape-org-card.ts';
import { POLARITIES } from '../domain/catalogue/catalogue.ts';
import { ORG_KINDS, ORG_TYPES } from '../domain/org/org-kind.ts';
import { Nullable, StringEnum } from './common.ts';
import { Outcome, OutcomeOf } from './outcome.ts';
import { Completeness, ZoneDecision } from './ratings.ts';
import type { Assert, Equal } from './type-equality.ts';

export const CardQuery = T.Object(
  { catalogueId: T.Integer({ minimum: 1 }), orgId: T.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type CardQuery = Static<typeof CardQuery>;

/** An organisation, municipality or region as the card names it (the levels it teaches are not sent). */
export const CardOrg = T.Object({
  id: T.Integer(),
  name: T.String(),
  shortName: Nullable(T.String()),
  kind: StringEnum(ORG_KINDS),
  type: Nullable(StringEnum(ORG_TYPES)),
});
export type CardOrg = Static<typeof CardOrg>;

export const CardPlace = T.Object(
  { place: T.Integer(), placeTo: T.Integer(), label: T.String(), count: T.Integer() },
  { description: 'Место среди сравниваемых: place…placeTo (равные баллы делят место) из count' },
);
export type CardPlace = Static<typeof CardPlace>;

export const CardSummary = T.Object({
  score: Outcome,
  place: Nullable(CardPlace),
  completeness: Completeness,
  zone: Nullable(OutcomeOf(ZoneDecision), { description: 'Зона итогового балла, когда методика задаёт пороги на год' }),
});
export type CardSummary = Static<typeof CardSummary>;

export const CardDirection = T.Object({ code: T.String(), score: Outcome, place: Nullable(CardPlace) });
export type CardDirection = Static<typeof CardDirection>;

export const CardValue = T.Object({
  code: T.String(),
  value: Outcome,
  municipality: Nullable(Outcome, { description: 'Значение муниципалитета (null для муниципалитета и региона)' }),
  region: Nullable(Outcome, { description: 'Значение региона (null для самого региона)' }),
  score: Nullable(Outcome, { description: 'null, когда объект не сравнивается по показателю' }),
  place: Nullable(CardPlace),
});
export type CardValue = Static<typeof CardValue>;

export const CardPeriod = T.Object({
  id: T.Integer(),
  code: T.String(),
  name: T.String(),
  kind: T.String(),
  startsOn: T.String(),
  comparison: Nullable(T.Object({ key: T.String(), title: T.String(), count: T.Integer(), zoneYear: Nullable(T.Integer()) })),
  summary: Nullable(CardSummary),
  directions: T.Array(CardDirection),
  values: T.Array(CardValue),
});
export type CardPeriod = Static<typeof CardPeriod>;

export const CardIndicator = T.Object({
  code: T.String(),
  name: T.String(),
  unit: T.String(),
  polarity: StringEnum(POLARITIES),
  directions: T.Array(T.String()),
  periodKind: StringEnum(['calendar_year', 'school_year'] as const),
});
export type CardIndicator = Static<typeof CardIndicator>;

export const OrgCardView = T.Object({
  org: CardOrg,
  municipality: Nullable(CardOrg, { description: 'Муниципалитет организации (null для муниципалитета и региона)' }),
  region: Nullable(CardOrg, { description: 'Регион (null для самого региона)' }),
  catalogue: T.Object({ id: T.Integer(), code: T.String(), version: T.Integer(), name: T.String() }),
  directions: T.Array(T.Object({ code: T.String(), name: T.String() })),
  indicators: T.Array(CardIndicator, { description: 'Показатели, применимые к объекту, в порядке методики' }),
  notApplicable: T.Array(T.Object({ code: T.String(), name: T.String(), reason: T.String() }), {
    description: 'Показатели типа объекта, неприменимые к нему по уровням образования, с причиной',
  }),
  periods: T.Array(CardPeriod, { description: 'Периоды с результатами, от ранних к поздним' }),
});
export type OrgCardView = Static<typeof OrgCardView>;

export type _CardChecks = [
  Assert<Equal<CardOrg, Omit<AppCardOrg, 'levels'>>>,
  Assert<Equal<CardPlace, AppCardPlace>>,
  Assert<Equal<CardSummary, AppCardSummary>>,
  Assert<Equal<CardDirection, AppCardDirection>>,
  Assert<Equal<CardValue, AppCardValue>>,
  Assert<Equal<CardIndicator, AppCardIndicator>>,
];
