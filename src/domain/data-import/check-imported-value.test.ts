import { describe, expect, it } from 'vitest';
import { checkImportedValue, ratioPairs } from './check-imported-value.ts';

const count = { name: 'Выпускники', valueType: 'integer', unit: 'persons' } as const;
const share = { name: 'Доля отличников', valueType: 'number', unit: 'percent' } as const;

describe('checkImportedValue', () => {
  it('accepts what the element allows', () => {
    expect(checkImportedValue(count, 109, false)).toBeNull();
    expect(checkImportedValue(share, 12.5, true)).toBeNull();
    expect(checkImportedValue(share, 100, false)).toBeNull();
  });
  it.each([
    [count, 10.5, false, '10,5 — «Выпускники» считается целыми числами'],
    [count, -1, false, '-1 — «Выпускники» не может быть отрицательным'],
    [count, 12, true, '12 % — в столбце «Выпускники» количество, а не доля: уберите знак «%»'],
    [share, 100.1, false, '100,1 — доля «Доля отличников» должна быть от 0 до 100'],
    [share, -3, false, '-3 — доля «Доля отличников» должна быть от 0 до 100'],
  ] as const)('refuses %#', (element, value, percent, message) => {
    expect(checkImportedValue(element, value, percent)).toBe(message);
  });
});

describe('ratioPairs', () => {
  it('reads the plain ratio pairs of formulas, once each', () => {
    expect(ratioPairs(['ratio(over_220, graduates)', 'ratio( over_220 ,graduates ) + 1', 'sum(a, b)', 'ratio(x[grade=4], y)'])).toEqual([
      { numerator: 'over_220', denominator: 'graduates' },
    ]);
  });
});
