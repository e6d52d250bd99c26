import { describe, expect, it } from 'vitest';
import { actionVerdict, beforePeriod, indicatorEffect, type EffectInput } from './effectiveness.ts';
import { actionOverdue, recommendationOverdue, recommendationRefusal } from './management.ts';

const periods = [
  { id: 1, name: '2023', startsOn: '2023-01-01', endsOn: '2023-12-31' },
  { id: 2, name: '2024', startsOn: '2024-01-01', endsOn: '2024-12-31' },
  { id: 3, name: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31' },
];

function input(values: Record<string, number>, over: Partial<EffectInput> = {}): EffectInput {
  return {
    periods,
    afterPeriodId: 3,
    actionStartsOn: '2025-02-01',
    indicator: { code: 'I1', polarity: 'higher_better' },
    targeted: [10, 11],
    untargeted: [20, 21],
    valueAt: (org, _code, period) => values[`${org}:${period}`] ?? null,
    ...over,
  };
}

describe('analysis of effectiveness (seed 003 §10)', () => {
  it('takes as «before» the last period that ended before the action started', () => {
    expect(beforePeriod(periods, 3, '2025-02-01')?.id).toBe(2);
    expect(beforePeriod(periods, 3, '2024-12-31')?.id).toBe(1);
    // the analysis period ended before the action: nothing to read yet
    expect(beforePeriod(periods, 2, '2025-02-01')).toBeNull();
    // no period before the action
    expect(beforePeriod(periods, 3, '2022-06-01')).toBeNull();
  });

  it('compares the targeted change with the untargeted change over the same organisations', () => {
    const e = indicatorEffect(input({ '10:2': 40, '10:3': 60, '11:2': 50, '11:3': 60, '20:2': 50, '20:3': 55, '21:2': 60, '21:3': 65 }));
    expect(e.beforePeriodId).toBe(2);
    expect(e.targeted.change).toBeCloseTo(15); // (20 + 10) / 2
    expect(e.untargeted.change).toBeCloseTo(5);
    expect(e.effect).toBeCloseTo(10);
    expect(e.verdict).toBe('effective');
    expect(e.targeted.means).toEqual([null, 45, 60]);
    expect(e.targeted.counts).toEqual([0, 2, 2]);
  });

  it('does not let an organisation with one side only move the change', () => {
    // org 11 has no «before» value: only org 10 is paired
    const e = indicatorEffect(input({ '10:2': 40, '10:3': 42, '11:3': 100, '20:2': 50, '20:3': 50 }));
    expect(e.targeted.paired).toBe(1);
    expect(e.targeted.change).toBeCloseTo(2);
    expect(e.verdict).toBe('effective');
  });

  it('reads the change with the polarity', () => {
    const values = { '10:2': 30, '10:3': 20, '20:2': 30, '20:3': 28 };
    expect(indicatorEffect(input(values, { indicator: { code: 'I1', polarity: 'lower_better' } })).verdict).toBe('effective');
    expect(indicatorEffect(input(values)).verdict).toBe('not_effective');
    expect(indicatorEffect(input(values, { indicator: { code: 'I1', polarity: 'context' } })).verdict).toBe('context');
  });

  it('does not credit the action with an improvement the others had too', () => {
    const e = indicatorEffect(input({ '10:2': 40, '10:3': 45, '20:2': 40, '20:3': 50 }));
    expect(e.effect).toBeCloseTo(-5);
    expect(e.verdict).toBe('as_others');
  });

  it('says so when there is nothing to compare', () => {
    expect(indicatorEffect(input({ '10:3': 45 })).verdict).toBe('no_data');
    expect(indicatorEffect(input({ '10:2': 40, '10:3': 45 }, { actionStartsOn: '2026-01-10' })).verdict).toBe('no_data');
  });

  it('sums up an action over its indicators', () => {
    const e = (verdict: string) => ({ verdict }) as never;
    expect(actionVerdict([e('not_effective'), e('effective')])).toBe('effective');
    expect(actionVerdict([e('not_effective'), e('as_others'), e('no_data')])).toBe('as_others');
    expect(actionVerdict([e('not_effective'), e('context')])).toBe('not_effective');
    expect(actionVerdict([e('context'), e('no_data')])).toBe('context');
    expect(actionVerdict([])).toBe('no_data');
  });
});

describe('recommendations and the roadmap', () => {
  it('lets a recommendation be acknowledged once and reported on once', () => {
    expect(recommendationRefusal('issued', 'acknowledge')).toBeNull();
    expect(recommendationRefusal('acknowledged', 'acknowledge')).toMatch(/уже принята/);
    expect(recommendationRefusal('issued', 'report')).toBeNull();
    expect(recommendationRefusal('acknowledged', 'report')).toBeNull();
    expect(recommendationRefusal('reported', 'report')).toMatch(/уже отражено/);
  });

  it('marks as overdue what passed its date undone', () => {
    expect(recommendationOverdue({ status: 'acknowledged', dueOn: '2026-04-30' }, '2026-05-01')).toBe(true);
    expect(recommendationOverdue({ status: 'reported', dueOn: '2026-04-30' }, '2026-05-01')).toBe(false);
    expect(recommendationOverdue({ status: 'issued', dueOn: '2026-05-01' }, '2026-05-01')).toBe(false);
    expect(actionOverdue({ kind: 'measure', status: 'in_progress', deadline: '2026-04-30' }, '2026-05-01')).toBe(true);
    expect(actionOverdue({ kind: 'measure', status: 'done', deadline: '2026-04-30' }, '2026-05-01')).toBe(false);
    expect(actionOverdue({ kind: 'decision', status: 'cancelled', deadline: '2026-04-30' }, '2026-05-01')).toBe(false);
  });
});
