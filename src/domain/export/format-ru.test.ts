import { describe, expect, it } from 'vitest';
import { formatChange, formatPrinted } from './format-ru.ts';

describe('numbers printed in documents', () => {
  it('writes a negative number with the minus sign U+2212, as the result card does', () => {
    expect(formatPrinted(-0.01)).toBe('\u22120,01');
    expect(formatPrinted(-1234.5)).toBe('\u22121\u00a0234,5');
    expect(formatPrinted(12.5)).toBe('12,5');
  });

  it('writes a change with its sign: a rise with plus, a fall with minus, none as 0', () => {
    expect(formatChange(0.5)).toBe('+0,5');
    expect(formatChange(-0.01)).toBe('\u22120,01');
    expect(formatChange(0)).toBe('0');
    expect(formatChange(0.001)).toBe('0'); // rounds to nothing: no sign
    expect(formatChange(-0.001)).toBe('0');
  });
});
