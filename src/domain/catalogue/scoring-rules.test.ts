import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { zoneOf } from '../rating/zones.ts';
import type { Catalogue } from './catalogue.ts';
import { displayPrecisionOf, inversionOf, missingRuleOf, placePrecisionOf } from './scoring-rules.ts';
import { zoneYears } from './zone-thresholds.ts';

const base: Catalogue = {
  code: 'rules-test',
  version: 1,
  kind: 'indicators',
  name: 'Методика',
  validFrom: '2024-01-01',
  validTo: null,
  source: 'тест',
  blocks: [{ code: 'B1', name: 'Блок', directions: [{ code: 'D1', name: 'Направление' }] }],
  indicators: [],
};
const withZones: Catalogue = {
  ...base,
  scoring: { zones: [{ year: 2021, bands: [{ zone: 'green', name: 'Зеленая зона', min: 59, max: 82 }] }] },
};
const motivating = parse(
  readFileSync(resolve(import.meta.dirname, '../../../catalogs/motivating-monitoring.v1.yaml'), 'utf8'),
) as Catalogue;

describe('scoring rules of a catalogue (issue 27)', () => {
  // 000 §2.2: «Балл по направлению = сумма баллов по показателям / Количество показателей в П».
  it('§2: missing data scores 0 by default; the other rule only when the catalogue says so', () => {
    expect(missingRuleOf(base)).toBe('zero');
    expect(missingRuleOf(motivating)).toBe('zero');
    expect(missingRuleOf({ ...base, scoring: { missingRule: 'exclude' } })).toBe('exclude');
  });

  // 000 §1: «…находится в желтой зоне (48 баллов), занимает 29 – 40 позицию»; bands «82 – 59 баллов;
  // … 58 – 47 баллов; … 45 – 43 баллов» are whole points.
  it('§3: whole points for places and zones of a catalogue with zone bands; else its precision', () => {
    expect(placePrecisionOf(withZones)).toBe(1);
    expect(placePrecisionOf(motivating)).toBe(1);
    expect(displayPrecisionOf(motivating)).toBe(0.01);
    expect(placePrecisionOf({ ...base, precision: 0.1 })).toBe(0.1);
    expect(placePrecisionOf(base)).toBe(0.01);
    expect(placePrecisionOf({ ...withZones, scoring: { ...withZones.scoring, placePrecision: 0.01 } })).toBe(0.01);
    expect(placePrecisionOf({ ...withZones, kind: 'mechanisms' })).toBe(0.01);
  });

  it('§3: 58,50 is green on the seed precision (59), yellow at 0,01', () => {
    const year = zoneYears(motivating.scoring).find((y) => y.year === 2021);
    if (!year) throw new Error('no 2021 zones');
    const zone = (precision: number) => {
      const z = zoneOf(58.5, year, undefined, precision);
      return z.kind === 'ok' ? z.value.zone : z.kind;
    };
    expect(zone(placePrecisionOf(motivating))).toBe('green');
    expect(zone(0.01)).toBe('yellow');
  });

  it('§6: linear by default, the catalogue default next, an indicator of its own first', () => {
    expect(inversionOf(base, 'K1')).toBe('linear');
    const scoring = { inversion: 'ratio', inversionByIndicator: { K2: 'linear' } };
    expect(inversionOf({ ...base, scoring }, 'K1')).toBe('ratio');
    expect(inversionOf({ ...base, scoring }, 'K2')).toBe('linear');
  });
});
