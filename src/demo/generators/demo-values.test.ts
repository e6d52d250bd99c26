// Reads the shipped catalogue files: the only Node API here, in a test, never in domain code.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { breakdownKey } from '../../domain/catalogue/breakdown-key.ts';
import type { DataElement, Indicator } from '../../domain/catalogue/catalogue.ts';
import type { FormulaNode } from '../../domain/catalogue/formula/ast.ts';
import { parseFormula } from '../../domain/catalogue/formula/parse-formula.ts';
import type { ObjectValues } from '../../domain/indicator-values/element-values.ts';
import { evaluateFormula } from '../../domain/indicator-values/evaluate-formula.ts';
import { generateDemoRegion } from './demo-region.ts';
import { demoValuePeriods, generateDemoValues, type DemoValueRow } from './demo-values.ts';

const catalogs = new URL('../../../catalogs/', import.meta.url);
const indicators = (parse(readFileSync(new URL('seed001-municipal.v1.yaml', catalogs), 'utf8')) as { indicators: Indicator[] }).indicators;
const elements = new Map<string, DataElement>();
for (const file of readdirSync(new URL('data-elements/', catalogs))) {
  const raw = parse(readFileSync(new URL(`data-elements/${file}`, catalogs), 'utf8')) as { dataElements: DataElement[] };
  for (const e of raw.dataElements) elements.set(e.code, e);
}
const orgs = generateDemoRegion(2026).root.children.flatMap((m) => m.children);
const periods = demoValuePeriods(2025);
const input = { seed: 2026, indicators, elements, orgs, periods };
const rows = generateDemoValues(input);

/** Values by org and period, as the engine reads them. */
function byObject(list: readonly DemoValueRow[]): Map<string, ObjectValues> {
  const out = new Map<string, Map<string, { breakdown: string; value: number }[]>>();
  for (const r of list) {
    const key = `${r.orgCode}|${r.periodCode}`;
    const object = out.get(key) ?? new Map<string, { breakdown: string; value: number }[]>();
    out.set(key, object);
    object.set(r.elementCode, [...(object.get(r.elementCode) ?? []), { breakdown: breakdownKey(r.breakdown), value: r.value }]);
  }
  return out;
}

function ratioNodes(n: FormulaNode, out: FormulaNode[][] = []): FormulaNode[][] {
  if (n.kind === 'call') {
    if (n.fn === 'ratio') out.push([...n.args]);
    n.args.forEach((a) => ratioNodes(a, out));
  } else if (n.kind === 'binary') {
    ratioNodes(n.left, out);
    ratioNodes(n.right, out);
  } else if (n.kind === 'unary') ratioNodes(n.operand, out);
  return out;
}

const objects = byObject(rows);

describe('generateDemoValues', () => {
  it('is deterministic and fills every used organisation-level element', () => {
    expect(generateDemoValues(input)).toEqual(rows);
    expect(rows.length).toBeGreaterThan(10_000);
    const generated = new Set(rows.map((r) => r.elementCode));
    expect(generated).toContain('pupils_grade_1_4');
    expect(generated).toContain('doo_programme_fgos_compliant');
    expect(generated).not.toContain('municipal_mentoring_programmes'); // a municipality-level element
    for (const r of rows) {
      expect(Number.isInteger(r.value) && r.value >= 0).toBe(true);
      if (elements.get(r.elementCode)?.valueType === 'boolean') expect([0, 1]).toContain(r.value);
    }
  });

  it('keeps every numerator within its denominator, for every ratio of every formula', () => {
    let checked = 0;
    for (const indicator of indicators) {
      const parsed = parseFormula(indicator.formula);
      if (!parsed.ok) continue;
      for (const [num, den] of ratioNodes(parsed.node)) {
        if (!num || !den) continue;
        for (const values of objects.values()) {
          const n = evaluateFormula(num, indicator.formula, { values }).outcome;
          const d = evaluateFormula(den, indicator.formula, { values }).outcome;
          if (n.kind !== 'ok' || d.kind !== 'ok') continue;
          checked++;
          expect(n.value, `${indicator.code}`).toBeLessThanOrEqual(d.value);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('nests the pupil counts: basic level ≤ grades 1–4 ≤ pupils total', () => {
    for (const values of objects.values()) {
      const one = (code: string) => (values.get(code) ?? []).reduce((s, r) => s + r.value, 0);
      if (!values.has('pupils_grade_1_4') || !values.has('pupils_total')) continue;
      expect(one('pupils_grade_1_4_basic_level')).toBeLessThanOrEqual(one('pupils_grade_1_4'));
      expect(one('pupils_grade_1_4')).toBeLessThanOrEqual(one('pupils_total'));
    }
  });

  it('leaves about 3% of the values out', () => {
    const full = generateDemoValues({ ...input, gapShare: 0 });
    const missingShare = 1 - rows.length / full.length;
    expect(missingShare).toBeGreaterThan(0.015);
    expect(missingShare).toBeLessThan(0.05);
  });

  it('has weak schools (≥ 30% low results) and strong ones, rural a little lower on average', () => {
    const d117 = indicators.find((i) => i.code === 'D1.17');
    if (!d117) throw new Error('D1.17 not in the catalogue');
    const parsed = parseFormula(d117.formula);
    if (!parsed.ok) throw new Error('D1.17 not parsed');
    const shares: { org: string; value: number }[] = [];
    for (const [key, values] of objects) {
      const o = evaluateFormula(parsed.node, d117.formula, { values }).outcome;
      if (o.kind === 'ok') shares.push({ org: key.split('|')[0] ?? '', value: o.value });
    }
    const weak = new Set(shares.filter((s) => s.value >= 30).map((s) => s.org));
    expect(weak.size).toBeGreaterThanOrEqual(3);
    expect(shares.filter((s) => s.value < 5).length).toBeGreaterThan(0);
    const rural = new Set(orgs.filter((o) => o.attributes.settlement === 'rural').map((o) => o.code));
    const mean = (list: { value: number }[]) => list.reduce((s, x) => s + x.value, 0) / list.length;
    expect(mean(shares.filter((s) => rural.has(s.org)))).toBeGreaterThan(mean(shares.filter((s) => !rural.has(s.org))));
  });
});
