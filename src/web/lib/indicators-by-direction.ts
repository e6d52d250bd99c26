import type { Catalogue, Indicator } from '../api/types.ts';

/** Indicators of each direction (by direction code), in catalogue order; an indicator of two directions is in both lists. */
export function indicatorsByDirection(catalogue: Catalogue): Map<string, Indicator[]> {
  const result = new Map<string, Indicator[]>();
  for (const indicator of catalogue.indicators ?? []) {
    for (const code of indicator.directions) {
      const list = result.get(code);
      if (list) list.push(indicator);
      else result.set(code, [indicator]);
    }
  }
  return result;
}
