/** Decimal places a precision step implies: 0.01 → 2, 0.5 → 1, 1 → 0. */
export function decimalsOf(precision: number): number {
  if (!(precision > 0) || !Number.isFinite(precision)) return 0;
  let d = 0;
  while (d < 12 && Math.abs(Math.round(precision * 10 ** d) - precision * 10 ** d) > 1e-9 * 10 ** d) d++;
  return d;
}

/**
 * Rounds a score to the method's precision step (half up, e.g. 12.345 → 12.35 at 0.01).
 * The quotient is read at 12 significant digits first, so binary noise (12.345 / 0.01 =
 * 1234.4999…) does not flip a half. A precision ≤ 0 or not finite means "no rounding".
 */
export function roundToPrecision(value: number, precision: number): number {
  if (!(precision > 0) || !Number.isFinite(precision)) return value;
  const steps = Math.round(Number((value / precision).toPrecision(12)));
  return Number((steps * precision).toFixed(decimalsOf(precision)));
}
