// Shapes every route shares: the error body, id parameters, lists and pages, nullable values.
// `src/api` is the HTTP contract: each request and response written once as a TypeBox schema, from
// which its TypeScript type is derived (`Static`). The server validates and serialises with the
// schema, the app returns the derived type, the web reads the same type: a field cannot exist in
// one and be missing from another.
import { Type as T, type Static, type TSchema } from '@sinclair/typebox';

/** `null` or the value (`anyOf`), as JSON Schema and as a type. */
export const Nullable = <S extends TSchema>(schema: S, options: { description?: string } = {}) => T.Union([schema, T.Null()], options);

/** One of the given strings, as a plain JSON Schema `enum` (readable in the OpenAPI document). */
export const StringEnum = <V extends readonly string[]>(values: V, options: { description?: string } = {}) =>
  T.Unsafe<V[number]>({ type: 'string', enum: [...values], ...options });

/** A calendar date as ISO text, `2025-09-01`. */
export const IsoDate = (options: { description?: string } = {}) => T.String({ format: 'date', ...options });

/** `{ items: [...] }`: a whole list. */
export const Items = <S extends TSchema>(item: S) => T.Object({ items: T.Array(item) });

/** `{ items: [...], total }`: one page of a longer list. */
export const PageOf = <S extends TSchema>(item: S) => T.Object({ items: T.Array(item), total: T.Integer() });

export const ErrorDetail = T.Object({
  path: T.Optional(T.String()),
  sheet: T.Optional(T.String()),
  row: T.Optional(T.Integer()),
  column: T.Optional(T.String()),
  message: T.String(),
  code: T.Optional(StringEnum(['formula_cycle'] as const, { description: 'Вид ошибки, если программе нужно его различать' })),
});
export type ErrorDetail = Static<typeof ErrorDetail>;

export const ApiErrorBody = T.Object(
  {
    code: T.String(),
    message: T.String(),
    details: T.Optional(T.Array(ErrorDetail)),
    requestId: T.Optional(T.String()),
  },
  { description: 'Ошибка: стабильный код для программ и сообщение на русском для людей' },
);
export type ApiErrorBody = Static<typeof ApiErrorBody>;

/** Error responses every authenticated route may give. */
export const errorResponses = {
  400: ApiErrorBody,
  401: ApiErrorBody,
  403: ApiErrorBody,
  404: ApiErrorBody,
  409: ApiErrorBody,
} as const;

export const IdParams = T.Object({ id: T.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;
