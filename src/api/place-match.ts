// Places a file names (region, municipality, organisation) matched to the register, and the
// operator's decision on each: shared by the assessment-results and the data-table imports.
import { Type as T, type Static } from '@sinclair/typebox';
import type { SourceRef as DomainSourceRef } from '../domain/assessment/assessment-kind.ts';
import { Nullable, StringEnum } from './common.ts';
import type { Assert, Equal } from './type-equality.ts';

/** Where in a file: the sheet (workbooks) and the 1-based line. */
export const SourceRef = T.Object({ sheet: T.Optional(T.String()), line: T.Integer() });
export type SourceRef = Static<typeof SourceRef>;
export type _SourceRefCheck = Assert<Equal<SourceRef, DomainSourceRef>>;

export const PlaceLevel = StringEnum(['region', 'municipality', 'organisation'] as const);

/** A region, municipality or organisation as a file names it, and what the register has for it. */
export const PlaceMatch = T.Object({
  key: T.String(),
  level: PlaceLevel,
  label: T.String({ description: 'Как место названо в файле (код, ИНН, наименование)' }),
  name: Nullable(T.String()),
  parentKey: Nullable(T.String()),
  rows: T.Integer(),
  lines: T.Array(SourceRef),
  orgId: Nullable(T.Integer(), { description: 'Найдено наверняка: по коду, ИНН, наименованию или псевдониму внутри территории' }),
  by: Nullable(StringEnum(['code', 'inn', 'ogrn', 'name', 'alias'] as const)),
  candidates: T.Array(T.Object({ orgId: T.Integer(), name: T.String(), where: T.String(), similarity: T.Number() })),
  proposal: StringEnum(['match', 'create', 'skip'] as const, { description: 'Что сделает применение, если оператор не решит иначе' }),
});
export type PlaceMatch = Static<typeof PlaceMatch>;

/** The operator's decision on one place: this organisation, create it, or skip its rows. */
export const PlaceDecision = T.Union([
  T.Object({ action: T.Literal('match'), orgId: T.Integer({ minimum: 1 }) }, { additionalProperties: false }),
  T.Object({ action: T.Literal('create') }, { additionalProperties: false }),
  T.Object({ action: T.Literal('skip') }, { additionalProperties: false }),
]);
export type PlaceDecision = Static<typeof PlaceDecision>;
