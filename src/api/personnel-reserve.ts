// The municipal personnel reserve: its rules, selection rounds, candidates at every stage, and the indicators.
import { Type as T, type Static } from '@sinclair/typebox';
import { Nullable } from './common.ts';
import {
  CandidateStatusEnum,
  CompletionBand,
  LeaderZoneThresholds,
  NullablePersonnelText,
  PersonnelRef,
  PersonnelText,
} from './personnel.ts';

export const SettingsInput = T.Object(
  {
    criteria: T.Array(PersonnelText(1000), { maxItems: 50 }),
    trainingSystem: PersonnelText(4000),
    supportMechanism: PersonnelText(4000),
    orderNumber: T.Optional(NullablePersonnelText(100)),
    orderDate: T.Optional(NullablePersonnelText(20)),
    greenMin: T.Number(),
    yellowMin: T.Number(),
  },
  { additionalProperties: false },
);
export type SettingsInput = Static<typeof SettingsInput>;

export const RoundInput = T.Object(
  { title: PersonnelText(500), heldOn: PersonnelText(20), orderNumber: T.Optional(NullablePersonnelText(100)) },
  { additionalProperties: false },
);
export type RoundInput = Static<typeof RoundInput>;

export const ReserveSettings = T.Object({
  criteria: T.Array(T.String()),
  trainingSystem: T.String(),
  supportMechanism: T.String(),
  orderNumber: Nullable(T.String()),
  orderDate: Nullable(T.String()),
  zones: LeaderZoneThresholds,
  saved: T.Boolean({ description: 'false, пока оператор их не сохранил: показаны значения по умолчанию' }),
});
export type ReserveSettings = Static<typeof ReserveSettings>;

export const ReserveRound = T.Object({
  id: T.Integer(),
  title: T.String(),
  heldOn: T.String(),
  orderNumber: Nullable(T.String()),
  candidates: T.Integer(),
});
export type ReserveRound = Static<typeof ReserveRound>;

export const CandidateRow = T.Object({
  id: T.Integer(),
  fullName: T.String(),
  workplace: Nullable(T.String()),
  currentPost: T.String(),
  targetPost: T.String(),
  status: CandidateStatusEnum,
  roundTitle: Nullable(T.String()),
  nominatedOn: T.String(),
  enrolledOn: Nullable(T.String()),
  diagnostics: Nullable(T.Object({ heldOn: T.String(), passed: Nullable(T.Boolean()) })),
  trainings: T.Integer(),
  planItems: T.Integer(),
  completion: Nullable(T.Number(), { description: 'Выполнение плана развития на сегодня, %' }),
  band: Nullable(CompletionBand),
  mentor: Nullable(T.String()),
  appointment: Nullable(T.Object({ orgName: T.String(), postTitle: T.String(), appointedOn: T.String() })),
});
export type CandidateRow = Static<typeof CandidateRow>;

export const RegisterIndicatorValue = T.Object({
  code: T.String(),
  name: T.String(),
  unit: T.String(),
  value: Nullable(T.Number(), { description: 'null — не вычислено (нет данных или недопустимо): причина в reason' }),
  reason: Nullable(T.String()),
});
export type RegisterIndicatorValue = Static<typeof RegisterIndicatorValue>;

/** The stored municipal values of the indicators that read the register, for the newest period computed. */
export const RegisterIndicators = T.Object({
  catalogue: Nullable(PersonnelRef),
  period: Nullable(PersonnelRef),
  values: T.Array(RegisterIndicatorValue),
});
export type RegisterIndicators = Static<typeof RegisterIndicators>;

export const ReserveView = T.Object({
  municipality: PersonnelRef,
  settings: ReserveSettings,
  rounds: T.Array(ReserveRound),
  nextSelectionDue: Nullable(T.String(), { description: 'Следующий конкурсный отбор — через два года после последнего' }),
  selectionOverdue: T.Boolean(),
  candidates: T.Array(CandidateRow),
  indicators: RegisterIndicators,
});
export type ReserveView = Static<typeof ReserveView>;

export const ReserveOne = T.Object({ reserve: ReserveView });
export type ReserveOne = Static<typeof ReserveOne>;

export const ReserveSaved = T.Object({ reserve: ReserveView, recomputed: T.Optional(T.Boolean()) });
export type ReserveSaved = Static<typeof ReserveSaved>;

export const RoundAdded = T.Object({ id: T.Integer(), reserve: ReserveView });
export type RoundAdded = Static<typeof RoundAdded>;
