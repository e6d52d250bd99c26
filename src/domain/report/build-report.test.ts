import { describe, expect, it } from 'vitest';
import { rate } from '../rating/rating.ts';
import { buildReport, type ReportInput } from './build-report.ts';
import { draftSections } from './draft-sections.ts';
import { REPORT_SECTION_KEYS } from './report-content.ts';

// Four schools of one district over two years, two indicators of one direction:
// A (% winners, higher is better) and B (% dropouts, lower is better).
const DISTRICT = { id: 100, name: 'Тестовый район', kind: 'municipality' as const };
const SCHOOLS = [
  { id: 1, name: 'Школа 1' },
  { id: 2, name: 'Школа 2' },
  { id: 3, name: 'Школа 3' },
  { id: 4, name: 'Школа 4' },
];
const P1 = { id: 11, name: '2023/2024 учебный год' };
const P2 = { id: 12, name: '2024/2025 учебный год' };
const VALUES: Record<string, number> = {
  // district: A 10 → 12 (better), B 4 → 5 (worse)
  '100|A|11': 10,
  '100|A|12': 12,
  '100|B|11': 4,
  '100|B|12': 5,
  // school 1 rises on A from 5 to 20 (spread 20 − 2 = 18, 15/18 ≥ 0.25); school 4 falls from 15 to 2
  '1|A|11': 5,
  '1|A|12': 20,
  '2|A|11': 10,
  '2|A|12': 11,
  '3|A|11': 9,
  '3|A|12': 10,
  '4|A|11': 15,
  '4|A|12': 2,
  '1|B|12': 1,
  '2|B|12': 3,
  '3|B|12': 6,
  '4|B|12': 9,
};
const valueAt = (org: number, code: string, period: number) => VALUES[`${org}|${code}|${period}`] ?? null;
const indicators = [
  { code: 'A', name: 'Доля победителей', unit: 'percent', polarity: 'higher_better' as const, directions: ['D1'] },
  { code: 'B', name: 'Доля выбывших', unit: 'percent', polarity: 'lower_better' as const, directions: ['D1'] },
];
const rating = rate(
  SCHOOLS.map((s) => ({
    id: String(s.id),
    values: Object.fromEntries(indicators.map((i) => [i.code, { kind: 'ok' as const, value: valueAt(s.id, i.code, P2.id) ?? 0 }])),
  })),
  indicators.map((i) => ({ code: i.code, directions: i.directions, polarity: i.polarity })),
  {
    zones: {
      year: {
        year: 2025,
        bands: [
          { zone: 'red', name: 'Красная зона', min: 0, max: 40 },
          { zone: 'green', name: 'Зелёная зона', min: 41, max: 100 },
        ],
      },
    },
  },
);

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    scope: { kind: 'direction', territory: DISTRICT, org: null, direction: { code: 'D1', name: 'Направление один' } },
    catalogue: { id: 1, code: 'c', version: 1, name: 'Методика' },
    period: P2,
    periods: [P1, P2],
    computeRunId: 7,
    computedAt: '2025-01-01T00:00:00Z',
    directions: [{ code: 'D1', name: 'Направление один' }],
    indicators,
    comparisons: [
      {
        key: 'municipality:100:school',
        title: 'Тестовый район: школы',
        objects: SCHOOLS,
        rating,
        clusterings: [
          {
            label: 'По местности',
            description: 'город и село',
            clusters: [
              { label: 'город', members: [1, 2] },
              { label: 'село', members: [3, 4] },
            ],
          },
        ],
      },
    ],
    valueAt,
    ...overrides,
  };
}

