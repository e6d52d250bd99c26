import { describe, expect, it } from 'vitest';
import { decimalsOf, roundToPrecision } from './round-to-precision.ts';

describe('roundToPrecision', () => {
  it.each([
    [12.345, 0.01, 12.35], // 1234.5 steps → half up → 1235 × 0.01
    [12.344, 0.01, 12.34],
    [1.005, 0.01, 1.01], // 1.005 / 0.01 = 100.49999… in binary; read at 12 digits → 100.5 → 101
    [45.004, 0.01, 45],
    [45.005, 0.01, 45.01],
    [58.49, 1, 58],
    [58.5, 1, 59],
    [7.26, 0.5, 7.5], // 14.52 steps → 15 × 0.5
    [100 / 3, 0.01, 33.33],
    [0, 0.01, 0],
    [12.3456, 0, 12.3456], // precision 0: no rounding
  ])('%d at %d → %d', (value, precision, expected) => {
    expect(roundToPrecision(value, precision)).toBe(expected);
  });

  it.each([
    [0.01, 2],
    [0.1, 1],
    [1, 0],
    [0.5, 1],
    [0.25, 2],
    [0.001, 3],
  ])('decimalsOf(%d) = %d', (precision, decimals) => {
    expect(decimalsOf(precision)).toBe(decimals);
  });
});
