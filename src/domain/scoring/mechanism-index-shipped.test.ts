// Reads the shipped catalogue file: the only Node API here, in a test, never in domain code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { validateCatalogue } from '../catalogue/validate-catalogue.ts';
import { computeMechanismIndex } from './mechanism-index.ts';
import type { ExplainedNumber, MechanismIndex } from './mechanism-index.ts';

function shippedCatalogue(): Catalogue {
  const text = readFileSync(new URL('../../../catalogs/fioko-mechanisms.v1.yaml', import.meta.url), 'utf8');
  const checked = validateCatalogue(parse(text), 'fioko-mechanisms.v1.yaml', new Map());
  if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join('\n'));
  return checked.value;
}

const catalogue = shippedCatalogue();
const positions = catalogue.blocks.flatMap((b) => b.directions.flatMap((d) => d.positions ?? []));
const atMaximum = Object.fromEntries(positions.map((p) => [p.code, p.maxPoints]));
const atZero = Object.fromEntries(positions.map((p) => [p.code, 0]));

/** Every percentage of the result: component formations, direction, block (both figures) and overall indices. */
function allPercentages(r: MechanismIndex): ExplainedNumber[] {
  const directions = r.blocks.flatMap((b) => b.directions);
  return [
    ...directions.flatMap((d) => d.components.map((c) => c.formation)),
    ...directions.map((d) => d.index),
    ...r.blocks.flatMap((b) => [b.index, b.meanDirectionIndex]),
    r.index,
  ];
}

describe('computeMechanismIndex on catalogs/fioko-mechanisms.v1.yaml', () => {
  it('has 417 positions of 1 point each', () => {
    expect(positions).toHaveLength(417);
    expect(new Set(positions.map((p) => p.maxPoints))).toEqual(new Set([1]));
  });

  it.each<[string, boolean, number, number, number, number]>([
    // B1 = D1 45 + D2 45 + D3 51 + D4 42 = 183; B2 = D5 51 + D6 48 + D7 45 + D8 45 = 189; 183 + 189 = 372
    ['without the ninth direction', false, 183, 189, 372, 8],
    // + D9 45: B1 = 183 + 45 = 228; 228 + 189 = 417
    ['with the ninth direction', true, 228, 189, 417, 9],
  ])('maxima %s', (_, includeOptional, b1, b2, total, directions) => {
    const r = computeMechanismIndex(catalogue, atMaximum, { includeOptional });
    expect(r.blocks.map((b) => b.maxPoints)).toEqual([b1, b2]);
    expect(r.maxPoints).toBe(total);
    expect(r.blocks.flatMap((b) => b.directions)).toHaveLength(directions);
    expect(r.total.value).toEqual({ kind: 'ok', value: total }); // every position at its maximum
    expect(r.unknownPositions).toEqual([]);
  });

  it.each<[string, Record<string, number>, boolean, number]>([
    ['all at maximum, ninth excluded', atMaximum, false, 100], // n / n × 100 at every level
    ['all at maximum, ninth included', atMaximum, true, 100],
    ['all at 0, ninth excluded', atZero, false, 0], // 0 / n × 100 at every level
    ['all at 0, ninth included', atZero, true, 0],
  ])('%s → every index %i %%', (_, points, includeOptional, expected) => {
    const r = computeMechanismIndex(catalogue, points, { includeOptional });
    const percentages = allPercentages(r);
    expect(percentages.length).toBeGreaterThan(80); // 8–9 directions × up to 9 components, plus indices
    expect(new Set(percentages.map((p) => JSON.stringify(p.value)))).toEqual(new Set([JSON.stringify({ kind: 'ok', value: expected })]));
    expect(r.completeness.scored).toBe(includeOptional ? 417 : 372);
  });
});
