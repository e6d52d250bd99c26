import type { RoundObject } from '../api/scoring-api.ts';

/** Objects in rating order: by the overall index (highest first), those without an index last, then by code. */
export function ratingOrder<T extends Pick<RoundObject, 'code' | 'index'>>(objects: readonly T[]): T[] {
  return [...objects].sort((a, b) => {
    const x = a.index.value;
    const y = b.index.value;
    if (x !== null && y !== null && x !== y) return y - x;
    if ((x === null) !== (y === null)) return x === null ? 1 : -1;
    return a.code.localeCompare(b.code);
  });
}

/** Bars of the chart: objects with an index, highest on top (echarts draws a category axis bottom-up). */
export function chartBars(objects: readonly Pick<RoundObject, 'code' | 'name' | 'index'>[]): { name: string; value: number }[] {
  return ratingOrder(objects)
    .filter((o) => o.index.value !== null)
    .map((o) => ({ name: o.name, value: o.index.value ?? 0 }))
    .reverse();
}

/** How many of the object's positions count in the index, as a whole percent. */
export function resolvedPercent(o: Pick<RoundObject, 'resolved' | 'positions'>): number {
  return o.positions > 0 ? Math.round((o.resolved / o.positions) * 100) : 0;
}
