// Ratings: the comparisons of a catalogue version and period, one rating with every number
// explained (scores, places, zones, completeness), and its clusterings.
import { Type as T, type Static } from '@sinclair/typebox';
import type { Completeness as DomainCompleteness } from '../domain/rating/direction-scores.ts';
import type { Place as DomainPlace } from '../domain/rating/places.ts';
import type {
  DirectionRating as DomainDirectionRating,
  IndicatorCell as DomainIndicatorCell,
  IndicatorRating as DomainIndicatorRating,
  MeanCell as DomainMeanCell,
  Rating as DomainRating,
  SummaryCell as DomainSummaryCell,
} from '../domain/rating/rating.ts';
import type { BestValue as DomainBestValue, ScoreResult as DomainScoreResult } from '../domain/rating/score.ts';
import type { ZoneDecision as DomainZoneDecision } from '../domain/rating/zones.ts';
import { POLARITIES } from '../domain/catalogue/catalogue.ts';
import { MISSING_RULES } from '../domain/rating/direction-scores.ts';
import { INVERSION_RULES } from '../domain/rating/score.ts';
import type { StoredRating as AppStoredRating } from '../domain/results/rate-comparison.ts';
import { Nullable, StringEnum } from './common.ts';
import { Outcome, OutcomeOf } from './outcome.ts';
import type { Assert, Equal } from './type-equality.ts';

const Id = T.Integer({ minimum: 1 });

// --- Requests ---

export const RatingsQuery = T.Object({ catalogueId: Id, periodId: Id }, { additionalProperties: false });
export type RatingsQuery = Static<typeof RatingsQuery>;

const ratingKey = { key: T.String({ minLength: 1, maxLength: 200 }) };
const withinCluster = {
  clustering: T.Optional(T.String({ minLength: 1, maxLength: 40, description: 'Кластеризация: settlement, size или kmeans' })),
  cluster: T.Optional(T.String({ minLength: 1, maxLength: 40, description: 'Ключ кластера из GET /api/ratings/clusters' })),
};

export const RatingQuery = T.Object({ catalogueId: Id, periodId: Id, ...ratingKey }, { additionalProperties: false });
export type RatingQuery = Static<typeof RatingQuery>;

/** A rating, optionally within one cluster (both or neither of clustering and cluster). */
export const RatingViewQuery = T.Object({ catalogueId: Id, periodId: Id, ...ratingKey, ...withinCluster }, { additionalProperties: false });
export type RatingViewQuery = Static<typeof RatingViewQuery>;

// --- The numbers of a rating (domain/rating) ---

const Polarity = StringEnum(POLARITIES);
const InversionRule = StringEnum(INVERSION_RULES);

export const Place = T.Object(
  {
    place: T.Integer(),
    placeTo: T.Integer(),
    label: T.String(),
    roundedScore: T.Number(),
    tiedWith: T.Array(T.String()),
  },
  { description: 'Место: place…placeTo (равные баллы делят место), балл, по которому оно решено, и с кем делится' },
);
export type Place = Static<typeof Place>;

export const ZoneDecision = T.Object({
  zone: StringEnum(['green', 'yellow', 'red'] as const),
  name: T.String(),
  roundedScore: T.Number(),
  rule: StringEnum(['band', 'gap_lower', 'gap_upper', 'below', 'above'] as const),
  explanation: T.String(),
});
export type ZoneDecision = Static<typeof ZoneDecision>;

export const Completeness = T.Object({ scored: T.Integer(), applicable: T.Integer(), total: T.Integer(), share: T.Number() });
export type Completeness = Static<typeof Completeness>;

export const ScoreResult = T.Object({
  score: T.Number(),
  value: T.Number(),
  best: T.Number(),
  bestObjectId: T.String(),
  referenceSize: T.Integer(),
  rule: StringEnum(['value_over_best', 'best_over_value', 'zero_best_lower', 'linear_lower', 'equal_lower'] as const),
  worst: T.Optional(T.Number()),
  worstObjectId: T.Optional(T.String()),
  aboveReference: T.Boolean(),
});
export type ScoreResult = Static<typeof ScoreResult>;

export const BestValue = T.Object({
  value: T.Number(),
  objectId: T.String(),
  referenceSize: T.Integer(),
  polarity: StringEnum(['higher_better', 'lower_better'] as const),
  worst: T.Number(),
  worstObjectId: T.String(),
});
export type BestValue = Static<typeof BestValue>;

const rated = { score: Outcome, place: T.Optional(Place), explanation: T.String() };

export const IndicatorCell = T.Object({ ...rated, value: Outcome, detail: T.Optional(ScoreResult) });
export type IndicatorCell = Static<typeof IndicatorCell>;

export const MeanCell = T.Object({ ...rated, completeness: Completeness, used: T.Array(T.String()) });
export type MeanCell = Static<typeof MeanCell>;

