/**
 * The result of a computation on real data: a value, or a named reason why there is none.
 * Bad data never becomes NaN and never throws.
 * - `missing`: an input is absent (not submitted, no value): "нет данных".
 * - `invalid`: the inputs exist but the rule cannot apply (division by zero, best of 0…).
 */
export type Outcome<T = number> = { kind: 'ok'; value: T } | { kind: 'missing'; reason: string } | { kind: 'invalid'; reason: string };

export const ok = <T>(value: T): Outcome<T> => ({ kind: 'ok', value });
export const missing = <T = number>(reason: string): Outcome<T> => ({ kind: 'missing', reason });
export const invalid = <T = number>(reason: string): Outcome<T> => ({ kind: 'invalid', reason });

export function isOk<T>(o: Outcome<T>): o is { kind: 'ok'; value: T } {
  return o.kind === 'ok';
}
