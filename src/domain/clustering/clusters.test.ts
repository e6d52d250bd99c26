import { describe, expect, it } from 'vitest';
import { clusterBySettlement, clusterBySize, clusterByType, type ClusterObject } from './clusters.ts';

const buildObject = (over: Partial<ClusterObject> & { id: number }): ClusterObject => ({
  type: 'school',
  settlement: 'urban',
  size: 100,
  ...over,
});
const objects = [
  buildObject({ id: 1, size: 50, settlement: 'rural' }),
  buildObject({ id: 2, size: 100, type: 'kindergarten' }),
  buildObject({ id: 3, size: 299 }),
  buildObject({ id: 4, size: 300, settlement: 'rural' }),
  buildObject({ id: 5, size: 1200 }),
];

describe('simple clusters', () => {
  it('by type', () => {
    expect(clusterByType(objects).map((c) => [c.key, c.members])).toEqual([
      ['school', [1, 3, 4, 5]],
      ['kindergarten', [2]],
    ]);
  });
  it('by settlement', () => {
    expect(clusterBySettlement(objects).map((c) => [c.label, c.members])).toEqual([
      ['сельские', [1, 4]],
      ['городские', [2, 3, 5]],
    ]);
  });
  it.each<[number[], [string, number[]][]]>([
    // 50 < 100; 100 ≤ 100, 299 < 300; 300 and 1200 ≥ 300 (a size equal to a threshold goes up)
    [
      [100, 300],
      [
        ['менее 100', [1]],
        ['100–299', [2, 3]],
        ['300 и более', [4, 5]],
      ],
    ],
    [
      [300, 100],
      [
        ['менее 100', [1]],
        ['100–299', [2, 3]],
        ['300 и более', [4, 5]],
      ],
    ], // thresholds sorted
    [
      [1000],
      [
        ['менее 1000', [1, 2, 3, 4]],
        ['1000 и более', [5]],
      ],
    ],
    [[5000], [['менее 5000', [1, 2, 3, 4, 5]]]], // empty bands omitted
  ])('by size bands %j', (thresholds, expected) => {
    expect(clusterBySize(objects, thresholds).map((c) => [c.label, c.members])).toEqual(expected);
  });
});
