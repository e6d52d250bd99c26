import { describe, expect, it } from 'vitest';
import { breakdownKey, parseBreakdownKey } from './breakdown-key.ts';

describe('breakdownKey', () => {
  it('is the same whatever the order of the keys', () => {
    expect(breakdownKey({ subject: 'math', grade: 4 })).toBe('grade=4;subject=math');
    expect(breakdownKey({ grade: 4, subject: 'math' })).toBe('grade=4;subject=math');
    expect(breakdownKey({})).toBe('');
  });

  it('round-trips', () => {
    expect(parseBreakdownKey('grade=4;subject=math')).toEqual({ grade: '4', subject: 'math' });
    expect(parseBreakdownKey('')).toEqual({});
  });
});
