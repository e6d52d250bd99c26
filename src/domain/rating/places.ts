import { roundToPrecision } from './round-to-precision.ts';

/** A place in a rating: competition place (1, 2, 2, 4) and the shared range («2–3»). */
export interface Place {
  /** Competition place: 1 + the number of objects with a strictly higher rounded score. */
  place: number;
  /** Last place of the tie range (= place when not tied). */
  placeTo: number;
  /** «2» or «2–3» (en dash), as seed 000 writes «29 – 40 позицию». */
  label: string;
  /** The score the place was decided on (rounded to precision). */
  roundedScore: number;
  /**
   * Other objects sharing the place, at most TIE_LIST_LIMIT of them: a full list is quadratic in
   * the size of a tie (1,000 schools on 0 points would list each other a million times);
   * placeTo − place says how many share it.
   */
  tiedWith: string[];
}

/** How many tied objects a place names. */
export const TIE_LIST_LIMIT = 5;

/** One ranked object: id and score in points (unrounded). */
export interface RankEntry {
  id: string;
  score: number;
}

/**
 * Places for scores: 1 = most points; scores are rounded to `precision` first (a rule of the
 * method, default 0.01); equal rounded scores share a place, given both as a competition place
 * and a range. Entries with a non-finite score must be left out by the caller.
 */
export function rankScores(entries: readonly RankEntry[], precision = 0.01): Map<string, Place> {
  const rounded = entries.map((e) => ({ id: e.id, r: roundToPrecision(e.score, precision) }));
  const sorted = [...rounded].sort((a, b) => b.r - a.r);
  const places = new Map<string, Place>();
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]?.r === sorted[start]?.r) end++;
    const group = sorted.slice(start, end + 1);
    const place = start + 1;
    const placeTo = end + 1;
    const named = group.slice(0, TIE_LIST_LIMIT + 1);
    for (const { id, r } of group) {
      places.set(id, {
        place,
        placeTo,
        label: placeTo === place ? String(place) : `${place}–${placeTo}`,
        roundedScore: r,
        tiedWith: named
          .filter((g) => g.id !== id)
          .slice(0, TIE_LIST_LIMIT)
          .map((g) => g.id),
      });
    }
    start = end + 1;
  }
  return places;
}
