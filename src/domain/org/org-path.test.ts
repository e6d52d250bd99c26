import { describe, expect, it } from 'vitest';
import { ancestorIds, childPath, isWithinScope } from './org-path.ts';

describe('org paths', () => {
  it('builds a child path under a parent and at the root', () => {
    expect(childPath(null, 1)).toBe('/1/');
    expect(childPath('/1/5/', 23)).toBe('/1/5/23/');
  });

  it('decides scope by prefix, without confusing id 1 with id 12', () => {
    expect(isWithinScope('/1/5/23/', '/1/5/')).toBe(true);
    expect(isWithinScope('/1/5/', '/1/5/')).toBe(true);
    expect(isWithinScope('/1/52/3/', '/1/5/')).toBe(false);
    expect(isWithinScope('/1/', '/1/5/')).toBe(false);
  });

  it('lists ancestors root first', () => {
    expect(ancestorIds('/1/5/23/')).toEqual([1, 5]);
    expect(ancestorIds('/1/')).toEqual([]);
  });
});
