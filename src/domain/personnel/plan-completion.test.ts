import { describe, expect, it } from 'vitest';
import { completionBand, planCompletion } from './plan-completion.ts';

describe('planCompletion', () => {
  const plan = [
    { dueOn: '2025-03-01', doneOn: '2025-02-20' },
    { dueOn: '2025-06-01', doneOn: '2025-07-01' }, // done late, after the date asked
    { dueOn: '2025-12-01', doneOn: null },
  ];
  it.each([
    ['2025-06-30', 50], // 1 of the 2 due
    ['2025-07-01', 100 / 2 + 50], // both due items done
    ['2025-12-31', (2 * 100) / 3],
    ['2025-01-01', 0], // nothing due yet: over all items, none done
  ])('as of %s: %d %%', (asOf, expected) => {
    expect(planCompletion(plan, asOf)).toBeCloseTo(expected, 10);
  });
  it('an empty plan has no completion', () => expect(planCompletion([], '2025-01-01')).toBeNull());
});

describe('completionBand (seed 003 D4.09–D4.11, bounds as the source prints them)', () => {
  it.each([
    [100, 'full'],
    [90, 'partial'],
    [50, 'partial'],
    [49.9, 'low'],
    [0, 'low'],
    [95, 'none'],
  ] as const)('%d %% → %s', (p, band) => expect(completionBand(p)).toBe(band));
});
