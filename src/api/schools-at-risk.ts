// Schools at risk of low results: the ШНОР list (low results, trend, objectivity signals), the
// ШФНСУ list (unfavourable social conditions) and saving a list as an organisation group.
import { Type as T, type Static, type TNumber, type TOptional } from '@sinclair/typebox';
import { LOW_RESULT_PROCEDURES } from '../domain/schools-at-risk/assessment-results.ts';
import type { ShnorParams as DomainShnorParams, ShnorVerdict as DomainShnorVerdict } from '../domain/schools-at-risk/low-results-list.ts';
import {
  CONDITION_FACTORS,
  type ShfnsuParams as DomainShfnsuParams,
  type ShfnsuVerdict as DomainShfnsuVerdict,
} from '../domain/schools-at-risk/unfavourable-conditions.ts';
import { Nullable, StringEnum } from './common.ts';
import type { Assert, Equal } from './type-equality.ts';

const Id = T.Integer({ minimum: 1 });
const Percent = T.Number({ minimum: 0, maximum: 100 });

// --- Requests ---

export const ShnorQuery = T.Object(
  {
    territoryId: T.Optional(Id),
    periodId: T.Optional(Id),
    thresholdPercent: T.Optional(T.Number({ minimum: 1, maximum: 100 })),
    minParticipants: T.Optional(T.Integer({ minimum: 1, maximum: 1000 })),
    windowYears: T.Optional(T.Integer({ minimum: 1, maximum: 10 })),
    minLowYears: T.Optional(T.Integer({ minimum: 1, maximum: 10 })),
    objectivityGapPercent: T.Optional(T.Number({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type ShnorQuery = Static<typeof ShnorQuery>;

/** A threshold (%) per factor of the rule, named by the factor's code. */
const factorThresholds = Object.fromEntries(CONDITION_FACTORS.map((f) => [f.code, T.Optional(Percent)])) as Record<
  string,
  TOptional<TNumber>
>;

export const ShfnsuQuery = T.Object(
  {
    territoryId: T.Optional(Id),
    periodId: T.Optional(Id),
    minFactors: T.Optional(T.Integer({ minimum: 1, maximum: 20 })),
    ...factorThresholds,
  },
  { additionalProperties: false },
);
/** The fixed parameters and, by factor code, the thresholds (%). */
export type ShfnsuQuery = Static<typeof ShfnsuQuery> & { [factorCode: string]: number | undefined };

export const RiskList = StringEnum(['shnor', 'shfnsu'] as const);
export type RiskList = Static<typeof RiskList>;

export const NewRiskGroup = T.Object(
  {
    territoryId: T.Optional(Id),
    list: RiskList,
    name: T.String({ minLength: 1, maxLength: 200 }),
    orgIds: T.Array(Id, { minItems: 1, maxItems: 5000 }),
    periodCode: T.Optional(Nullable(T.String({ maxLength: 50 }))),
    params: T.Optional(
      T.Record(T.String(), T.Unknown(), { maxProperties: 30, description: 'Параметры правила, с которыми получен список' }),
    ),
  },
  { additionalProperties: false },
);
export type NewRiskGroup = Static<typeof NewRiskGroup>;

// --- Responses ---

export const RiskPeriod = T.Object({
  id: T.Integer(),
  code: T.String(),
  name: T.String(),
  year: T.Integer(),
  startsOn: T.String({ description: 'Начало учебного года: школы, закрытые к этой дате, в списки не входят' }),
});
export type RiskPeriod = Static<typeof RiskPeriod>;

const riskSchool = {
  orgId: T.Integer(),
  code: T.String(),
  name: T.String(),
  shortName: Nullable(T.String()),
  municipality: Nullable(T.String()),
};
export const RiskSchool = T.Object(riskSchool);
const territory = T.Object({ id: T.Integer(), name: T.String() });
const Procedure = StringEnum(LOW_RESULT_PROCEDURES);

export const ShnorParams = T.Object({
  thresholdPercent: T.Number(),
  minParticipants: Nullable(T.Integer()),
  windowYears: T.Integer(),
  minLowYears: T.Integer(),
  objectivityGapPercent: T.Number(),
});
export type ShnorParams = Static<typeof ShnorParams>;

const JudgedResult = T.Object({
  procedure: Procedure,
  subject: Nullable(T.String()),
  grade: Nullable(T.String()),
  label: T.String(),
  participants: T.Integer(),
  low: T.Integer(),
  status: StringEnum(['low', 'not_low', 'small_group'] as const),
  share: T.Number({ description: 'Доля низких результатов, %' }),
});

const ObjectivitySignal = T.Object({
  procedure: Procedure,
  confirmed: Nullable(T.Integer()),
  lowered: Nullable(T.Integer()),
  raised: Nullable(T.Integer()),
  compared: T.Integer(),
  loweredShare: Nullable(T.Number()),
  raisedShare: Nullable(T.Number()),
  gapShare: T.Number(),
  flagged: T.Boolean(),
  missing: T.Array(T.String()),
  sentence: T.String(),
});

const shnorVerdict = {
  stablyLow: T.Boolean(),
  lowYears: T.Array(T.Integer()),
  objectivityFlag: T.Boolean(),
  noResults: T.Boolean(),
  years: T.Array(
    T.Object({
      year: T.Integer(),
      label: T.String(),
      results: T.Array(JudgedResult, { description: 'Низкие результаты и малые группы года' }),
      lowShare: Nullable(T.Number()),
      participants: T.Integer(),
      low: T.Integer(),
      lowResults: T.Integer(),
      isLow: T.Boolean(),
      lowSummary: Nullable(T.String()),
      objectivity: T.Array(ObjectivitySignal),
    }),
  ),
  evidence: T.Array(T.String()),
};
export const ShnorVerdict = T.Object(shnorVerdict);

export const ShnorSchoolView = T.Object({
  ...riskSchool,
  ...shnorVerdict,
  procedures: T.Array(T.String({ description: '«ВПР», «ОГЭ»…: процедуры с низкими результатами в окне' })),
});
export type ShnorSchoolView = Static<typeof ShnorSchoolView>;

export const ShnorListView = T.Object({
  territory,
  periods: T.Array(RiskPeriod, { description: 'Учебные годы с результатами оценочных процедур, от поздних к ранним' }),
  period: Nullable(RiskPeriod),
  params: ShnorParams,
  schoolsTotal: T.Integer(),
  schools: T.Array(ShnorSchoolView),
});
export type ShnorListView = Static<typeof ShnorListView>;

export const ShfnsuParams = T.Object({
  minFactors: T.Integer(),
  thresholds: T.Unsafe<Readonly<Record<string, number>>>(T.Record(T.String(), T.Number())),
});
export type ShfnsuParams = Static<typeof ShfnsuParams>;

const shfnsuVerdict = {
  status: StringEnum(['unfavourable', 'favourable', 'insufficient_data'] as const),
  exceeded: T.Integer(),
  unknown: T.Integer(),
  factors: T.Array(
    T.Object({
      code: T.String(),
      name: T.String(),
      threshold: T.Number(),
      status: StringEnum(['exceeded', 'not_exceeded', 'missing', 'invalid'] as const),
      numerator: Nullable(T.Number()),
      denominator: Nullable(T.Number()),
      share: Nullable(T.Number()),
      missing: T.Array(T.String()),
      sentence: T.String(),
    }),
  ),
  conclusion: T.String(),
};
export const ShfnsuVerdict = T.Object(shfnsuVerdict);

export const ShfnsuSchoolView = T.Object({ ...riskSchool, ...shfnsuVerdict });
export type ShfnsuSchoolView = Static<typeof ShfnsuSchoolView>;

const Codes = T.Unsafe<readonly string[]>(T.Array(T.String()));

export const ShfnsuListView = T.Object({
  territory,
  periods: T.Array(RiskPeriod),
  period: Nullable(RiskPeriod),
  params: ShfnsuParams,
  factors: T.Array(T.Object({ code: T.String(), name: T.String(), numerator: Codes, denominator: Codes, defaultThreshold: T.Number() }), {
    description: 'Факторы правила с их элементами данных и порогами по умолчанию',
  }),
  schoolsTotal: T.Integer(),
  schools: T.Array(ShfnsuSchoolView),
});
export type ShfnsuListView = Static<typeof ShfnsuListView>;

export const ShnorListResponse = T.Object({ list: ShnorListView });
export type ShnorListResponse = Static<typeof ShnorListResponse>;

export const ShfnsuListResponse = T.Object({ list: ShfnsuListView });
export type ShfnsuListResponse = Static<typeof ShfnsuListResponse>;

export const SavedGroup = T.Object({ id: T.Integer(), code: T.String(), name: T.String(), scopeOrgId: T.Integer(), members: T.Integer() });
export type SavedGroup = Static<typeof SavedGroup>;

export const SavedGroupResponse = T.Object({ group: SavedGroup });
export type SavedGroupResponse = Static<typeof SavedGroupResponse>;

export type _SchoolsAtRiskChecks = [
  Assert<Equal<ShnorParams, DomainShnorParams>>,
  Assert<Equal<Static<typeof ShnorVerdict>, DomainShnorVerdict>>,
  Assert<Equal<ShfnsuParams, DomainShfnsuParams>>,
  Assert<Equal<Static<typeof ShfnsuVerdict>, DomainShfnsuVerdict>>,
];