export const SummaryCell = T.Object({
  ...rated,
  completeness: Completeness,
  used: T.Array(T.String()),
  zone: T.Optional(OutcomeOf(ZoneDecision)),
});
export type SummaryCell = Static<typeof SummaryCell>;

export const IndicatorRating = T.Object({
  code: T.String(),
  polarity: Polarity,
  inversion: T.Optional(InversionRule),
  best: OutcomeOf(BestValue),
  cells: T.Record(T.String(), IndicatorCell, { description: 'Ячейки по id объекта' }),
});
export type IndicatorRating = Static<typeof IndicatorRating>;

export const DirectionRating = T.Object({ code: T.String(), cells: T.Record(T.String(), MeanCell) });
export type DirectionRating = Static<typeof DirectionRating>;

export const Rating = T.Object({
  precision: T.Number(),
  displayPrecision: T.Optional(T.Number()),
  missingRule: T.Optional(StringEnum(MISSING_RULES)),
  summaryMode: StringEnum(['directions', 'indicators'] as const),
  minCompleteness: T.Number(),
  indicators: T.Array(IndicatorRating),
  directions: T.Array(DirectionRating),
  summary: T.Record(T.String(), SummaryCell),
});
export type Rating = Static<typeof Rating>;

// --- A stored comparison and its views ---

/** Levels of education (register attribute `levels`), read-only where the app passes them along. */
const Levels = T.Unsafe<readonly string[]>(T.Array(T.String()));

export const StoredRating = T.Object(
  {
    objects: T.Array(
      T.Object({ id: T.Integer(), name: T.String(), shortName: Nullable(T.String()), levels: T.Optional(Nullable(Levels)) }),
    ),
    indicators: T.Array(
      T.Object({ code: T.String(), name: T.String(), unit: T.String(), polarity: T.String(), directions: T.Array(T.String()) }),
    ),
    directions: T.Array(T.Object({ code: T.String(), name: T.String() })),
    zoneYear: Nullable(T.Integer()),
    rating: Rating,
  },
  { description: 'Сравнение: кто с кем сравнивался, по каким показателям, и рейтинг' },
);
export type StoredRating = Static<typeof StoredRating>;

export const ComparisonSummary = T.Object({ key: T.String(), title: T.String(), scopeOrgId: T.Integer() });
export type ComparisonSummary = Static<typeof ComparisonSummary>;

export const ComparisonList = T.Object({ items: T.Array(ComparisonSummary) });
export type ComparisonList = Static<typeof ComparisonList>;

const ClusteringKey = StringEnum(['settlement', 'size', 'kmeans'] as const);

export const ClusterInfo = T.Object(
  {
    clustering: ClusteringKey,
    clusteringLabel: T.String(),
    key: T.String(),
    label: T.String(),
    description: T.String(),
    members: T.Integer(),
    of: T.Integer({ description: 'Объектов во всём сравнении' }),
  },
  { description: 'Кластер, внутри которого рассчитан рейтинг (если запрошен)' },
);
export type ClusterInfo = Static<typeof ClusterInfo>;

export const RatingView = T.Object({
  title: T.String(),
  computedAt: Nullable(T.String()),
  content: StoredRating,
  cluster: T.Optional(ClusterInfo),
});
export type RatingView = Static<typeof RatingView>;

export const ClusteringsView = T.Object({
  title: T.String(),
  objects: T.Integer(),
  clusterings: T.Array(
    T.Object({
      key: ClusteringKey,
      label: T.String(),
      description: T.String(),
      unavailable: T.Optional(T.String({ description: 'Почему кластеризация к этому рейтингу неприменима (тогда кластеров нет)' })),
      clusters: T.Array(T.Object({ key: T.String(), label: T.String(), members: T.Integer() })),
    }),
  ),
});
export type ClusteringsView = Static<typeof ClusteringsView>;

// Drift between these shapes and the engine's types fails tsc.
export type _RatingChecks = [
  Assert<Equal<Place, DomainPlace>>,
  Assert<Equal<ZoneDecision, DomainZoneDecision>>,
  Assert<Equal<Completeness, DomainCompleteness>>,
  Assert<Equal<ScoreResult, DomainScoreResult>>,
  Assert<Equal<BestValue, DomainBestValue>>,
  Assert<Equal<IndicatorCell, DomainIndicatorCell>>,
  Assert<Equal<MeanCell, DomainMeanCell>>,
  Assert<Equal<SummaryCell, DomainSummaryCell>>,
  Assert<Equal<IndicatorRating, DomainIndicatorRating>>,
  Assert<Equal<DirectionRating, DomainDirectionRating>>,
  Assert<Equal<Rating, DomainRating>>,
  Assert<Equal<StoredRating, AppStoredRating>>,
];
