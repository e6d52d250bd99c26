import { describe, expect, it } from 'vitest';
import { diffFields } from './diff-fields.ts';

describe('diffFields', () => {
  it('lists changed top-level and nested fields', () => {
    const before = { name: 'A', version: 1, attributes: { staff: 10, address: 'x' } };
    const after = { name: 'A', version: 2, attributes: { staff: 12, address: 'x' } };
    expect(diffFields(before, after)).toEqual([
      { field: 'version', before: 1, after: 2 },
      { field: 'attributes.staff', before: 10, after: 12 },
    ]);
  });
  it('is empty when a side is missing', () => {
    expect(diffFields(null, { a: 1 })).toEqual([]);
  });
});
