import { describe, expect, it } from 'vitest';
import { columnLetter } from './column-letter.ts';

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [703, 'AAA'],
  ])('%d → %s', (n, letter) => {
    expect(columnLetter(n)).toBe(letter);
  });
});
