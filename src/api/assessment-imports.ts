// Assessment-results imports (ВПР, ОГЭ, ЕГЭ, НИКО, функциональная грамотность, олимпиады): the
// upload's preview, the reading's progress and report, the apply's result, and the requests.
import { Type as T, type Static, type TInteger, type TOptional } from '@sinclair/typebox';
import { ASSESSMENT_KINDS } from '../domain/assessment/assessment-kind.ts';
import { CHECKED_MEASURES, type TotalCheck as DomainTotalCheck } from '../domain/assessment/check-source-totals.ts';
import { FIELDS, type ColumnMapping as DomainColumnMapping, type FieldKey } from '../domain/assessment/column-mapping.ts';
import type { ImportProblem as DomainImportProblem } from '../domain/assessment/import-problem.ts';
import { Nullable, StringEnum } from './common.ts';
import { PlaceDecision, PlaceLevel, PlaceMatch, SourceRef } from './place-match.ts';
import type { Assert, Equal } from './type-equality.ts';

const Id = T.Integer({ minimum: 1 });

/** Field → 0-based column of the file (only the fields the file has). */
export const ColumnMapping = T.Object(
  Object.fromEntries(FIELDS.map((f) => [f.key, T.Optional(T.Integer({ minimum: 0 }))])) as Record<FieldKey, TOptional<TInteger>>,
);
export type ColumnMapping = Static<typeof ColumnMapping>;
export type _ColumnMappingCheck = Assert<Equal<ColumnMapping, DomainColumnMapping>>;

export const ImportProblem = T.Object({
  code: T.String({ description: 'Стабильный код: bad_mark, bad_score, duplicate, unknown_org, formula_error, total_mismatch…' }),
  severity: StringEnum(['error', 'warning', 'info'] as const),
  source: SourceRef,
  column: T.Optional(T.String()),
  message: T.String(),
});
export type ImportProblem = Static<typeof ImportProblem>;
export type _ImportProblemCheck = Assert<Equal<ImportProblem, DomainImportProblem>>;

/** One figure of a total row of the source, against the sum of the rows it totals. */
export const TotalCheck = T.Object({
  source: SourceRef,
  level: StringEnum(['municipality', 'region'] as const),
  name: T.String(),
  year: T.Integer(),
  subject: Nullable(T.String()),
  measure: StringEnum(CHECKED_MEASURES),
  expected: T.Number(),
  computed: T.Number(),
  agrees: T.Boolean(),
  shares: T.Optional(T.Object({ expected: Nullable(T.Number()), computed: Nullable(T.Number()) })),
  rows: T.Array(T.Integer()),
  message: T.String(),
});
export type TotalCheck = Static<typeof TotalCheck>;
export type _TotalCheckCheck = Assert<Equal<TotalCheck, DomainTotalCheck>>;

export const ReadProgress = T.Object({
  phase: StringEnum(['reading', 'staging', 'matching'] as const),
  rows: T.Integer(),
  bytes: T.Optional(T.Integer()),
  totalBytes: T.Optional(T.Integer()),
});
export type ReadProgress = Static<typeof ReadProgress>;

/** The progress kept on the import: what reading reported last, `done` once read, nothing before. */
export const ImportProgress = T.Partial(
  T.Object({ ...ReadProgress.properties, phase: StringEnum(['reading', 'staging', 'matching', 'done'] as const) }),
);
export type ImportProgress = Static<typeof ImportProgress>;

/** What reading a file found: shown to the operator before anything is applied. */
export const ImportReport = T.Object({
  layout: StringEnum(['pupil', 'aggregate', 'template'] as const),
  rows: T.Integer(),
  counted: T.Integer(),
  errorRows: T.Integer(),
  problems: T.Array(ImportProblem, { description: 'Первые замечания (до 500)' }),
  problemCounts: T.Record(T.String(), T.Integer(), { description: 'Сколько замечаний каждого кода' }),
  places: T.Array(PlaceMatch),
  years: T.Array(T.Integer()),
  summary: T.Array(
    T.Object({ year: T.Integer(), subject: Nullable(T.String()), participants: T.Number(), belowMin: Nullable(T.Number()) }),
    { description: 'По годам и предметам: участники и не преодолевшие порог, как их даёт файл' },
  ),
  staged: T.Integer(),
  unknownElements: T.Array(T.String()),
  totals: T.Array(TotalCheck),
  region: Nullable(T.String()),
});
export type ImportReport = Static<typeof ImportReport>;

