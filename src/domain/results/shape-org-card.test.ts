import { describe, expect, it } from 'vitest';
import type { Catalogue, Indicator } from '../catalogue/catalogue.ts';
import { rateComparison, type StoredRating } from './rate-comparison.ts';
import { shapeOrgCard, type CardInput, type CardOrg, type PeriodRow, type ResultRow } from './shape-org-card.ts';

const indicator = (code: string, extra: Partial<Indicator>): Indicator => ({
  code,
  name: `Показатель ${code}`,
  directions: ['D1'],
  unit: 'percent',
  polarity: 'higher_better',
  periodKind: 'school_year',
  orgTypes: ['school'],
  method: 'form',
  formula: 'x',
  source: 'тест',
  ...extra,
});

const catalogue: Catalogue = {
  code: 'card-test',
  version: 2,
  kind: 'indicators',
  name: 'Методика для карточки',
  validFrom: '2020-01-01',
  validTo: null,
  source: 'тест',
  precision: 0.01,
  blocks: [
    {
      code: 'B1',
      name: 'Блок',
      directions: [
        { code: 'D1', name: 'Кадры' },
        { code: 'D2', name: 'Результаты' },
        { code: 'D3', name: 'Только для детских садов' },
      ],
    },
  ],
  indicators: [
    indicator('A', {}),
    indicator('B', { directions: ['D2'], polarity: 'lower_better' }),
    indicator('C', { directions: ['D2'], polarity: 'context' }),
    indicator('Y', { directions: ['D2'], periodKind: 'calendar_year' }),
    indicator('K', { directions: ['D3'], orgTypes: ['kindergarten'] }),
  ],
  scoring: {
    zones: [{ year: 2025, appliesTo: 'summary', bands: [{ zone: 'green', name: 'Зелёная зона', min: 50, max: 100 }] }],
  },
};

const region: CardOrg = { id: 1, name: 'Область', shortName: null, kind: 'region', type: null };
const municipality: CardOrg = { id: 2, name: 'Район', shortName: null, kind: 'municipality', type: null };
const school: CardOrg = { id: 10, name: 'Школа № 1', shortName: 'СОШ 1', kind: 'organisation', type: 'school' };
const other: CardOrg = { id: 11, name: 'Школа № 2', shortName: null, kind: 'organisation', type: 'school' };

const periods: PeriodRow[] = [
  { id: 8, code: '2024/2025', name: '2024/2025 учебный год', kind: 'school_year', starts_on: '2024-09-01' },
  { id: 7, code: '2023/2024', name: '2023/2024 учебный год', kind: 'school_year', starts_on: '2023-09-01' },
];

const row = (period: number, org: number, code: string, value: number | null, reason: string | null = null): ResultRow => ({
  period_id: period,
  org_id: org,
  indicator_code: code,
  outcome: value === null ? 'missing' : 'ok',
  value,
  reason,
});

// 2024/2025: the school 40 on A (the other 80), 10 on B (the other 20: lower is better), no data on C.
const values2025: Record<number, Record<string, number>> = { 10: { A: 40, B: 10 }, 11: { A: 80, B: 20, C: 5 } };
const rows: ResultRow[] = [
  row(8, 10, 'A', 40),
  row(8, 10, 'B', 10),
  row(8, 10, 'C', null, 'нет значения t_c'),
  row(8, 2, 'A', 60),
  row(8, 2, 'B', 15),
  row(8, 1, 'A', 55),
  row(7, 10, 'A', 30),
];

function rating(period: PeriodRow, values: Record<number, Record<string, number>>): StoredRating {
  const stored = rateComparison(
    catalogue,
    { kind: period.kind, starts_on: period.starts_on, ends_on: `${Number(period.starts_on.slice(0, 4)) + 1}-08-31` },
    [school, other],
    'school',
    (id, code) => {
      const v = values[id]?.[code];
      return v === undefined ? undefined : { kind: 'ok', value: v };
    },
  );
  if (!stored) throw new Error('nothing rated');
  return stored;
}

const input: CardInput = {
  org: school,
  municipality,
  region,
  catalogue: { ...catalogue, id: 5 },
  periods,
  rows,
  comparisons: new Map([
    [8, { key: 'municipality:2:school', title: 'Район: школы', content: rating(periods[0] as PeriodRow, values2025) }],
  ]),
};

