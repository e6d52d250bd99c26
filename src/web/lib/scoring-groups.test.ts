import { describe, expect, it } from 'vitest';
import type { ResolvedState } from '../../domain/scoring/resolve-points.ts';
import { directionCounts, groupPositions, isDisputed, onlyDisputed } from './scoring-groups.ts';

const p = (code: string, state: ResolvedState = 'unscored', spread = 0) => {
  const [direction = '', component = ''] = code.split('.');
  return { code, component, componentName: `К ${component}`, directionCode: direction, directionName: `Н ${direction}`, state, spread };
};

const positions = [p('D1.goals.1'), p('D1.goals.2', 'disagreement', 1), p('D1.methods.1', 'agreed', 1), p('D2.goals.1', 'unanimous')];

describe('scoring groups', () => {
  it('groups by direction and component in order', () => {
    const groups = groupPositions(positions);
    expect(groups.map((d) => [d.code, d.components.map((c) => [c.code, c.positions.length])])).toEqual([
      [
        'D1',
        [
          ['goals', 2],
          ['methods', 1],
        ],
      ],
      ['D2', [['goals', 1]]],
    ]);
    expect(groups[0]?.positions).toHaveLength(3);
  });

  it('keeps the disputed positions, settled or not', () => {
    expect(isDisputed({ state: 'agreed', spread: 1 })).toBe(true);
    expect(isDisputed({ state: 'agreed', spread: 0 })).toBe(false);
    const groups = onlyDisputed(groupPositions(positions));
    expect(groups.map((d) => [d.code, d.positions.map((x) => x.code)])).toEqual([['D1', ['D1.goals.2', 'D1.methods.1']]]);
  });

  it('counts a direction', () => {
    expect(directionCounts(positions, (code) => code.endsWith('.1'))).toEqual({ total: 4, mine: 3, disagreements: 1, agreed: 1 });
  });
});