/** The upload's first look: the header, a sample of rows and the proposed mapping. */
export const ImportPreview = T.Object({
  format: StringEnum(['csv', 'xlsx'] as const),
  encoding: Nullable(T.String()),
  template: T.Boolean({ description: 'Книга — шаблон «Информация о результатах ЕГЭ»: столбцы читаются по заголовкам шаблона' }),
  header: T.Array(T.String()),
  sample: T.Array(T.Array(T.String())),
  mapping: ColumnMapping,
  savedMappings: T.Array(T.Object({ id: T.Integer(), name: T.String(), kind: T.String(), mapping: ColumnMapping }), {
    description: 'Сохранённые сопоставления, чьи столбцы есть в этом заголовке',
  }),
  kind: Nullable(StringEnum(ASSESSMENT_KINDS)),
  year: Nullable(T.Integer()),
});
export type ImportPreview = Static<typeof ImportPreview>;

export const ApplyResult = T.Object({
  values: T.Integer(),
  organisations: T.Integer(),
  created: T.Array(T.Object({ level: PlaceLevel, name: T.String(), code: T.String() })),
  skippedPlaces: T.Integer(),
  periods: T.Array(T.String()),
  periodIds: T.Array(T.Integer(), { description: 'Периоды, чьи значения изменились: их показатели нужно пересчитать' }),
});
export type ApplyResult = Static<typeof ApplyResult>;

export const ImportStatus = StringEnum(['uploaded', 'reading', 'ready', 'applied', 'failed', 'cancelled'] as const);

export const ImportView = T.Object({
  id: T.Integer(),
  territoryId: Nullable(T.Integer()),
  territoryName: Nullable(T.String()),
  fileName: T.String(),
  status: ImportStatus,
  kind: Nullable(T.String()),
  year: Nullable(T.Integer()),
  createdAt: T.String(),
  progress: ImportProgress,
  preview: Nullable(ImportPreview),
  report: Nullable(ImportReport),
  applied: Nullable(ApplyResult),
  error: Nullable(T.String()),
});
export type ImportView = Static<typeof ImportView>;

/** An import in the list: without its preview and read report. */
export const ImportListItem = T.Omit(ImportView, ['preview', 'report']);
export type ImportListItem = Static<typeof ImportListItem>;

export const ImportList = T.Object({ imports: T.Array(ImportListItem) });
export type ImportList = Static<typeof ImportList>;

export const ImportOne = T.Object({ import: ImportView });
export type ImportOne = Static<typeof ImportOne>;

// ---- Requests

export const UploadQuery = T.Object({ territoryId: T.Optional(Id) }, { additionalProperties: false });
export type UploadQuery = Static<typeof UploadQuery>;

export const ReadSettingsBody = T.Object(
  {
    kind: T.String({ maxLength: 20 }),
    year: T.Optional(Nullable(T.Integer())),
    stage: T.Optional(Nullable(T.String({ maxLength: 50 }))),
    mapping: T.Optional(T.Record(T.String(), Nullable(T.Integer()), { maxProperties: 60 })),
    saveMappingAs: T.Optional(Nullable(T.String({ maxLength: 200 }))),
  },
  { additionalProperties: false },
);
export type ReadSettingsBody = Static<typeof ReadSettingsBody>;

export const ApplyImportBody = T.Object(
  {
    decisions: T.Optional(T.Record(T.String(), PlaceDecision, { maxProperties: 20000 })),
    acceptProposals: T.Optional(T.Boolean()),
    skipErrors: T.Optional(T.Boolean()),
  },
  { additionalProperties: false },
);
export type ApplyImportBody = Static<typeof ApplyImportBody>;

// ---- Minimum thresholds and saved mappings

export const ThresholdView = T.Object({
  kind: T.String(),
  subject: T.String(),
  subjectName: T.String(),
  year: T.Integer(),
  minScore: T.Number(),
  note: Nullable(T.String()),
});
export type ThresholdView = Static<typeof ThresholdView>;

export const ThresholdList = T.Object({ thresholds: T.Array(ThresholdView) });
export type ThresholdList = Static<typeof ThresholdList>;

export const ThresholdInput = T.Object(
  {
    kind: T.String({ maxLength: 20 }),
    subject: T.String({ maxLength: 50 }),
    year: T.Integer({ minimum: 2000, maximum: 2100 }),
    minScore: T.Number({ minimum: 0, maximum: 100 }),
    note: T.Optional(Nullable(T.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type ThresholdInput = Static<typeof ThresholdInput>;

export const ThresholdsBody = T.Object({ thresholds: T.Array(ThresholdInput, { maxItems: 2000 }) }, { additionalProperties: false });
export type ThresholdsBody = Static<typeof ThresholdsBody>;

/** A saved mapping: field (or column header) → the header text (or its role as JSON) it was saved with. */
export const SavedMapping = T.Object({ id: T.Integer(), name: T.String(), kind: T.String(), columns: T.Record(T.String(), T.String()) });
export type SavedMapping = Static<typeof SavedMapping>;

export const SavedMappingList = T.Object({ mappings: T.Array(SavedMapping) });
export type SavedMappingList = Static<typeof SavedMappingList>;
