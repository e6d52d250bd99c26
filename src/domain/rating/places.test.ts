import { describe, expect, it } from 'vitest';
import { seededRandom } from '../statistics/seeded-random.ts';
import { rankScores } from './places.ts';

const rank = (scores: number[], precision?: number) =>
  rankScores(
    scores.map((score, i) => ({ id: `o${i + 1}`, score })),
    precision,
  );

describe('rankScores', () => {
  it.each([
    [[90, 80, 70], undefined, ['1', '2', '3'], [1, 2, 3]],
    [[90, 80, 80, 70], undefined, ['1', '2–3', '2–3', '4'], [1, 2, 2, 4]], // competition ranking 1, 2, 2, 4
    [[50, 50, 50], undefined, ['1–3', '1–3', '1–3'], [1, 1, 1]],
    [[80.004, 80.001, 79.996], undefined, ['1–3', '1–3', '1–3'], [1, 1, 1]], // all round to 80.00
    [[80.005, 80.004], undefined, ['1', '2'], [1, 2]], // 80.01 vs 80.00
    [[58.4, 58.6, 57.9], 1, ['2–3', '1', '2–3'], [2, 1, 2]], // at precision 1: 58, 59, 58
    [[10, 30, 20], undefined, ['3', '1', '2'], [3, 1, 2]], // input order does not matter
  ])('%j at precision %s', (scores, precision, labels, places) => {
    const r = rank(scores, precision);
    expect(scores.map((_, i) => r.get(`o${i + 1}`)?.label)).toEqual(labels);
    expect(scores.map((_, i) => r.get(`o${i + 1}`)?.place)).toEqual(places);
  });

  it('reports ties and the rounded score', () => {
    expect(rank([48.001, 47.999, 10]).get('o1')).toEqual({ place: 1, placeTo: 2, label: '1–2', roundedScore: 48, tiedWith: ['o2'] });
  });

  it('reproduces a wide shared range like «29–40» (seed 000, Khabarovsk Krai)', () => {
    const scores = [...Array.from({ length: 28 }, (_, i) => 90 - i), ...Array.from({ length: 12 }, () => 48), 30];
    expect(rank(scores).get('o29')?.label).toBe('29–40');
    expect(rank(scores).get('o41')?.label).toBe('41');
  });

  it('is empty for no entries', () => {
    expect(rank([]).size).toBe(0);
  });

  it('places agree with rounded scores on random data (property, seeded)', () => {
    const random = seededRandom(20240601);
    for (let run = 0; run < 200; run++) {
      const n = random.int(1, 30);
      const precision = random.pick([0.01, 0.1, 1, 0.5]);
      // Coarse values make ties frequent; fine ones test rounding.
      const scores = Array.from({ length: n }, () => (random.next() < 0.5 ? random.int(40, 60) : random.next() * 120));
      const r = rank(scores, precision);
      const all = [...r.values()];
      expect(all).toHaveLength(n);
      for (const a of all) {
        const above = all.filter((b) => b.roundedScore > a.roundedScore).length;
        const same = all.filter((b) => b.roundedScore === a.roundedScore).length;
        expect(a.place).toBe(above + 1);
        expect(a.placeTo).toBe(above + same);
        for (const b of all) {
          if (a.roundedScore > b.roundedScore) expect(a.place).toBeLessThan(b.place);
          if (a.roundedScore === b.roundedScore) expect(a.label).toBe(b.label);
        }
      }
    }
  });
});
