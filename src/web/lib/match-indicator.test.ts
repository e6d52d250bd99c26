import { describe, expect, it } from 'vitest';
import { matchIndicator } from './match-indicator.ts';

describe('matchIndicator', () => {
  const indicator = { code: 'D1.06', name: 'доля выпускников 11-х классов, получивших медаль «За особые успехи в учёбе»' };
  it('matches every word in code or name, ignoring case and ё', () => {
    expect(matchIndicator(indicator, '')).toBe(true);
    expect(matchIndicator(indicator, 'd1.06')).toBe(true);
    expect(matchIndicator(indicator, 'Медаль учебе')).toBe(true);
    expect(matchIndicator(indicator, 'медаль ЕГЭ')).toBe(false);
  });
});
