// Candidates of the personnel reserve: nomination, diagnostics and training, the development plan, mentor, appointment.
import { Type as T, type Static } from '@sinclair/typebox';
import { Nullable, StringEnum } from './common.ts';
import {
  CandidateStatusEnum,
  CompletionBand,
  EducationLevelEnum,
  NullablePersonnelId,
  NullablePersonnelText,
  PersonnelId,
  PersonnelRef,
  PersonnelText,
  PostKindEnum,
} from './personnel.ts';

export const CandidateInput = T.Object(
  {
    fullName: PersonnelText(300),
    workplaceOrgId: T.Optional(NullablePersonnelId()),
    currentPost: PersonnelText(300),
    targetPost: PersonnelText(300),
    educationLevel: EducationLevelEnum,
    mgmtEducation: T.Optional(NullablePersonnelText(200)),
    roundId: T.Optional(NullablePersonnelId()),
    nominatedOn: PersonnelText(20),
    login: T.Optional(NullablePersonnelText(100)),
  },
  { additionalProperties: false },
);
export type CandidateInput = Static<typeof CandidateInput>;

export const ReserveEventKindEnum = StringEnum(['diagnostics', 'training'] as const);

export const ReserveEventInput = T.Object(
  {
    kind: ReserveEventKindEnum,
    heldOn: PersonnelText(20),
    title: PersonnelText(500),
    hours: T.Optional(Nullable(T.Integer())),
    passed: T.Optional(Nullable(T.Boolean())),
    result: T.Optional(PersonnelText(2000)),
  },
  { additionalProperties: false },
);
export type ReserveEventInput = Static<typeof ReserveEventInput>;

export const PlanItemInput = T.Object({ title: PersonnelText(1000), dueOn: PersonnelText(20) }, { additionalProperties: false });
export type PlanItemInput = Static<typeof PlanItemInput>;

export const PlanItemsBody = T.Object({ items: T.Array(PlanItemInput, { maxItems: 100 }) }, { additionalProperties: false });
export type PlanItemsBody = Static<typeof PlanItemsBody>;

export const PlanItemParams = T.Object({ id: PersonnelId(), itemId: PersonnelId() }, { additionalProperties: false });
export type PlanItemParams = Static<typeof PlanItemParams>;

export const PlanItemMark = T.Object({ doneOn: NullablePersonnelText(20) }, { additionalProperties: false });
export type PlanItemMark = Static<typeof PlanItemMark>;

export const EnrollBody = T.Object({ enrolledOn: PersonnelText(20) }, { additionalProperties: false });
export type EnrollBody = Static<typeof EnrollBody>;

export const ExcludeBody = T.Object({ excludedOn: PersonnelText(20), reason: PersonnelText(1000) }, { additionalProperties: false });
export type ExcludeBody = Static<typeof ExcludeBody>;

export const MentorBody = T.Object({ mentorLeaderId: NullablePersonnelId() }, { additionalProperties: false });
export type MentorBody = Static<typeof MentorBody>;

const appointmentFields = {
  postKind: PostKindEnum,
  postTitle: PersonnelText(300),
  appointedOn: PersonnelText(20),
  orderNumber: PersonnelText(100),
  orderDate: PersonnelText(20),
  approvedByName: PersonnelText(300),
  approvedByPost: PersonnelText(300),
};

/** The order that appoints a candidate of the reserve to a post, and who approved it. */
export const AppointmentInput = T.Object({ orgId: PersonnelId(), ...appointmentFields }, { additionalProperties: false });
export type AppointmentInput = Static<typeof AppointmentInput>;

export const CandidateCard = T.Object({
  id: T.Integer(),
  municipality: PersonnelRef,
  fullName: T.String(),
  workplace: Nullable(PersonnelRef),
  currentPost: T.String(),
  targetPost: T.String(),
  educationLevel: EducationLevelEnum,
  mgmtEducation: Nullable(T.String()),
  status: CandidateStatusEnum,
  round: Nullable(T.Object({ id: T.Integer(), title: T.String(), heldOn: T.String() })),
  nominatedOn: T.String(),
  enrolledOn: Nullable(T.String()),
  excludedOn: Nullable(T.String()),
  exclusionReason: Nullable(T.String()),
  mentor: Nullable(T.Object({ id: T.Integer(), fullName: T.String(), org: T.String() })),
  events: T.Array(
    T.Object({
      id: T.Integer(),
      kind: ReserveEventKindEnum,
      heldOn: T.String(),
      title: T.String(),
      hours: Nullable(T.Integer()),
      passed: Nullable(T.Boolean()),
      result: T.String(),
    }),
  ),
  plan: T.Array(T.Object({ id: T.Integer(), title: T.String(), dueOn: T.String(), doneOn: Nullable(T.String()) })),
  completion: Nullable(T.Number()),
  band: Nullable(CompletionBand),
  appointment: Nullable(
    T.Object({
      ...appointmentFields,
      org: PersonnelRef,
      leaderId: Nullable(T.Integer()),
    }),
  ),
  version: T.Integer(),
  own: T.Boolean({ description: 'Карточка самого человека (только чтение)' }),
});
export type CandidateCard = Static<typeof CandidateCard>;

export const CandidateOne = T.Object({ candidate: CandidateCard, recomputed: T.Optional(T.Boolean()) });
export type CandidateOne = Static<typeof CandidateOne>;
