import type { OrgKind } from '../api/types.ts';
import { describe, expect, it } from 'vitest';
import { assignToAll, buildRoundInput, eligibleScorer, objectsWithoutScorers, roundObjects } from './scoring-round-input.ts';

type Org = { id: number; kind: OrgKind; name: string; code: string };
const region: Org = { id: 1, kind: 'region', name: 'Регион', code: '99' };
const children: Org[] = [
  { id: 3, kind: 'municipality', name: 'Б', code: '99-02' },
  { id: 2, kind: 'municipality', name: 'А', code: '99-01' },
  { id: 9, kind: 'organisation', name: 'Школа', code: '99-900' },
];

describe('round input', () => {
  it('offers the territory’s children, or the territory itself for a self-assessment', () => {
    expect(roundObjects(region, children, 'expert').map((o) => o.code)).toEqual(['99-01', '99-02']);
    expect(roundObjects(region, children, 'self')).toEqual([region]);
    expect(roundObjects(undefined, children, 'expert')).toEqual([]);
  });

  it('filters scorers by the round kind', () => {
    expect(eligibleScorer('expert', 'expert')).toBe(true);
    expect(eligibleScorer('municipal_operator', 'expert')).toBe(false);
    expect(eligibleScorer('municipal_operator', 'self')).toBe(true);
    expect(eligibleScorer('viewer', 'self')).toBe(false);
  });

  it('assigns to all and finds the unassigned', () => {
    const choice = assignToAll({ 2: [7] }, [2, 3], [7, 8]);
    expect(choice).toEqual({ 2: [7, 8], 3: [7, 8] });
    expect(objectsWithoutScorers([2, 3, 4], choice)).toEqual([4]);
  });

  it('builds the request', () => {
    const values = { name: ' Раунд ', frameworkId: 5, periodId: 6, scopeOrgId: 1, kind: 'expert' as const, includeOptional: false };
    expect(buildRoundInput(values, [2], { 2: [7, 8] })).toEqual({
      name: 'Раунд',
      frameworkId: 5,
      periodId: 6,
      scopeOrgId: 1,
      kind: 'expert',
      includeOptional: false,
      objects: [{ orgId: 2, scorerIds: [7, 8] }],
    });
  });
});
