import { describe, expect, it } from 'vitest';
import { resolvePosition } from './resolve-points.ts';
import { checkScore } from './check-score.ts';

describe('the points a position counts with', () => {
  it('takes the agreed score over any disagreement', () => {
    const r = resolvePosition(
      [
        { scorer: 'a', points: 1 },
        { scorer: 'b', points: 0 },
      ],
      1,
    );
    expect(r).toMatchObject({ points: 1, state: 'agreed', spread: 1 });
  });
  it('takes common points when all who scored agree, or the only score', () => {
    expect(
      resolvePosition(
        [
          { scorer: 'a', points: 2 },
          { scorer: 'b', points: 2 },
        ],
        null,
      ),
    ).toMatchObject({ points: 2, state: 'unanimous' });
    expect(resolvePosition([{ scorer: 'a', points: 0 }], undefined)).toMatchObject({ points: 0, state: 'single' });
  });
  it('leaves a disagreement and an unscored position out of the indices', () => {
    expect(
      resolvePosition(
        [
          { scorer: 'a', points: 1 },
          { scorer: 'b', points: 0 },
        ],
        null,
      ),
    ).toMatchObject({ points: null, state: 'disagreement', spread: 1 });
    expect(resolvePosition([], null)).toMatchObject({ points: null, state: 'unscored' });
  });
});

describe('a scorer’s points for a position', () => {
  const position = { code: 'D1.goals.1', name: 'Цели обоснованы', maxPoints: 2 };
  it('accepts whole points within the maximum, with a comment for zero', () => {
    expect(checkScore(position, { points: 2 })).toEqual([]);
    expect(checkScore(position, { points: 0, comment: 'Нет приказа об утверждении целей' })).toEqual([]);
  });
  it('refuses points off the scale, a silent zero and a link that is not an address', () => {
    expect(checkScore(position, { points: 3 })[0]).toMatch(/вне шкалы — укажите целое число от 0 до 2/);
    expect(checkScore(position, { points: 1.5 })[0]).toMatch(/1,5 вне шкалы/);
    expect(checkScore(position, { points: 0, comment: '  ' })[0]).toMatch(/при 0 баллов напишите комментарий/);
    expect(checkScore(position, { points: null })[0]).toMatch(/укажите первичный балл от 0 до 2/);
    expect(checkScore(position, { points: 1, links: [{ url: 'приказ.pdf' }] })[0]).toMatch(/не адрес в интернете/);
  });
});
