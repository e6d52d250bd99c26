// «Загрузить таблицу данных»: a wide table of numbers (a row per organisation) previewed against
// the data of a period, then applied; the file travels as base64 in the JSON body both times.
import { Type as T, type Static } from '@sinclair/typebox';
import { POLARITIES, UNITS, VALUE_TYPES } from '../domain/catalogue/catalogue.ts';
import {
  ORG_ROLES,
  type ColumnRole as DomainColumnRole,
  type DataTableMapping as DomainDataTableMapping,
} from '../domain/data-import/data-table-mapping.ts';
import { ErrorDetail, Nullable, StringEnum } from './common.ts';
import { PlaceDecision, PlaceMatch } from './place-match.ts';
import type { Assert, Equal } from './type-equality.ts';

/** What one column of a wide table is: ignored, names the organisation, or holds values of a data element. */
export const ColumnRole = T.Union([
  T.Object({ role: T.Literal('ignore') }),
  T.Object({ role: StringEnum(ORG_ROLES) }),
  T.Object({ role: T.Literal('value'), element: T.String(), breakdown: T.Optional(T.String()) }),
  T.Object({
    role: T.Literal('new_element'),
    code: T.Optional(T.String()),
    name: T.String(),
    unit: StringEnum(UNITS),
    valueType: StringEnum(['integer', 'number'] as const),
  }),
]);
export type ColumnRole = Static<typeof ColumnRole>;
export type _ColumnRoleCheck = Assert<Equal<ColumnRole, DomainColumnRole>>;

/** How a table's columns are read, by header text, and the share indicators defined from them. */
export const DataTableMapping = T.Object({
  columns: T.Record(T.String(), ColumnRole),
  shares: T.Optional(
    T.Array(
      T.Object({
        code: T.Optional(T.String()),
        name: T.String(),
        numerator: T.String(),
        denominator: T.String(),
        polarity: T.Optional(StringEnum(POLARITIES)),
      }),
    ),
  ),
});
export type DataTableMapping = Static<typeof DataTableMapping>;
export type _DataTableMappingCheck = Assert<Equal<DataTableMapping, DomainDataTableMapping>>;

// ---- Requests

/** The file, the period, the territory and the mapping: the body of both the preview and the apply. */
const requestProperties = {
  fileName: T.String({ minLength: 1, maxLength: 255 }),
  content: T.String({ minLength: 1, maxLength: 28_000_000, description: 'содержимое файла (XLSX или CSV) в base64' }),
  period: T.String({ minLength: 1, maxLength: 40 }),
  territory: T.Optional(Nullable(T.String({ maxLength: 80 }))),
  // Checked by `checkMapping`, which names every problem in Russian: the schema only asks for an object.
  mapping: T.Optional(
    T.Unsafe<DomainDataTableMapping>({
      type: 'object',
      additionalProperties: true,
      description: 'сопоставление столбцов: { columns: { "заголовок": { role: … } }, shares: [...] }',
    }),
  ),
};

export const DataImportRequest = T.Object(requestProperties, { additionalProperties: false });
export type DataImportRequest = Static<typeof DataImportRequest>;

export const DataImportApplyRequest = T.Object(
  { ...requestProperties, decisions: T.Optional(T.Record(T.String(), PlaceDecision)), acceptProposals: T.Boolean() },
  { additionalProperties: false },
);
export type DataImportApplyRequest = Static<typeof DataImportApplyRequest>;

// ---- Responses

/** A data element a value column writes to. */
export const ImportElement = T.Object({
  code: T.String(),
  name: T.String(),
  unit: StringEnum(UNITS),
  valueType: StringEnum(VALUE_TYPES),
  isNew: T.Boolean({ description: 'Создаётся из столбца этой загрузкой' }),
});
export type ImportElement = Static<typeof ImportElement>;

/** One value of the file against what the data holds. */
export const ValueChange = T.Object({
  line: T.Integer(),
  column: T.String(),
  org: T.String(),
  element: T.String(),
  old: Nullable(T.Number()),
  oldBy: Nullable(T.String()),
  value: T.Number(),
});
export type ValueChange = Static<typeof ValueChange>;

export const DataImportCounts = T.Object({
  new: T.Integer(),
  changed: T.Integer(),
  unchanged: T.Integer(),
  missing: T.Integer(),
  rowsMatched: T.Integer(),
  rowsNotMatched: T.Integer(),
  orgsToCreate: T.Integer(),
  placesToCreate: T.Integer(),
});
export type DataImportCounts = Static<typeof DataImportCounts>;

const CodeName = T.Object({ code: T.String(), name: T.String() });

export const DataImportPreview = T.Object({
  fileName: T.String(),
  sha256: T.String(),
  sheet: T.String(),
  header: T.Array(T.String()),
  mapping: DataTableMapping,
  mappingSource: StringEnum(['given', 'saved', 'proposed'] as const),
  period: CodeName,
  territory: Nullable(CodeName),
  elements: T.Array(ImportElement),
  rows: T.Integer(),
  counts: DataImportCounts,
  changed: T.Array(ValueChange, { description: 'Изменённые значения (было → стало, кто ввёл прежнее), первые 200' }),
  places: T.Array(PlaceMatch, { description: 'Места, не найденные в реестре наверняка, и что предлагает применение' }),
  rowsNotMatched: T.Array(T.Object({ line: T.Integer(), org: T.String() }), {
    description: 'Строки, чья организация не сопоставлена и будет пропущена, первые 200',
  }),
  pairs: T.Array(T.Object({ numerator: T.String(), denominator: T.String() }), {
    description: 'Проверки «числитель ≤ знаменатель» из пар ratio(…) методик',
  }),
  pairsNote: T.String(),
  ownCatalogue: Nullable(T.Object({ code: T.String(), newVersion: T.Boolean(), shares: T.Array(T.String()) })),
  issues: T.Array(ErrorDetail),
  issueCount: T.Integer(),
});
export type DataImportPreview = Static<typeof DataImportPreview>;

export const DataImportResult = T.Object({
  changed: T.Boolean({ description: 'false — файл не принёс нового: ничего не записано' }),
  importId: Nullable(T.Integer()),
  counts: DataImportCounts,
  createdOrgs: T.Integer(),
  createdElements: T.Array(T.String()),
  ownCatalogue: Nullable(T.Object({ code: T.String(), version: T.Integer() })),
  recomputed: T.Array(T.Object({ framework: T.String(), version: T.Integer(), indicators: T.Integer(), comparisons: T.Integer() })),
});
export type DataImportResult = Static<typeof DataImportResult>;
