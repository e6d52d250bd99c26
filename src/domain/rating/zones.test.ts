import { describe, expect, it } from 'vitest';
import type { ZoneYear } from '../catalogue/zone-thresholds.ts';
import { gapRuleOf, zoneOf } from './zones.ts';
import { SEED_ZONES_2021 } from '../../../test/helpers/zone-years.ts';

// The seed's 2021 thresholds (green 82–59, yellow 58–47, red 45–43); gaps by the catalogue's gapRule.
describe('zoneOf, 2021 thresholds', () => {
  it.each([
    [43, 'red', 'band'], // 43 ≤ 43 ≤ 45
    [45, 'red', 'band'],
    [45.01, 'red', 'gap_lower'], // between 45 and 47 → lower zone
    [45.5, 'red', 'gap_lower'],
    [46, 'red', 'gap_lower'],
    [46.99, 'red', 'gap_lower'],
    [47, 'yellow', 'band'],
    [48, 'yellow', 'band'], // Khabarovsk Krai, 48 points (000 §1)
    [58, 'yellow', 'band'],
    [58.5, 'yellow', 'gap_lower'], // between 58 and 59 → lower zone
    [58.99, 'yellow', 'gap_lower'],
    [59, 'green', 'band'],
    [82, 'green', 'band'],
    [82.01, 'green', 'above'], // above the highest bound → green
    [90, 'green', 'above'],
    [40, 'red', 'below'], // below the lowest bound → red
    [0, 'red', 'below'],
    [46.996, 'yellow', 'band'], // rounds to 47.00 first
    [58.994, 'yellow', 'gap_lower'], // rounds to 58.99, then the gap rule
    [58.995, 'green', 'band'], // rounds to 59.00
  ] as const)('%d → %s (%s)', (score, zone, rule) => {
    const z = zoneOf(score, SEED_ZONES_2021);
    expect(z.kind === 'ok' && [z.value.zone, z.value.rule]).toEqual([zone, rule]);
  });

  it('explains the rule applied', () => {
    const z = zoneOf(58.5, SEED_ZONES_2021);
    expect(z.kind === 'ok' && z.value.explanation).toBe(
      '58.5: между диапазонами 47–58 и 59–82, правило разрыва — нижняя зона → Желтая зона',
    );
    const b = zoneOf(90, SEED_ZONES_2021);
    expect(b.kind === 'ok' && b.value.explanation).toBe('90: выше верхней границы 82 → Зеленая зона');
  });

  it.each([
    [46, 'yellow', 'gap_upper'],
    [58.5, 'green', 'gap_upper'],
    [40, 'yellow', 'below'],
    [90, 'yellow', 'above'],
  ] as const)('another gap rule: %d → %s', (score, zone, rule) => {
    const z = zoneOf(score, SEED_ZONES_2021, { between: 'upper', below: 'yellow', above: 'yellow' });
    expect(z.kind === 'ok' && [z.value.zone, z.value.rule]).toEqual([zone, rule]);
  });

  it('rounds at the given precision', () => {
    const z = zoneOf(58.6, SEED_ZONES_2021, undefined, 1); // 58.6 → 59 at precision 1
    expect(z.kind === 'ok' && z.value.zone).toBe('green');
  });

  it.each<[ZoneYear, string]>([
    [{ year: 2030, bands: [] }, 'для 2030 г. не заданы пороги зон'],
    [{ year: 2030, bands: [{ zone: 'red', name: 'Красная', min: 50, max: 40 }] }, 'порог зоны «Красная» 2030 г. задан неверно: 50–40'],
  ])('invalid thresholds: %j', (year, reason) => {
    expect(zoneOf(50, year)).toEqual({ kind: 'invalid', reason });
  });
});

describe('gapRuleOf', () => {
  it('reads the catalogue rule', () => {
    expect(gapRuleOf({ gapRule: { between: 'lower', below: 'red', above: 'green', rule: '…' } })).toEqual({
      between: 'lower',
      below: 'red',
      above: 'green',
    });
    expect(gapRuleOf({ gapRule: { between: 'middle' } })).toBeUndefined();
    expect(gapRuleOf(undefined)).toBeUndefined();
  });
});
