/** One stored value of a data element for an object (mirrors db EngineValue; breakdown is a canonical key or ''). */
export interface ElementValue {
  orgId: number;
  elementCode: string;
  breakdown: string;
  value: number;
}

/** The values of one object (organisation or municipality), by element code. */
export type ObjectValues = ReadonlyMap<string, readonly { breakdown: string; value: number }[]>;

/** Groups value rows by object id, then by element code; row order is kept. */
export function indexValues(rows: readonly ElementValue[]): Map<number, ObjectValues> {
  const byObject = new Map<number, Map<string, { breakdown: string; value: number }[]>>();
  for (const row of rows) {
    const elements = byObject.get(row.orgId) ?? new Map<string, { breakdown: string; value: number }[]>();
    byObject.set(row.orgId, elements);
    const list = elements.get(row.elementCode) ?? [];
    elements.set(row.elementCode, list);
    list.push({ breakdown: row.breakdown, value: row.value });
  }
  return byObject;
}

/** Builds the values of one object from a compact literal (tests, demo): { code: value | { breakdownKey: value } }. */
export function objectValues(spec: Readonly<Record<string, number | Readonly<Record<string, number>>>>): ObjectValues {
  const map = new Map<string, { breakdown: string; value: number }[]>();
  for (const [code, v] of Object.entries(spec)) {
    map.set(
      code,
      typeof v === 'number' ? [{ breakdown: '', value: v }] : Object.entries(v).map(([breakdown, value]) => ({ breakdown, value })),
    );
  }
  return map;
}
