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
  const places = new Map<string, Place>();
  rankColumn(
    entries.map((e) => e.id),
    entries.map((e) => e.score),
    precision,
    (i, place, placeTo, roundedScore, tiedWith) => {
      const id = entries[i]?.id ?? '';
      places.set(id, { place, placeTo, label: placeTo === place ? String(place) : `${place}–${placeTo}`, roundedScore, tiedWith });
    },
  );
  return places;
}

/**
 * rankScores over a column: `ids[i]` scored `scores[i]`; `onPlace` is called once for each i with
 * its place, the last place of its tie, its rounded score and up to TIE_LIST_LIMIT others tied
 * with it (in the order of `ids`). The rating of a stored recompute ranks its columns so.
 */
export function rankColumn(
  ids: readonly string[],
  scores: ArrayLike<number>,
  precision: number,
  onPlace: (i: number, place: number, placeTo: number, roundedScore: number, tiedWith: string[]) => void,
): void {
  const n = scores.length;
  const rounded = new Float64Array(n);
  for (let i = 0; i < n; i++) rounded[i] = roundToPrecision(scores[i] ?? 0, precision);
  // A stable sort of positions, most points first: equal scores keep the order of `ids`.
  const sorted = Array.from({ length: n }, (_, i) => i).sort((a, b) => (rounded[b] ?? 0) - (rounded[a] ?? 0));
  let start = 0;
  while (start < n) {
    const r = rounded[sorted[start] ?? 0] ?? 0;
    let end = start;
    while (end + 1 < n && rounded[sorted[end + 1] ?? 0] === r) end++;
    const named = sorted.slice(start, Math.min(end + 1, start + TIE_LIST_LIMIT + 1));
    for (let k = start; k <= end; k++) {
      const i = sorted[k] ?? 0;
      const tiedWith: string[] = [];
      for (const j of named) if (ids[j] !== ids[i] && tiedWith.length < TIE_LIST_LIMIT) tiedWith.push(ids[j] ?? '');
      onPlace(i, start + 1, end + 1, r, tiedWith);
    }
    start = end + 1;
  }
}
