import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../api/types.ts';
import { positionPoints } from './position-points.ts';

const position = (code: string, component: string, maxPoints = 1) => ({ code, component, name: code, maxPoints, source: '' });

const catalogue: Catalogue = {
  code: 'm',
  version: 1,
  kind: 'mechanisms',
  name: 'm',
  validFrom: '2021-01-01',
  validTo: null,
  source: '',
  blocks: [
    {
      code: 'B1',
      name: 'Блок',
      directions: [
        { code: 'D1', name: 'a', positions: [position('1', 'goals'), position('2', 'goals'), position('3', 'analysis', 2)] },
        { code: 'D9', name: 'b', optional: true, positions: [position('4', 'goals')] },
      ],
    },
  ],
};

describe('positionPoints', () => {
  it('sums maximum points by direction, component, block and catalogue', () => {
    const points = positionPoints(catalogue);
    const [block] = points.blocks;
    expect(block?.directions[0]?.cells).toEqual({ goals: { positions: 2, points: 2 }, analysis: { positions: 1, points: 2 } });
    expect(block?.directions[0]?.total).toEqual({ positions: 3, points: 4 });
    expect(block?.cells.goals).toEqual({ positions: 3, points: 3 });
    expect(points.total).toEqual({ positions: 4, points: 5 });
    expect(points.requiredCells.goals).toEqual({ positions: 2, points: 2 });
    expect(points.requiredTotal).toEqual({ positions: 3, points: 4 });
  });
});
