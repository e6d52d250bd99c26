import { describe, expect, it } from 'vitest';
import { seededRandom } from '../statistics/seeded-random.ts';
import type { ClusterObject } from './clusters.ts';
import { clusterByKMeans } from './clusters-k-means.ts';
import { invalid } from '../outcome.ts';

const obj = (id: number, attributes: Record<string, number>): ClusterObject => ({
  id,
  type: 'school',
  settlement: 'urban',
  size: 0,
  attributes,
});

// Two clear groups: small schools with low results, big schools with high results.
const objects = [
  obj(1, { pupils: 80, score: 40 }),
  obj(2, { pupils: 100, score: 42 }),
  obj(3, { pupils: 120, score: 38 }),
  obj(4, { pupils: 900, score: 70 }),
  obj(5, { pupils: 1000, score: 72 }),
  obj(6, { pupils: 1100, score: 74 }),
  obj(7, { pupils: 500 }), // no score: excluded
];

describe('clusterByKMeans', () => {
  it('finds the two groups; centroids in original units', () => {
    const r = clusterByKMeans(objects, ['pupils', 'score'], 2, 7);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    const sorted = [...r.value.clusters].sort((a, b) => (a.members[0] ?? 0) - (b.members[0] ?? 0));
    expect(sorted.map((c) => c.members)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    // (80 + 100 + 120) / 3 = 100 pupils, (40 + 42 + 38) / 3 = 40; (900 + 1000 + 1100) / 3 = 1000, (70 + 72 + 74) / 3 = 72
    expect(sorted.map((c) => c.centroid)).toEqual([
      { pupils: 100, score: 40 },
      { pupils: 1000, score: 72 },
    ]);
    expect(r.value.excluded).toEqual([7]);
  });

  it('is deterministic for a seed (same input → same clusters)', () => {
    const rnd = seededRandom(11);
    const many = Array.from({ length: 60 }, (_, i) => obj(i + 1, { a: rnd.int(0, 100), b: rnd.int(0, 1000) }));
    const first = clusterByKMeans(many, ['a', 'b'], 4, 3);
    for (let i = 0; i < 5; i++) expect(clusterByKMeans(many, ['a', 'b'], 4, 3)).toEqual(first);
    expect(first.kind === 'ok' && first.value.clusters.flatMap((c) => c.members).length).toBe(60);
  });

  it('an attribute with zero spread does not break standardisation', () => {
    const flat = [obj(1, { a: 5, b: 1 }), obj(2, { a: 5, b: 2 }), obj(3, { a: 5, b: 10 })];
    const r = clusterByKMeans(flat, ['a', 'b'], 2);
    expect(r.kind === 'ok' && r.value.clusters.map((c) => c.members.length).sort()).toEqual([1, 2]);
  });

  it.each([
    [[obj(1, { a: 1 }), obj(2, { a: 1 })], ['a'], 2, invalid('различных объектов меньше, чем кластеров (2)')],
    [[obj(1, { a: 1 })], [], 1, invalid('не выбраны признаки для кластеризации')],
    [[obj(1, { a: 1 })], ['a'], 0, invalid('число кластеров должно быть целым и не меньше 1')],
  ])('refuses bad requests %#', (objs, attrs, k, expected) => {
    expect(clusterByKMeans(objs, attrs, k)).toEqual(expected);
  });
});
