import { describe, expect, it } from 'vitest';
import { splitExplanation } from './split-explanation.ts';

describe('splitExplanation', () => {
  it('splits at «; » outside parentheses', () => {
    expect(splitExplanation('90 / 90 × 100 = 100 (больше — лучше; лучшее 90 у «12» среди 14); место 1')).toEqual([
      '90 / 90 × 100 = 100 (больше — лучше; лучшее 90 у «12» среди 14)',
      'место 1',
    ]);
    expect(splitExplanation('')).toEqual([]);
  });
});
