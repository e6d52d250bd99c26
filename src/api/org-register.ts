// The organisation register import: upload, preview with corrections, apply; and the export.
import { Type as T, type Static, type TSchema } from '@sinclair/typebox';
import { ORG_TYPES } from '../domain/org/org-kind.ts';
import type {
  AmbiguousRow as DomainAmbiguousRow,
  PlannedNew as DomainPlannedNew,
  PlannedTerritory as DomainPlannedTerritory,
  PlannedUpdate as DomainPlannedUpdate,
  RegisterRoot as DomainRegisterRoot,
  RowNote as DomainRowNote,
  UnknownType as DomainUnknownType,
  UnplacedRow as DomainUnplacedRow,
} from '../domain/org/register/plan-register-import.ts';
import type { RowIssue as DomainRowIssue, TypeDecisions as DomainTypeDecisions } from '../domain/org/register/read-register-rows.ts';
import { REGISTER_FIELDS, type RegisterMapping as DomainRegisterMapping } from '../domain/org/register/register-fields.ts';
import { Nullable, StringEnum } from './common.ts';
import type { Assert, Equal } from './type-equality.ts';

const MAX_ID = 2147483647;

/** An object whose every property is `value` (plain `additionalProperties`, as the register's maps always were). */
const MapOf = <S extends TSchema>(value: S, options: { maxProperties?: number } = {}) =>
  T.Unsafe<Record<string, Static<S>>>({ type: 'object', additionalProperties: value, ...options });

const RegisterField = StringEnum(REGISTER_FIELDS);
const OrgTypeName = StringEnum(ORG_TYPES);

export const RegisterMapping = MapOf(RegisterField, { maxProperties: 200 });

const TypeMap = MapOf(OrgTypeName, { maxProperties: 100000 });
export const TypeDecisions = T.Object({ byValue: T.Optional(TypeMap), byLine: T.Optional(TypeMap) }, { additionalProperties: false });

