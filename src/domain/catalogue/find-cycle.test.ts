import { describe, expect, it } from 'vitest';
import { findCycle } from './find-cycle.ts';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe('findCycle', () => {
  it('finds none in a chain', () => {
    expect(findCycle(graph({ K1: ['K2'], K2: ['K3'], K3: [] }))).toBeNull();
  });

  it('reports the cycle as a path', () => {
    expect(findCycle(graph({ K3: ['K7'], K7: ['K3'] }))).toEqual(['K3', 'K7', 'K3']);
    expect(findCycle(graph({ K1: ['K1'] }))).toEqual(['K1', 'K1']);
    expect(findCycle(graph({ A: ['B'], B: ['C'], C: ['B'] }))).toEqual(['B', 'C', 'B']);
  });
});
