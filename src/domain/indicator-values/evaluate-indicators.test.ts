import { describe, expect, it } from 'vitest';
import { breakdownKey } from '../catalogue/breakdown-key.ts';
import type { OrgType } from '../org/org-kind.ts';
import type { Outcome } from '../outcome.ts';
import { seededRandom } from '../statistics/seeded-random.ts';
import type { ElementValue } from './element-values.ts';
import { ElementTableBuilder } from './element-table.ts';
import { compileIndicators, evaluateIndicators } from './evaluate-indicators.ts';
import { computeIndicatorValues, type IndicatorSpec, type OrgRow } from './indicator-values.ts';
import { planIndicators } from './plan-indicators.ts';

// The compiled path (compile-formula.ts + evaluate-indicators.ts) against the pure engine, on random
// fractional data with zeros, missing values, non-numbers (NaN, ±Infinity), huge values (results out
// of range), municipalities with their own data, two organisation types and levels of education:
// every outcome's kind, reason and value (Object.is) must be the same.

const BOTH: OrgType[] = ['school', 'kindergarten'];
const INDICATORS: IndicatorSpec[] = [
  { code: 'R1', formula: 'ratio(a, b)', orgTypes: ['school'] },
  { code: 'R2', formula: 'ratio(a[grade=4], b[grade=4] - c)', orgTypes: BOTH },
  { code: 'R3', formula: 'ratio(sum(a[grade=1], a[grade=2], c), b)', orgTypes: BOTH, levels: ['НОО', 'ООО'] },
  { code: 'Q1', formula: 'a / (b - 10)', orgTypes: BOTH },
  { code: 'S1', formula: 'sum(a, b, c)', orgTypes: BOTH },
  { code: 'S2', formula: '(a - c) * 2 + -b / 3', orgTypes: ['school'] },
  { code: 'S3', formula: 'c * c * c * c', orgTypes: BOTH }, // out of range for huge c
  { code: 'S4', formula: 'count_orgs(a > 2 or c < 5)', orgTypes: BOTH },
  { code: 'S5', formula: '2.5 * 4 - 1', orgTypes: ['kindergarten'] },
  { code: 'F1', formula: 'flag(c = 0)', orgTypes: BOTH },
  { code: 'F2', formula: 'share_orgs(a[grade=2] >= 3 and b != 0)', orgTypes: ['school'] },
  { code: 'F3', formula: 'flag(a / (b - b) > 1)', orgTypes: BOTH }, // a zero denominator inside
  { code: 'F4', formula: 'share_orgs(d <= 1)', orgTypes: BOTH }, // d: only municipalities have it
];

function generate(seed: number) {
  const random = seededRandom(seed);
  const orgs: OrgRow[] = [];
  const values: ElementValue[] = [];
  const number = () => {
    const x = random.next();
    if (x < 0.03) return Number.NaN;
    if (x < 0.04) return Number.POSITIVE_INFINITY;
    if (x < 0.05) return 1e300;
    if (x < 0.15) return 0;
    return Math.round(random.next() * 2000) / 100;
  };
  const put = (orgId: number, code: string, breakdown: Record<string, string>) => {
    if (random.next() < 0.15) return;
    values.push({ orgId, elementCode: code, breakdown: breakdownKey(breakdown), value: number() });
  };
  for (let m = 0; m < 4; m++) {
    const municipalityId = 10 + m;
    for (let k = 0; k < 15; k++) {
      const id = 100 + m * 100 + k;
      const levels = k % 3 === 0 ? ['НОО', 'ООО', 'СОО'] : k % 3 === 1 ? ['НОО'] : null;
      orgs.push({ id, municipalityId, type: m === 3 || k % 4 === 3 ? 'kindergarten' : 'school', levels });
    }
  }
  const objects = [...orgs.map((o) => o.id), ...[10, 11, 12, 13]];
  for (const id of objects) {
    if (id < 100 && id !== 11) {
      put(id, 'd', {}); // municipalities 10, 12, 13 have their own d (and some their own a)
      if (id === 12) put(id, 'a', { grade: '1' });
      continue;
    }
    if (id < 100) continue;
    for (const grade of ['1', '2', '3', '4']) {
      put(id, 'a', { grade });
      put(id, 'b', { grade });
    }
    put(id, 'c', {});
  }
  return { orgs, values };
}

const comparable = (o: Outcome) => (o.kind === 'ok' ? { kind: o.kind, value: o.value } : { kind: o.kind, reason: o.reason });

describe('the compiled path equals the pure engine', () => {
  it.each([1, 2, 3, 4, 5])('on random data (seed %i)', (seed) => {
    const { orgs, values } = generate(seed);
    const pure = computeIndicatorValues({ indicators: INDICATORS, values, orgs, regionId: 1 }).map(
      (r) => [`${r.indicatorCode} ${r.level} ${r.objectId}`, comparable(r.outcome)] as const,
    );

    const plan = planIndicators(INDICATORS);
    expect(plan.pure).toEqual([]);
    const { indicators, columns } = compileIndicators(plan.sql);
    const rows = new Map<number, number>();
    for (const o of orgs) rows.set(o.id, rows.size);
    const municipalities = [...new Set(orgs.map((o) => o.municipalityId))];
    for (const m of municipalities) rows.set(m, rows.size);
    const builder = new ElementTableBuilder(columns.list, rows.size);
    for (const v of values) builder.add(rows.get(v.orgId) ?? 0, v.elementCode, v.breakdown, v.value);
    const out = evaluateIndicators({
      indicators,
      table: builder.table(),
      orgs: orgs.map((o) => ({ ...o, row: rows.get(o.id) ?? 0 })),
      municipalities: municipalities.map((id) => ({ id, row: rows.get(id) ?? 0 })),
      regionId: 1,
    });
    const compiled = out.orgId.map((id, k): readonly [string, ReturnType<typeof comparable>] => {
      const kind = out.outcome[k];
      const key = `${out.code[k]} ${out.level[k]} ${id}`;
      return kind === 'ok'
        ? [key, { kind, value: out.value[k] ?? Number.NaN }]
        : [key, { kind: kind ?? 'missing', reason: out.reason[k] ?? '' }];
    });

    expect(compiled).toEqual(pure); // the same rows in the same order
    const differ = compiled.filter(([, o], k) => {
      const p = pure[k]?.[1];
      return 'value' in o && !(p && 'value' in p && Object.is(p.value, o.value));
    });
    expect(differ).toEqual([]);
  });

  it('reaches every case across the seeds', () => {
    const pure = [1, 2, 3, 4, 5].flatMap((seed) => {
      const { orgs, values } = generate(seed);
      return computeIndicatorValues({ indicators: INDICATORS, values, orgs, regionId: 1 }).map((r) => r.outcome);
    });
    const reasons = new Set(pure.flatMap((o) => (o.kind === 'ok' ? [] : [o.reason.replace(/«.*»/, '«…»')])));
    expect([...reasons]).toEqual(
      expect.arrayContaining([
        'знаменатель равен 0',
        'нет значения элемента «…» [grade=4]',
        'нечисловое значение элемента «…»',
        'результат вне допустимого диапазона чисел',
        'нет данных ни по одному из 15 объектов',
      ]),
    );
    expect(pure.some((o) => o.kind === 'ok' && !Number.isInteger(o.value))).toBe(true);
  });
});
