import { describe, expect, it } from 'vitest';
import { scoringZones } from './scoring-zones.ts';

describe('scoringZones', () => {
  it('reads zones keyed by year', () => {
    const table = scoringZones({
      zones: { '2022': { red: { max: 45 }, green: [60, 82] }, '2021': { green: [59, 82], yellow: { from: 47, to: 58 } } },
    });
    expect(table?.zones.map((z) => [z.key, z.label, z.color])).toEqual([
      ['green', 'Зелёная', 'green'],
      ['yellow', 'Жёлтая', 'gold'],
      ['red', 'Красная', 'red'],
    ]);
    expect(table?.rows).toEqual([
      { year: '2021', values: { green: '59 – 82', yellow: '47 – 58' } },
      { year: '2022', values: { green: '60 – 82', red: 'до 45' } },
    ]);
  });
  it('reads a list of years with a list of zones', () => {
    const table = scoringZones({ zones: [{ year: 2021, zones: [{ zone: 'green', name: 'Оптимальный уровень', from: 59.5 }] }] });
    expect(table?.zones).toEqual([{ key: 'green', label: 'Оптимальный уровень', color: 'green' }]);
    expect(table?.rows).toEqual([{ year: '2021', values: { green: 'от 59,5' } }]);
  });
  it('transposes zone-major layouts', () => {
    const table = scoringZones({ zones: { red: { '2021': [43, 45], '2022': [40, 44] } } });
    expect(table?.rows.map((r) => [r.year, r.values.red])).toEqual([
      ['2021', '43 – 45'],
      ['2022', '40 – 44'],
    ]);
  });
  it('returns null without zones', () => {
    expect(scoringZones(undefined)).toBeNull();
    expect(scoringZones({ rules: 'x' })).toBeNull();
    expect(scoringZones({ zones: {} })).toBeNull();
  });
});
