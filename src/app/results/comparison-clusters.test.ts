import { describe, expect, it } from 'vitest';
import { missing, ok } from '../../domain/outcome.ts';
import { rate } from '../../domain/rating/rating.ts';
import { clusteringsOf, clusterSelection, type ClusteredObject } from './comparison-clusters.ts';
import type { StoredRating } from '../../domain/results/rate-comparison.ts';

// Six schools: two directions; school 6 has no value of B, so no score of direction D2.
const values: Record<number, [number, number | null]> = {
  1: [90, 95],
  2: [85, 90],
  3: [50, 55],
  4: [45, 50],
  5: [10, 12],
  6: [60, null],
};
const ids = Object.keys(values).map(Number);
const rating = rate(
  ids.map((id) => {
    const [a, b] = values[id] ?? [0, null];
    return { id: String(id), values: { A: ok(a), B: b === null ? missing('не представлено') : ok(b) } };
  }),
  [
    { code: 'A', directions: ['D1'], polarity: 'higher_better' },
    { code: 'B', directions: ['D2'], polarity: 'higher_better' },
  ],
  { minCompleteness: 1 },
);
const content: StoredRating = {
  objects: ids.map((id) => ({ id, name: `Школа ${id}`, shortName: null })),
  indicators: [],
  directions: [
    { code: 'D1', name: 'Первое' },
    { code: 'D2', name: 'Второе' },
  ],
  zoneYear: null,
  rating,
};
const objects: ClusteredObject[] = [
  { id: 1, type: 'school', attributes: { settlement: 'urban', pupils: 900 } },
  { id: 2, type: 'school', attributes: { settlement: 'urban', pupils: 800 } },
  { id: 3, type: 'school', attributes: { settlement: 'rural', pupils: 299 } },
  { id: 4, type: 'school', attributes: { settlement: 'rural', pupils: 40 } },
  { id: 5, type: 'school', attributes: { settlement: 'urban', pupils: 100 } },
  { id: 6, type: 'school', attributes: {} },
];

const byKey = (key: string) => clusteringsOf(content, objects, 'school').find((c) => c.key === key);
const clusters = (key: string) => byKey(key)?.clusters.map((c) => [c.key, c.label, c.members]);

describe('clusterings of a comparison', () => {
  it('splits by settlement; an object without it goes to «не указано», not a crash', () => {
    expect(clusters('settlement')).toEqual([
      ['urban', 'городские', [1, 2, 5]],
      ['rural', 'сельские', [3, 4]],
      ['none', 'тип поселения не указан', [6]],
    ]);
  });

  it('splits schools by size bands <100, 100–299, 300–799, ≥800 pupils (a threshold goes up)', () => {
    expect(clusters('size')).toEqual([
      ['size-0', 'менее 100 обучающихся', [4]],
      ['size-1', '100–299 обучающихся', [3, 5]],
      ['size-3', '800 и более обучающихся', [1, 2]],
      ['none', 'численность не указана', [6]],
    ]);
    expect(byKey('size')?.description).toContain('менее 100, 100–299, 300–799, 800 и более');
  });

  it('has no size bands for municipalities, and says why', () => {
    const size = clusteringsOf(content, objects, null).find((c) => c.key === 'size');
    expect(size?.clusters).toEqual([]);
    expect(size?.unavailable).toContain('муниципалитет');
  });

  it('clusters by direction scores with k-means (k = 3), best cluster first; incomplete objects apart', () => {
    const result = byKey('kmeans');
    expect(result?.unavailable).toBeUndefined();
    expect(result?.clusters.map((c) => [c.key, c.members])).toEqual([
      ['k1', [1, 2]],
      ['k2', [3, 4]],
      ['k3', [5]],
      ['none', [6]],
    ]);
    expect(result?.clusters[0]?.label).toMatch(/^кластер 1: средний балл направлений \d+(,\d)?$/);
    // Deterministic: the same data give the same clusters.
    expect(byKey('kmeans')).toEqual(result);
  });

  it('reports k-means as unavailable when there are fewer distinct objects than clusters', () => {
    const two = clusteringsOf(content, objects.slice(0, 2), 'school').find((c) => c.key === 'kmeans');
    expect(two?.unavailable).toMatch(/меньше, чем кластеров/);
  });

  it('needs both clustering and cluster, or neither', () => {
    expect(clusterSelection(undefined, undefined)).toBeUndefined();
    expect(clusterSelection('size', 'size-0')).toEqual({ clustering: 'size', cluster: 'size-0' });
    expect(() => clusterSelection('size', undefined)).toThrow(/кластер \(cluster\)/);
  });
});