describe('shapeOrgCard', () => {
  const card = shapeOrgCard(input);

  it('lists the indicators and directions that apply to the organisation type, in catalogue order', () => {
    expect(card.indicators.map((i) => i.code)).toEqual(['A', 'B', 'C', 'Y']);
    expect(card.directions).toEqual([
      { code: 'D1', name: 'Кадры' },
      { code: 'D2', name: 'Результаты' },
    ]);
    expect(card.catalogue).toEqual({ id: 5, code: 'card-test', version: 2, name: 'Методика для карточки' });
  });

  it('orders periods oldest first and keeps only the indicators of the period kind', () => {
    expect(card.periods.map((p) => p.code)).toEqual(['2023/2024', '2024/2025']);
    expect(card.periods[1]?.values.map((v) => v.code)).toEqual(['A', 'B', 'C']);
  });

  it('gives the value, the roll-ups of the municipality and region, the score and place «of N»', () => {
    const a = card.periods[1]?.values.find((v) => v.code === 'A');
    expect(a).toEqual({
      code: 'A',
      value: { kind: 'ok', value: 40 },
      municipality: { kind: 'ok', value: 60 },
      region: { kind: 'ok', value: 55 },
      score: { kind: 'ok', value: 50 }, // 40 / 80 × 100
      place: { place: 2, placeTo: 2, label: '2', count: 2 },
    });
    const b = card.periods[1]?.values.find((v) => v.code === 'B');
    expect(b?.score).toEqual({ kind: 'ok', value: 100 }); // lower is better: 10 is the best
    expect(b?.place).toMatchObject({ place: 1, count: 2 });
    expect(b?.region).toEqual({ kind: 'missing', reason: 'значение не рассчитано' });
  });

  it('keeps the reason of a missing value and does not score context indicators', () => {
    const c = card.periods[1]?.values.find((v) => v.code === 'C');
    expect(c).toMatchObject({ value: { kind: 'missing', reason: 'нет значения t_c' }, score: null, place: null });
  });

  it('gives direction and summary scores, places and the zone of the summary', () => {
    const p = card.periods[1];
    expect(p?.comparison).toEqual({ key: 'municipality:2:school', title: 'Район: школы', count: 2, zoneYear: 2025 });
    expect(p?.directions.map((d) => [d.code, d.score, d.place?.label])).toEqual([
      ['D1', { kind: 'ok', value: 50 }, '2'],
      ['D2', { kind: 'ok', value: 100 }, '1'],
    ]);
    expect(p?.summary?.score).toEqual({ kind: 'ok', value: 75 });
    // The other: A 100, B 20 is the worst → 0 by the linear rule (the default for lower is better;
    // best / value × 100 gave it 50 and a shared place 1–2): (100 + 0) / 2 = 50.
    expect(p?.summary?.place).toEqual({ place: 1, placeTo: 1, label: '1', count: 2 });
    expect(p?.summary?.zone).toMatchObject({ kind: 'ok', value: { zone: 'green' } });
  });

  it('has no scores for a period without a stored comparison', () => {
    const p = card.periods[0];
    expect(p?.comparison).toBeNull();
    expect(p?.summary).toBeNull();
    expect(p?.directions).toEqual([]);
    expect(p?.values.find((v) => v.code === 'A')).toMatchObject({ value: { kind: 'ok', value: 30 }, score: null, place: null });
  });

  it('shows a municipality all indicators, compared with the region only', () => {
    const m = shapeOrgCard({ ...input, org: municipality, municipality: null, comparisons: new Map() });
    expect(m.indicators.map((i) => i.code)).toEqual(['A', 'B', 'C', 'Y', 'K']);
    expect(m.directions.map((d) => d.code)).toEqual(['D1', 'D2', 'D3']);
    expect(m.periods[1]?.values.find((v) => v.code === 'A')).toMatchObject({
      value: { kind: 'ok', value: 60 },
      municipality: null,
      region: { kind: 'ok', value: 55 },
    });
  });

  it('seed 003 «…реализующих образовательные программы начального общего, основного общего и среднего общего образования»: a basic school is told the indicator does not apply, not shown a 0', () => {
    const levelled = {
      ...catalogue,
      id: 5,
      indicators: [...(catalogue.indicators ?? []), indicator('L', { levels: ['НОО', 'ООО', 'СОО'] })],
    };
    const basic = shapeOrgCard({ ...input, org: { ...school, levels: ['НОО', 'ООО'] }, catalogue: levelled });
    expect(basic.indicators.map((i) => i.code)).not.toContain('L');
    expect(basic.notApplicable).toEqual([
      {
        code: 'L',
        name: 'Показатель L',
        reason:
          'не применяется: организация не реализует программы уровней среднее общее (показатель — только для реализующих начальное общее, основное общее, среднее общее)',
      },
    ]);
    const unknown = shapeOrgCard({ ...input, org: { ...school, levels: null }, catalogue: levelled });
    expect(unknown.notApplicable[0]?.reason).toBe(
      'не применяется: в реестре не указаны уровни образования организации (нужны: начальное общее, основное общее, среднее общее)',
    );
    const full = shapeOrgCard({ ...input, org: { ...school, levels: ['НОО', 'ООО', 'СОО'] }, catalogue: levelled });
    expect([full.indicators.map((i) => i.code).includes('L'), full.notApplicable]).toEqual([true, []]);
    // The kindergarten indicator K is of another type: not listed as «не применяется».
    expect(basic.notApplicable.map((n) => n.code)).not.toContain('K');
  });
});
