import { describe, expect, it } from 'vitest';
import { calculationLines, explainedText, indexNumberOf } from './scoring-explain.ts';

describe('scoring explanations', () => {
  it('reads an engine number', () => {
    expect(indexNumberOf({ value: { kind: 'ok', value: 50 }, step: 9, rule: 'r', calculation: 'c', positions: [] })).toEqual({
      value: 50,
      reason: null,
      rule: 'r',
      calculation: 'c',
    });
    expect(
      indexNumberOf({ value: { kind: 'missing', reason: 'не оценены' }, step: 5, rule: 'r', calculation: '', positions: [] }).reason,
    ).toBe('не оценены');
  });

  it('formats and splits', () => {
    expect(explainedText({ value: 68.75, reason: null, rule: '', calculation: '' }, 'percent')?.replace(/\s/g, ' ')).toBe('68,75 %');
    expect(explainedText({ value: 11, reason: null, rule: '', calculation: '' }, 'points')).toBe('11');
    expect(explainedText({ value: null, reason: 'нет', rule: '', calculation: '' }, 'points')).toBeNull();
    expect(calculationLines('D1: 3 + D2: 8 = 11; 11 / 16 × 100 = 68,75 % (a; b)')).toEqual([
      'D1: 3 + D2: 8 = 11',
      '11 / 16 × 100 = 68,75 % (a; b)',
    ]);
  });
});
