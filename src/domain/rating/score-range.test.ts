import { describe, expect, it } from 'vitest';
import { seededRandom } from '../statistics/seeded-random.ts';
import { ok } from '../outcome.ts';
import { findBest, scoreValue, type ObjectValue } from './score.ts';

// Property: when the reference set is the compared set itself (the usual case), every score
// lies in [0, 100] and the best object gets exactly 100, for either polarity.
describe('scores within [0, 100] when the compared set is the reference', () => {
  it('holds on 500 random sets', () => {
    const rnd = seededRandom(42);
    for (let run = 0; run < 500; run++) {
      const n = rnd.int(1, 12);
      const objects: ObjectValue[] = Array.from({ length: n }, (_, i) => ({
        id: `o${i}`,
        value: ok(rnd.next() < 0.15 ? 0 : Math.round(rnd.next() * 10000) / 100),
      }));
      for (const polarity of ['higher_better', 'lower_better'] as const) {
        const best = findBest(objects, polarity);
        if (best.kind !== 'ok') continue; // all zero for higher_better: not scored, by rule
        const scores = objects.map((o) => scoreValue(o.value, best));
        for (const s of scores) {
          expect(s.kind).toBe('ok');
          if (s.kind === 'ok') {
            expect(s.value.score).toBeGreaterThanOrEqual(0);
            expect(s.value.score).toBeLessThanOrEqual(100);
          }
        }
        const bestScore = scores[objects.findIndex((o) => o.id === best.value.objectId)];
        expect(bestScore?.kind === 'ok' && bestScore.value.score).toBe(100);
      }
    }
  });
});
