import { describe, expect, it } from 'vitest';
import { formatFileSize, formatPercent, formatPoints, scoredLabel } from './scoring-labels.ts';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('scoring labels', () => {
  it('formats percentages and points in Russian notation', () => {
    expect(plain(formatPercent(68.754))).toBe('68,75 %');
    expect(plain(formatPercent(100))).toBe('100 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatPoints(10.5)).toBe('10,5');
    expect(formatPoints(undefined)).toBe('—');
  });

  it('labels progress and file sizes', () => {
    expect(scoredLabel(12, 45)).toBe('оценено 12 из 45');
    expect(formatFileSize(900)).toBe('900 Б');
    expect(formatFileSize(1536)).toBe('1,5 КБ');
    expect(formatFileSize(3 * 1024 * 1024)).toBe('3 МБ');
  });
});
