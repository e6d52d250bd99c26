import { describe, expect, it } from 'vitest';
import type { CardIndicator, CardPeriod, CardValue, OrgCardView } from '../api/types.ts';
import {
  cardRows,
  changeUnit,
  defaultChartIndicator,
  indicatorSeries,
  parseCardQuery,
  pickCardPeriod,
  placeOf,
  resultCardPath,
  resultCardPathFromRatings,
  valueChange,
} from './result-card.ts';

const ok = (value: number) => ({ kind: 'ok' as const, value });
const none = { kind: 'missing' as const, reason: 'нет данных' };

const indicator = (code: string, polarity: CardIndicator['polarity'], periodKind: CardIndicator['periodKind'] = 'school_year') => ({
  code,
  name: `Показатель ${code}`,
  unit: 'percent',
  polarity,
  directions: ['D1'],
  periodKind,
});

const value = (code: string, v: number | null, municipality: number | null = null): CardValue => ({
  code,
  value: v === null ? none : ok(v),
  municipality: municipality === null ? none : ok(municipality),
  region: ok(50),
  score: null,
  place: null,
});

const period = (id: number, code: string, kind: string, values: CardValue[], summary: number | null = null): CardPeriod => ({
  id,
  code,
  name: code,
  kind,
  startsOn: `${code.slice(0, 4)}-09-01`,
  comparison: summary === null ? null : { key: 'k', title: 'Район: школы', count: 12, zoneYear: null },
  summary:
    summary === null
      ? null
      : {
          score: ok(summary),
          place: { place: 3, placeTo: 3, label: '3', count: 12 },
          zone: null,
          completeness: { scored: 1, applicable: 1, total: 1, share: 1 },
        },
  directions: [],
  values,
});

const card: OrgCardView = {
  org: { id: 10, name: 'Школа', shortName: null, kind: 'organisation', type: 'school' },
  municipality: { id: 2, name: 'Район', shortName: null, kind: 'municipality', type: null },
  region: { id: 1, name: 'Область', shortName: null, kind: 'region', type: null },
  catalogue: { id: 5, code: 'c', version: 1, name: 'Методика' },
  directions: [
    { code: 'D1', name: 'Кадры' },
    { code: 'D2', name: 'Пустое направление' },
  ],
  indicators: [indicator('UP', 'higher_better'), indicator('DOWN', 'lower_better'), indicator('CAL', 'higher_better', 'calendar_year')],
  notApplicable: [],
  periods: [
    period(1, '2023/2024', 'school_year', [value('UP', 40, 45), value('DOWN', 10)], 60),
    period(2, '2024', 'calendar_year', [value('CAL', 7)]),
    period(3, '2024/2025', 'school_year', [value('UP', 50, 47), value('DOWN', 12)], 55.5),
  ],
};
const latest = card.periods[2] as CardPeriod;

describe('result card helpers', () => {
  it('builds and reads the card URL', () => {
    expect(resultCardPath(7)).toBe('/results/card/7');
    expect(resultCardPath(7, 3, 9)).toBe('/results/card/7?catalogueId=3&periodId=9');
    expect(parseCardQuery('?catalogueId=3&periodId=x')).toEqual({ catalogueId: 3, periodId: null });
    expect(resultCardPathFromRatings(7, '?catalogue=4&period=2&key=municipality%3A1%3Aschool')).toBe('/results/card/7?catalogueId=4');
    expect(resultCardPathFromRatings(7, '')).toBe('/results/card/7');
  });

  it('shows the latest school year unless another period is asked for', () => {
    expect(pickCardPeriod(card, null)?.id).toBe(3);
    expect(pickCardPeriod(card, 2)?.id).toBe(2);
    expect(pickCardPeriod(card, 99)?.id).toBe(3);
  });

  it('gives a change of a percentage in percentage points', () => {
    expect(changeUnit('percent', '%')).toBe('п. п.');
    expect(changeUnit('persons', 'чел.')).toBe('чел.');
  });

  it('writes a place with the number of compared objects', () => {
    expect(placeOf({ place: 2, placeTo: 3, label: '2–3', count: 12 })).toBe('2–3 из 12');
    expect(placeOf(null)).toBeNull();
  });

  it('gives the chart the periods of the indicator’s kind with gaps as null', () => {
    expect(indicatorSeries(card, 'UP')).toEqual({
      periods: [
        { id: 1, label: '2023/2024' },
        { id: 3, label: '2024/2025' },
      ],
      org: [40, 50],
      municipality: [45, 47],
      region: [50, 50],
    });
    expect(indicatorSeries(card, 'DOWN').municipality).toEqual([null, null]);
    expect(indicatorSeries({ ...card, municipality: null }, 'CAL')).toMatchObject({ org: [7], municipality: null, region: [50] });
  });

  it('judges a change by the indicator’s polarity, against the previous period of the same kind', () => {
    expect(valueChange(card, latest, indicator('UP', 'higher_better'))).toEqual({ delta: 10, since: '2023/2024', verdict: 'better' });
    expect(valueChange(card, latest, indicator('DOWN', 'lower_better'))).toEqual({ delta: 2, since: '2023/2024', verdict: 'worse' });
    expect(valueChange(card, latest, indicator('UP', 'context'))?.verdict).toBe('neutral');
    expect(valueChange(card, card.periods[1] as CardPeriod, indicator('CAL', 'higher_better'))).toBeNull(); // no earlier calendar year
  });

  it('lays out the table: the summary, then each direction with its indicators; empty directions left out', () => {
    const rows = cardRows(card, latest);
    expect(rows.map((r) => r.key)).toEqual(['summary', 'D1']);
    expect(rows[0]?.change).toEqual({ delta: -4.5, since: '2023/2024', verdict: 'worse' });
    const direction = rows[1];
    expect(direction?.kind === 'direction' ? direction.children.map((c) => c.key) : []).toEqual(['D1/UP', 'D1/DOWN']);
  });

  it('charts the requested indicator, else the first one with a value in the period', () => {
    expect(defaultChartIndicator(card, latest, 'DOWN')).toBe('DOWN');
    expect(defaultChartIndicator(card, latest, 'nope')).toBe('UP');
    const gap = period(4, '2025/2026', 'school_year', [value('UP', null), value('DOWN', 3)]);
    expect(defaultChartIndicator(card, gap, null)).toBe('DOWN');
  });
});
