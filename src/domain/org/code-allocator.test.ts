import { describe, expect, it } from 'vitest';
import { codeAllocator } from './code-allocator.ts';

describe('codeAllocator', () => {
  it('hands out the next free code under each prefix, padded to the width, never the same twice', () => {
    const next = codeAllocator(new Set(['05-001', '05-003']));
    expect([next('05-', 3), next('05-', 3), next('05-', 3), next('07-', 2)]).toEqual(['05-002', '05-004', '05-005', '07-01']);
  });
});
