import { describe, expect, it } from 'vitest';
import { formulaCodes } from './formula-codes.ts';

describe('formulaCodes', () => {
  it('lists data elements once, in order, and indicator references', () => {
    expect(formulaCodes('ratio(sum(a[grade=1], a[grade=2]), b) - @D1.01')).toEqual({
      elements: ['a', 'b'],
      indicators: ['D1.01'],
      error: null,
    });
  });
  it('reports a syntax error with a 1-based position', () => {
    const codes = formulaCodes('ratio(a, ');
    expect(codes.elements).toEqual([]);
    expect(codes.error).toMatch(/^позиция \d+: /);
  });
});
