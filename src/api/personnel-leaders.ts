// The register of leaders: heads, deputies and management teams of a municipality's organisations.
import { Type as T, type Static } from '@sinclair/typebox';
import { COMPETENCE_LEVELS, LEADER_EVENT_KINDS } from '../domain/personnel/personnel.ts';
import { Nullable, StringEnum } from './common.ts';
import {
  EducationLevelEnum,
  LeaderZone,
  LeaderZoneThresholds,
  NullablePersonnelText,
  PersonnelId,
  PersonnelRef,
  PersonnelText,
  PostKindEnum,
} from './personnel.ts';

const leaderFields = {
  orgId: PersonnelId(),
  fullName: PersonnelText(300),
  postKind: PostKindEnum,
  postTitle: PersonnelText(300),
  appointedOn: PersonnelText(20),
  leftOn: T.Optional(NullablePersonnelText(20)),
  educationLevel: EducationLevelEnum,
  education: T.Optional(PersonnelText(1000)),
  mgmtEducation: T.Optional(NullablePersonnelText(200)),
  login: T.Optional(
    Nullable(T.String({ maxLength: 100 }), { description: 'Логин учётной записи самого человека: он будет читать свою карточку' }),
  ),
};

export const LeaderInput = T.Object(leaderFields, { additionalProperties: false });
export type LeaderInput = Static<typeof LeaderInput>;

export const LeaderUpdate = T.Object({ ...leaderFields, version: PersonnelId() }, { additionalProperties: false });
export type LeaderUpdate = Static<typeof LeaderUpdate>;

export const LeaderEventKindEnum = StringEnum(LEADER_EVENT_KINDS);

export const LeaderEventInput = T.Object(
  {
    kind: LeaderEventKindEnum,
    heldOn: PersonnelText(20),
    title: PersonnelText(500),
    hours: T.Optional(Nullable(T.Integer())),
    relevant: T.Optional(Nullable(T.Boolean())),
    voluntary: T.Optional(Nullable(T.Boolean())),
    level: T.Optional(Nullable(StringEnum([...COMPETENCE_LEVELS, 'passed', 'failed'] as const))),
    result: T.Optional(PersonnelText(2000)),
  },
  { additionalProperties: false },
);
export type LeaderEventInput = Static<typeof LeaderEventInput>;

export const LeaderEventParams = T.Object({ id: PersonnelId(), eventId: PersonnelId() }, { additionalProperties: false });
export type LeaderEventParams = Static<typeof LeaderEventParams>;

export const LeaderEventView = T.Object({
  id: T.Integer(),
  kind: LeaderEventKindEnum,
  heldOn: T.String(),
  title: T.String(),
  hours: Nullable(T.Integer()),
  relevant: Nullable(T.Boolean()),
  voluntary: Nullable(T.Boolean()),
  level: Nullable(T.String()),
  result: T.String(),
});
export type LeaderEventView = Static<typeof LeaderEventView>;

export const LeaderRow = T.Object({
  id: T.Integer(),
  fullName: T.String(),
  org: T.Object({ id: T.Integer(), name: T.String(), shortName: Nullable(T.String()) }),
  postKind: PostKindEnum,
  postTitle: T.String(),
  appointedOn: T.String(),
  leftOn: Nullable(T.String()),
  inPost: T.Boolean(),
  educationLevel: EducationLevelEnum,
  education: T.String(),
  mgmtEducation: Nullable(T.String()),
  login: Nullable(T.String()),
  version: T.Integer(),
  lastTraining: Nullable(T.String()),
  lastDiagnostics: Nullable(T.String()),
  lastAttestation: Nullable(T.Object({ heldOn: T.String(), level: Nullable(T.String()) })),
  score: Nullable(T.Number(), { description: 'Новейший сводный балл организации в рейтинге эффективности руководителей' }),
  zone: Nullable(LeaderZone),
});
export type LeaderRow = Static<typeof LeaderRow>;

/** An organisation's result in the leader-effectiveness rating of one period: its leader's and team's zone. */
export const LeaderPeriodResult = T.Object({
  periodId: T.Integer(),
  periodName: T.String(),
  startsOn: T.String(),
  endsOn: T.String(),
  score: Nullable(T.Number(), { description: 'Сводный балл (0–100) среди организаций того же типа; null — не оценена' }),
  place: Nullable(T.String()),
  compared: T.Integer(),
  zone: Nullable(LeaderZone),
  directions: T.Array(T.Object({ code: T.String(), name: T.String(), score: Nullable(T.Number()) })),
});
export type LeaderPeriodResult = Static<typeof LeaderPeriodResult>;

export const LeaderList = T.Object({
  municipality: PersonnelRef,
  zones: LeaderZoneThresholds,
  catalogue: Nullable(PersonnelRef),
  leaders: T.Array(LeaderRow),
  vacancies: T.Array(T.Object({ orgId: T.Integer(), name: T.String() }), {
    description: 'Организации без руководителя в должности сегодня: вакансии для назначения из резерва',
  }),
  organisations: T.Array(PersonnelRef),
});
export type LeaderList = Static<typeof LeaderList>;

export const LeaderCard = T.Object({
  ...LeaderRow.properties,
  municipality: PersonnelRef,
  events: T.Array(LeaderEventView),
  zones: LeaderZoneThresholds,
  catalogue: Nullable(PersonnelRef),
  results: T.Array(LeaderPeriodResult, { description: 'Результаты организации по периодам (зона команды — зона руководителя)' }),
  own: T.Boolean({ description: 'Карточка самого человека (не взгляд оператора)' }),
});
export type LeaderCard = Static<typeof LeaderCard>;

export const LeaderRegister = T.Object({ register: LeaderList });
export type LeaderRegister = Static<typeof LeaderRegister>;

export const LeaderOne = T.Object({ leader: LeaderCard, recomputed: T.Optional(T.Boolean()) });
export type LeaderOne = Static<typeof LeaderOne>;
