import { describe, expect, it } from 'vitest';
import { acceptedLabel, filledPercent, STATUS_COUNTER_ORDER } from './campaign-status.ts';

describe('campaign status helpers', () => {
  it('rounds the share of filled fields to whole percent', () => {
    expect(filledPercent(0, 0)).toBe(0);
    expect(filledPercent(1, 3)).toBe(33);
    expect(filledPercent(2, 3)).toBe(67);
    expect(filledPercent(5, 4)).toBe(100);
  });
  it('says the progress in Russian', () => {
    expect(acceptedLabel(3, 12)).toBe('принято 3 из 12');
  });
  it('lists the overdue counter last', () => {
    expect(STATUS_COUNTER_ORDER.at(-1)).toBe('overdue');
  });
});
