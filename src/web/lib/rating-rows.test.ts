import { describe, expect, it } from 'vitest';
import type { Place, StoredRating, SummaryCell } from '../api/types.ts';
import { filterRows, ratingRows } from './rating-rows.ts';

const place = (n: number): Place => ({ place: n, placeTo: n, label: String(n), roundedScore: 0, tiedWith: [] });
const cell = (p?: number): SummaryCell => ({
  score: p ? { kind: 'ok', value: 100 - p } : { kind: 'missing', reason: 'не ранжируется' },
  ...(p ? { place: place(p) } : {}),
  explanation: '',
  completeness: { scored: 1, applicable: 1, total: 1, share: 1 },
  used: [],
});

const content: StoredRating = {
  objects: [
    { id: 1, name: 'МБОУ «Школа № 1»', shortName: null },
    { id: 2, name: 'МБОУ «Ёлкинская СОШ»', shortName: 'Ёлкинская СОШ' },
    { id: 3, name: 'МБОУ «Школа № 3»', shortName: null },
  ],
  indicators: [],
  directions: [],
  zoneYear: null,
  rating: {
    precision: 0.01,
    summaryMode: 'directions',
    minCompleteness: 0.5,
    indicators: [],
    directions: [],
    summary: { '1': cell(2), '2': cell(1), '3': cell() },
  },
};

describe('ratingRows', () => {
  it('sorts by summary place, unranked last', () => {
    expect(ratingRows(content).map((r) => r.id)).toEqual([2, 1, 3]);
  });
  it('filters by name ignoring case and ё', () => {
    expect(filterRows(ratingRows(content), 'елкин').map((r) => r.id)).toEqual([2]);
    expect(filterRows(ratingRows(content), '  ')).toHaveLength(3);
  });
});
