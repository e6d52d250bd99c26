const pad = (n: number): string => String(n).padStart(2, '0');

/** Whether a catalogue's validity ended before today (`validTo` is the last valid day, yyyy-mm-dd). */
export function isHistorical(validTo: string | null, now: Date = new Date()): boolean {
  if (!validTo) return false;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return validTo.slice(0, 10) < today;
}
