import { describe, expect, it } from 'vitest';
import { quoteInput } from './quote-input.ts';

describe('quoting what a person entered', () => {
  it('quotes short text whole', () => {
    expect(quoteInput('много')).toBe('«много»');
  });
  it('cuts a long text to its beginning and says how long it was', () => {
    const quoted = quoteInput('я'.repeat(40_000));
    expect(quoted).toBe(`«${'я'.repeat(60)}…» (40\u00a0000 символов)`);
  });
});
