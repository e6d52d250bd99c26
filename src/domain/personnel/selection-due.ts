/** Seed 003: competitive selection to the reserve at least once in two years. */
export const SELECTION_INTERVAL_YEARS = 2;

/** The date by which the next selection round must be held: two years after the last one. */
export function nextSelectionDue(lastRoundOn: string | null): string | null {
  if (lastRoundOn === null) return null;
  const [y, m, d] = lastRoundOn.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y + SELECTION_INTERVAL_YEARS, m - 1, d));
  // 29 February + 2 years → 1 March: Date rolls over, which is the reading a calendar gives.
  return due.toISOString().slice(0, 10);
}

export function selectionOverdue(lastRoundOn: string | null, today: string): boolean {
  const due = nextSelectionDue(lastRoundOn);
  return due === null || due < today;
}
