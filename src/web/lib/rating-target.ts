/** The rating cell whose explanation is asked for: the summary, a direction or an indicator of one object. */
export type RatingTarget =
  | { kind: 'summary'; objectId: number }
  | { kind: 'direction'; objectId: number; code: string }
  | { kind: 'indicator'; objectId: number; code: string };