describe('buildReport', () => {
  const report = buildReport(input());
  const a = report.indicators.find((i) => i.code === 'A');
  const b = report.indicators.find((i) => i.code === 'B');

  it('quotes the territory value by years and reads the change with the polarity', () => {
    expect(a?.series).toEqual([10, 12]);
    expect(a?.change).toBe(2);
    expect(a?.direction).toBe('better');
    expect(b?.series).toEqual([4, 5]);
    expect(b?.direction).toBe('worse');
  });

  it('gives statistics over the schools and names the best and the worst by polarity', () => {
    expect(a?.stats).toMatchObject({ count: 4, missing: 0, min: 2, max: 20, median: 10.5 });
    expect(a?.best.map((x) => x.orgId)).toEqual([1, 2, 3]);
    expect(a?.worst.map((x) => x.orgId)).toEqual([4, 3, 2]);
    expect(b?.best.map((x) => x.orgId)).toEqual([1, 2, 3]);
    expect(a?.peerMedian).toEqual([9.5, 10.5]);
  });

  it('finds deficits and practices by the stated rules', () => {
    const kinds = (xs: { kind: string; orgId?: number; indicator?: string }[]) =>
      xs.map((x) => `${x.kind}:${x.orgId ?? ''}:${x.indicator ?? ''}`);
    expect(kinds(report.findings.practices)).toEqual(
      expect.arrayContaining(['territory_better:100:A', 'best_in_direction:1:', 'org_rise:1:A']),
    );
    expect(kinds(report.findings.deficits)).toEqual(
      expect.arrayContaining(['territory_worse:100:B', 'lowest_in_direction:4:', 'org_fall:4:A']),
    );
    // school 2 moved by 1 of a spread of 18: not a big change
    expect(report.findings.practices.some((f) => f.kind === 'org_rise' && f.orgId === 2)).toBe(false);
    const worse = report.findings.deficits.find((f) => f.kind === 'territory_worse');
    expect(worse?.text).toBe(
      'Тестовый район: показатель «Доля выбывших» ухудшился — 4 % за 2023/2024 учебный год, 5 % за 2024/2025 учебный год.',
    );
    // the red zone of the test thresholds holds the lowest summary scores
    const red = Object.entries(rating.summary).filter(([, c]) => c.zone?.kind === 'ok' && c.zone.value.zone === 'red');
    expect(report.findings.deficits.filter((f) => f.kind === 'critical_zone')).toHaveLength(red.length);
    expect(report.rules.length).toBeGreaterThan(3);
  });

  it('averages the direction score per cluster', () => {
    const d1 = rating.directions.find((d) => d.code === 'D1');
    const score = (id: number) => {
      const s = d1?.cells[String(id)]?.score;
      return s?.kind === 'ok' ? s.value : NaN;
    };
    expect(report.clusters).toHaveLength(1);
    expect(report.clusters[0]?.rows[0]).toEqual({ label: 'город', members: 2, mean: (score(1) + score(2)) / 2 });
    expect(report.clusters[0]?.rows[1]?.mean).toBeCloseTo((score(3) + score(4)) / 2, 12);
  });

  it('in an organisation report follows the organisation against its peers', () => {
    const own = buildReport(
      input({ scope: { kind: 'organisation', territory: DISTRICT, org: { id: 4, name: 'Школа 4' }, direction: null } }),
    );
    const ownA = own.indicators.find((i) => i.code === 'A');
    expect(ownA?.series).toEqual([15, 2]);
    expect(ownA?.direction).toBe('worse');
    expect(ownA?.place).toBe('4 из 4');
    expect(own.comparisons[0]?.rows.map((r) => r.orgId)).toEqual([4]);
    expect([...own.findings.deficits, ...own.findings.practices].every((f) => f.orgId === 4)).toBe(true);
    expect(own.clusters).toEqual([]);
  });

  it('without a previous period compares nothing and says so in the draft', () => {
    const single = buildReport(input({ periods: [P2] }));
    expect(single.indicators.every((i) => i.change === null)).toBe(true);
    expect(single.findings.deficits.some((f) => f.kind === 'org_fall' || f.kind === 'territory_worse')).toBe(false);
    expect(draftSections(single).years).toMatch(/Данных за предыдущие периоды нет/);
  });

  it('drafts every text section in Russian from the numbers', () => {
    const drafts = draftSections(report);
    expect(Object.keys(drafts)).toEqual(REPORT_SECTION_KEYS);
    expect(drafts.years).toBe(
      'По сравнению с предыдущим периодом улучшились 1, ухудшились 1, не изменились 0 показателей (контекстные показатели не оцениваются).',
    );
    expect(drafts.directions).toBe('Направление один (2 показателя).');
    expect(drafts.factors).toMatch(/По местности|по местности/);
  });
});
