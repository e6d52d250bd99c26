// The personnel register (seeds 000 §5 and 003): what its leaders, reserve and candidates routes share,
// and the records a person reads about themselves.
import { Type as T, type Static } from '@sinclair/typebox';
import type {
  LeaderZone as DomainLeaderZone,
  LeaderZoneThresholds as DomainLeaderZoneThresholds,
} from '../domain/personnel/leader-zone.ts';
import type { CompletionBand as DomainCompletionBand } from '../domain/personnel/plan-completion.ts';
import { CANDIDATE_STATUSES, EDUCATION_LEVELS, POST_KINDS } from '../domain/personnel/personnel.ts';
import { Nullable, StringEnum } from './common.ts';
import type { Assert, Equal } from './type-equality.ts';

export const PersonnelId = () => T.Integer({ minimum: 1 });
export const PersonnelText = (maxLength: number) => T.String({ maxLength });
export const NullablePersonnelText = (maxLength: number) => Nullable(T.String({ maxLength }));
export const NullablePersonnelId = () => Nullable(PersonnelId());

export const PostKindEnum = StringEnum(POST_KINDS);
export const EducationLevelEnum = StringEnum(EDUCATION_LEVELS);
export const CandidateStatusEnum = StringEnum(CANDIDATE_STATUSES);

export const MunicipalityQuery = T.Object({ municipalityId: T.Optional(PersonnelId()) }, { additionalProperties: false });
export type MunicipalityQuery = Static<typeof MunicipalityQuery>;

/** An id and a name: the municipality, a catalogue, an organisation, a period. */
export const PersonnelRef = T.Object({ id: T.Integer(), name: T.String() });
export type PersonnelRef = Static<typeof PersonnelRef>;

export const LeaderZone = StringEnum(['green', 'yellow', 'red'] as const);
export type LeaderZone = Static<typeof LeaderZone>;

export const LeaderZoneThresholds = T.Object({
  greenMin: T.Number({ description: 'Балл, с которого зона зелёная (включительно)' }),
  yellowMin: T.Number({ description: 'Балл, с которого зона жёлтая (включительно); ниже — красная' }),
});
export type LeaderZoneThresholds = Static<typeof LeaderZoneThresholds>;

export const CompletionBand = StringEnum(['full', 'partial', 'low', 'none'] as const);
export type CompletionBand = Static<typeof CompletionBand>;

export const MyRecords = T.Object({
  leaders: T.Array(T.Object({ id: T.Integer(), orgName: T.String(), postTitle: T.String() })),
  candidates: T.Array(T.Object({ id: T.Integer(), targetPost: T.String(), status: CandidateStatusEnum })),
});
export type MyRecords = Static<typeof MyRecords>;

// Drift between these contract shapes and the domain's types fails tsc.
export type _PersonnelChecks = [
  Assert<Equal<LeaderZone, DomainLeaderZone>>,
  Assert<Equal<LeaderZoneThresholds, DomainLeaderZoneThresholds>>,
  Assert<Equal<CompletionBand, DomainCompletionBand>>,
];