export const UploadRegisterQuery = T.Object(
  {
    territoryId: T.Optional(T.Integer({ minimum: 1, maximum: MAX_ID })),
    region: T.Optional(T.String({ maxLength: 200 })),
    sheet: T.Optional(T.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type UploadRegisterQuery = Static<typeof UploadRegisterQuery>;

/** What the user chose for a preview: sheet, mapping, answers to the questions, where to load. */
export const RegisterImportSettings = T.Object(
  {
    territoryId: T.Optional(T.Unsafe<number | null>({ type: ['integer', 'null'], minimum: 1, maximum: MAX_ID })),
    region: T.Optional(T.Unsafe<string | null>({ type: ['string', 'null'], maxLength: 200 })),
    sheet: T.Optional(T.Integer({ minimum: 1, maximum: 1000 })),
    mapping: T.Optional(RegisterMapping),
    types: T.Optional(TypeDecisions),
    rows: T.Optional(
      MapOf(T.Union([T.Integer({ minimum: 1, maximum: MAX_ID }), StringEnum(['create', 'skip'] as const)]), { maxProperties: 100000 }),
    ),
    createTerritories: T.Optional(T.Boolean()),
  },
  { additionalProperties: false },
);
export type RegisterImportSettings = Static<typeof RegisterImportSettings>;

export const ExportRegisterQuery = T.Object(
  { territoryId: T.Optional(T.Integer({ minimum: 1, maximum: MAX_ID })) },
  { additionalProperties: false },
);
export type ExportRegisterQuery = Static<typeof ExportRegisterQuery>;

const RegisterRoot = T.Union([
  T.Object({ kind: StringEnum(['region', 'municipality'] as const), id: T.Integer(), name: T.String(), code: T.String() }),
  T.Object({ kind: T.Literal('new_region'), name: T.String(), code: T.String() }),
]);

const PlannedTerritory = T.Object({
  key: T.String(),
  name: T.String(),
  orgId: Nullable(T.Integer(), { description: 'Существующий муниципалитет; null — будет создан' }),
  code: T.String(),
  rows: T.Integer(),
});

const PlannedNew = T.Object({
  line: T.Integer(),
  territoryKey: Nullable(T.String()),
  code: T.String(),
  name: T.String(),
  shortName: Nullable(T.String()),
  type: OrgTypeName,
  inn: Nullable(T.String()),
  ogrn: Nullable(T.String()),
  fisOkoCode: Nullable(T.String()),
  attributes: T.Record(T.String(), T.Union([T.String(), T.Number()])),
});

const FieldChange = T.Object({ field: T.String(), label: T.String(), before: T.Unknown(), after: T.Unknown() });

const PlannedUpdate = T.Object({
  line: T.Integer(),
  orgId: T.Integer(),
  code: T.String(),
  name: T.String(),
  version: T.Integer(),
  by: StringEnum(['code', 'ogrn', 'inn', 'fis', 'name', 'decision'] as const, { description: 'Чем строка сопоставлена с реестром' }),
  changes: T.Array(FieldChange),
});

const AmbiguousRow = T.Object({
  line: T.Integer(),
  name: T.String(),
  reason: T.String(),
  candidates: T.Array(T.Object({ orgId: T.Integer(), name: T.String(), code: T.String() })),
});

const UnplacedRow = T.Object({ line: T.Integer(), name: T.String(), territory: Nullable(T.String()), reason: T.String() });

const UnknownType = T.Object({
  key: T.String({ description: 'Ключ решения: значение ячейки типа или номер строки' }),
  text: T.String(),
  perRow: T.Boolean(),
  lines: T.Array(T.Integer()),
});

const RowIssue = T.Object({ line: T.Integer(), column: Nullable(T.String()), message: T.String(), fix: T.String() });

const RowNote = T.Object({ line: T.Integer(), message: T.String() });

/** What the preview shows: the file as read, the mapping, the plan's counts and its lists (cut to the limit). */
export const RegisterImportView = T.Object({
  id: T.Integer(),
  fileName: T.String(),
  status: StringEnum(['ready', 'applied'] as const),
  format: StringEnum(['xlsx', 'csv'] as const),
  sheets: T.Array(T.String()),
  sheet: T.String(),
  headers: T.Array(T.String()),
  mapping: RegisterMapping,
  root: RegisterRoot,
  counts: T.Object({
    rows: T.Integer(),
    created: T.Integer(),
    updated: T.Integer(),
    unchanged: T.Integer(),
    ambiguous: T.Integer(),
    unplaced: T.Integer(),
    unknownTypes: T.Integer(),
    errors: T.Integer(),
    notes: T.Integer(),
    skipped: T.Integer(),
    territoriesToCreate: T.Integer(),
  }),
  territories: T.Array(PlannedTerritory),
  created: T.Array(PlannedNew),
  updated: T.Array(PlannedUpdate),
  ambiguous: T.Array(AmbiguousRow),
  unplaced: T.Array(UnplacedRow),
  unknownTypes: T.Array(UnknownType),
  errors: T.Array(RowIssue),
  notes: T.Array(RowNote),
  unconfirmedTerritories: T.Integer({ description: 'Территорий к созданию без подтверждения' }),
  ready: T.Boolean({ description: 'Можно применять: ошибок нет, на все вопросы есть ответы' }),
});
export type RegisterImportView = Static<typeof RegisterImportView>;

export const RegisterApplyResult = T.Object({
  created: T.Integer(),
  updated: T.Integer(),
  unchanged: T.Integer(),
  territoriesCreated: T.Array(T.Object({ name: T.String(), code: T.String() })),
});
export type RegisterApplyResult = Static<typeof RegisterApplyResult>;

export type _RegisterChecks = [
  Assert<Equal<Static<typeof RegisterMapping>, DomainRegisterMapping>>,
  Assert<Equal<Static<typeof TypeDecisions>, DomainTypeDecisions>>,
  Assert<Equal<Static<typeof RegisterRoot>, DomainRegisterRoot>>,
  Assert<Equal<Static<typeof PlannedTerritory>, DomainPlannedTerritory>>,
  Assert<Equal<Static<typeof PlannedNew>, DomainPlannedNew>>,
  Assert<Equal<Static<typeof PlannedUpdate>, DomainPlannedUpdate>>,
  Assert<Equal<Static<typeof AmbiguousRow>, DomainAmbiguousRow>>,
  Assert<Equal<Static<typeof UnplacedRow>, DomainUnplacedRow>>,
  Assert<Equal<Static<typeof UnknownType>, DomainUnknownType>>,
  Assert<Equal<Static<typeof RowIssue>, DomainRowIssue>>,
  Assert<Equal<Static<typeof RowNote>, DomainRowNote>>,
];
