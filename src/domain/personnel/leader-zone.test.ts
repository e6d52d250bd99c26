import { describe, expect, it } from 'vitest';
import { DEFAULT_LEADER_ZONES, leaderZone, thresholdsIssue } from './leader-zone.ts';
import { nextSelectionDue, selectionOverdue } from './selection-due.ts';

describe('leaderZone', () => {
  it.each([
    [100, 'green'],
    [70, 'green'],
    [69.99, 'yellow'],
    [50, 'yellow'],
    [49.99, 'red'],
    [0, 'red'],
  ] as const)('%d points → %s under the defaults', (score, zone) => expect(leaderZone(score, DEFAULT_LEADER_ZONES)).toBe(zone));

  it('thresholds are checked: within 0–100 and yellow below green', () => {
    expect(thresholdsIssue({ greenMin: 80, yellowMin: 60 })).toBeNull();
    expect(thresholdsIssue({ greenMin: 60, yellowMin: 60 })).toMatch(/меньше нижней границы зелёной/);
    expect(thresholdsIssue({ greenMin: 120, yellowMin: 60 })).toMatch(/от 0 до 100/);
  });
});

describe('selection rounds (at least once in two years)', () => {
  it('the next round is due two years after the last', () => {
    expect(nextSelectionDue('2024-02-15')).toBe('2026-02-15');
    expect(nextSelectionDue(null)).toBeNull();
  });
  it('is overdue after that date, and when no round was ever held', () => {
    expect(selectionOverdue('2024-02-15', '2026-02-15')).toBe(false);
    expect(selectionOverdue('2024-02-15', '2026-02-16')).toBe(true);
    expect(selectionOverdue(null, '2026-01-01')).toBe(true);
  });
});
