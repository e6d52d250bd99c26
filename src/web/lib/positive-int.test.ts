import { describe, expect, it } from 'vitest';
import { positiveInt } from './positive-int.ts';

describe('positiveInt', () => {
  it('reads a positive whole number and nothing else', () => {
    expect(positiveInt('12')).toBe(12);
    expect(positiveInt('007')).toBe(7);
    for (const bad of [null, '', '0', '-1', '1.5', 'abc', '1e3', ' 12']) expect(positiveInt(bad)).toBeNull();
  });
});
