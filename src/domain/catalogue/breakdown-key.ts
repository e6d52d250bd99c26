/** The canonical key of a breakdown: keys sorted, "grade=4;subject=math"; '' for none. */
export function breakdownKey(breakdown: Readonly<Record<string, string | number>>): string {
  return Object.keys(breakdown)
    .sort()
    .map((k) => `${k}=${String(breakdown[k])}`)
    .join(';');
}

/** Parses a canonical breakdown key back into its parts. */
export function parseBreakdownKey(key: string): Record<string, string> {
  if (key === '') return {};
  return Object.fromEntries(key.split(';').map((part) => part.split('=') as [string, string]));
}
