import type { DataElement } from '../catalogue/catalogue.ts';

/** The element's rules a value must keep: a whole count, a share within 0–100, no negative count. */
export function checkImportedValue(
  element: Pick<DataElement, 'valueType' | 'unit' | 'name'>,
  value: number,
  percent: boolean,
): string | null {
  if (percent && element.unit !== 'percent') return `${fmt(value)} % — в столбце «${element.name}» количество, а не доля: уберите знак «%»`;
  if (element.valueType === 'integer' && !Number.isInteger(value)) return `${fmt(value)} — «${element.name}» считается целыми числами`;
  if (element.unit === 'percent' && (value < 0 || value > 100)) return `${fmt(value)} — доля «${element.name}» должна быть от 0 до 100`;
  if (element.unit !== 'percent' && (element.valueType === 'integer' || element.unit === 'persons') && value < 0)
    return `${fmt(value)} — «${element.name}» не может быть отрицательным`;
  return null;
}

/** A number as a Russian user writes it (decimal comma). */
const fmt = (n: number) => String(n).replace('.', ',');

/**
 * The numerator–denominator pairs of data elements a catalogue states: every `ratio(a, b)` of
 * two plain element codes in its indicators' formulas (the part is never bigger than the whole).
 */
export function ratioPairs(formulas: readonly string[]): { numerator: string; denominator: string }[] {
  const seen = new Set<string>();
  const out: { numerator: string; denominator: string }[] = [];
  for (const f of formulas) {
    for (const m of f.matchAll(/\bratio\(\s*([A-Za-z_][\w.]*)\s*,\s*([A-Za-z_][\w.]*)\s*\)/g)) {
      const key = `${m[1]}/${m[2]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ numerator: m[1]!, denominator: m[2]! });
    }
  }
  return out;
}
