import type { Indicator } from '../api/types.ts';

const normalise = (text: string): string => text.toLowerCase().replace(/ё/g, 'е');

/** Whether every word of the query occurs in the indicator's code or name (case- and ё-insensitive). */
export function matchIndicator(indicator: Pick<Indicator, 'code' | 'name'>, query: string): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = normalise(`${indicator.code} ${indicator.name}`);
  return words.every((word) => text.includes(word));
}
