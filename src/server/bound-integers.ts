/** The largest value of a PostgreSQL integer: every id, version and count in the schema is one. */
export const INT4_MAX = 2_147_483_647;

/**
 * An input schema with every `integer` bounded to PostgreSQL's `integer` (and `number` to finite
 * values), unless it sets its own maximum: `/api/orgs/2147483648` or a version of 1e309 is then the
 * caller's mistake, refused with the field named, instead of a database error (found by the API
 * fuzz test). Returns a copy; response schemas are not touched.
 */
export function boundIntegers<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map((s: unknown) => boundIntegers(s)) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === 'enum' || key === 'const' ? value : boundIntegers(value);
  const type = out.type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('integer')) {
    if (out.maximum === undefined && out.exclusiveMaximum === undefined) out.maximum = INT4_MAX;
    if (out.minimum === undefined && out.exclusiveMinimum === undefined) out.minimum = -INT4_MAX - 1;
  }
  return out as T;
}
