import { describe, expect, it } from 'vitest';
import { orderByDependencies } from './indicator-order.ts';

const deps = (o: Record<string, string[]>) => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));

describe('orderByDependencies', () => {
  it.each<[string, string[], Record<string, string[]>, string[]]>([
    ['no references keeps the order', ['A', 'B', 'C'], {}, ['A', 'B', 'C']],
    ['a referenced indicator comes first', ['A', 'B'], { A: ['B'] }, ['B', 'A']],
    ['chain', ['A', 'B', 'C'], { A: ['B'], B: ['C'] }, ['C', 'B', 'A']],
    ['unknown reference ignored', ['A'], { A: ['Z'] }, ['A']],
    ['a cycle is appended, not lost', ['A', 'B', 'C'], { A: ['B'], B: ['A'] }, ['C', 'A', 'B']],
  ])('%s', (_name, codes, d, expected) => expect(orderByDependencies(codes, deps(d))).toEqual(expected));
});
