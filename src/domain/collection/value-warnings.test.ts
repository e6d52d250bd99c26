import { describe, expect, it } from 'vitest';
import { previousPeriodWarning, valueWarnings } from './value-warnings.ts';

describe('warnings about values', () => {
  it('warns when a value moves from the previous period by more than half (and by at least 5)', () => {
    expect(previousPeriodWarning(150, 100)).toBeNull();
    expect(previousPeriodWarning(151, 100)).toMatch(/было 100 \(\+51 %\)/);
    expect(previousPeriodWarning(49, 100)).toMatch(/−51 %/);
    expect(previousPeriodWarning(6, 3)).toBeNull(); // a jump of 3 in a small count means nothing
    expect(previousPeriodWarning(8, 0)).toMatch(/было 0\./);
    expect(previousPeriodWarning(8, null)).toBeNull();
  });

  it('warns about an outlier among similar organisations and skips yes/no fields', () => {
    const elements = new Map([
      ['pupils', { code: 'pupils', name: 'Обучающиеся', valueType: 'integer' as const, unit: 'persons' as const }],
      ['has_site', { code: 'has_site', name: 'Есть сайт', valueType: 'boolean' as const, unit: 'flag' as const }],
    ]);
    const issues = valueWarnings({
      values: [
        { element: 'pupils', breakdown: '', value: 5000 },
        { element: 'has_site', breakdown: '', value: 0 },
      ],
      elements,
      previous: new Map([['has_site|', 1]]),
      peers: new Map([
        ['pupils|', [300, 320, 310, 305, 290]],
        ['has_site|', [1, 1, 1, 1]],
      ]),
      at: (element) => `Лист1!F${element === 'pupils' ? 5 : 6}`,
    });
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'outlier',
        element: 'pupils',
        at: 'Лист1!F5',
        message: expect.stringMatching(/^«Обучающиеся»: Значение 5000/),
      }),
    ]);
  });

  it("does not call a value an outlier when it equals the organisation's own value of the previous period", () => {
    const elements = new Map([
      ['pupils', { code: 'pupils', name: 'Обучающиеся', valueType: 'integer' as const, unit: 'persons' as const }],
    ]);
    const input = (previous: number) => ({
      values: [{ element: 'pupils', breakdown: '', value: 5000 }],
      elements,
      previous: new Map([['pupils|', previous]]),
      peers: new Map([['pupils|', [300, 320, 310, 305, 290]]]),
      peerGroup: 'школ с числом обучающихся 300–799 в регионе',
    });
    expect(valueWarnings(input(5000))).toEqual([]);
    expect(valueWarnings(input(4999)).map((i) => i.code)).toEqual(['outlier']);
    expect(valueWarnings(input(4999))[0]?.message).toMatch(/необычно много для школ с числом обучающихся 300–799 в регионе/);
  });
});
