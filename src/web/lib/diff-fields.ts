export interface FieldChange {
  /** Dotted path, e.g. `name` or `attributes.headName`. */
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Fields that differ between two JSON objects; nested objects are compared one level deep
 * (`attributes.headName`). Empty if either side is not an object.
 */
export function diffFields(before: unknown, after: unknown, prefix = '', depth = 1): FieldChange[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key): FieldChange[] => {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    const field = prefix + key;
    if (depth > 0 && isRecord(a) && isRecord(b)) return diffFields(a, b, `${field}.`, depth - 1);
    return [{ field, before: a, after: b }];
  });
}
