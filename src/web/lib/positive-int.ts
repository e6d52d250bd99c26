/** A positive whole number from a URL parameter («12»); null for none, «0», «-1», «1.5» or «abc». */
export function positiveInt(value: string | null): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}
