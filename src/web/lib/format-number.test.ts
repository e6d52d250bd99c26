import { describe, expect, it } from 'vitest';
import { formatNumber, formatShare } from './format-number.ts';

describe('formatNumber', () => {
  it('uses a decimal comma and rounds', () => {
    expect(formatNumber(58.456)).toBe('58,46');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(0.5, 0)).toMatch(/^[01]$/);
  });
  it('formats shares as percent', () => {
    expect(formatShare(0.756)).toBe('76 %');
    expect(formatShare(1)).toBe('100 %');
  });
});
