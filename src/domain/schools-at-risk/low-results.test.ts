import { describe, expect, it } from 'vitest';
import { assessLowResult, type LowResultVerdict } from './low-results.ts';
import { invalid, missing, ok, type Outcome } from '../outcome.ts';

const r = (participants: number, low: number) => ({ label: 'ВПР, математика, 5 кл.', participants, low });

// 004 §1.1: «низкие результаты — не менее 30 % участников получили «2» или не преодолели минимальный
// порог»; the seed names no minimum number of participants, so by default there is none.
const AUTHORITY_MIN_5 = { thresholdPercent: 30, minParticipants: 5 };

describe('assessLowResult: 004 §1.1 has no minimum group size', () => {
  it('2 of 4 (50 %) is low: the seed sets no minimum number of participants', () => {
    const v = assessLowResult(r(4, 2));
    expect(v).toEqual(ok({ status: 'low', share: 50, reason: 'ВПР, математика, 5 кл.: 2 из 4 (50.0 %) ≥ 30 %: низкий результат' }));
  });

  it('1 of 1 is low by default', () => {
    const v = assessLowResult(r(1, 1));
    expect(v.kind === 'ok' && v.value.status).toBe('low');
  });
});

describe('assessLowResult (30 % boundary; a minimum group of 5 set by the authority)', () => {
  it.each<[string, number, number, LowResultVerdict['status']]>([
    ['29.99 %', 10000, 2999, 'not_low'], // 2999 × 100 / 10000 = 29.99 < 30
    ['29.9999 %', 1000000, 299999, 'not_low'], // 29.9999 < 30
    ['exactly 30 %', 10, 3, 'low'], // 3 × 100 = 300 ≥ 30 × 10 = 300
    ['exactly 30 % of 20', 20, 6, 'low'], // 600 ≥ 600
    ['above 30 %', 20, 7, 'low'], // 35 %
    ['all failed', 8, 8, 'low'], // 100 %
    ['none failed', 8, 0, 'not_low'],
    ['4 participants, 2 failed: too small', 4, 2, 'small_group'], // 50 % but 4 < 5
    ['1 participant failed: too small', 1, 1, 'small_group'],
    ['exactly 5 participants is enough', 5, 2, 'low'], // 40 %, 5 ≥ 5
    ['small group below threshold is just not low', 3, 0, 'not_low'],
  ])('%s', (_name, participants, low, status) => {
    const v = assessLowResult(r(participants, low), AUTHORITY_MIN_5);
    expect(v.kind === 'ok' && v.value.status).toBe(status);
  });

  it('says why a small group is not flagged, and that the minimum is the authority’s own rule', () => {
    expect(assessLowResult(r(4, 2), AUTHORITY_MIN_5)).toEqual(
      ok({
        status: 'small_group',
        share: 50,
        reason:
          'ВПР, математика, 5 кл.: 2 из 4 (50.0 %) ≥ 30 %, но участников меньше 5 (правило органа управления, в методике 004 §1.1 минимума нет): не отмечается',
      }),
    );
  });

  it('threshold and minimum group are parameters', () => {
    const v = assessLowResult(r(4, 1), { thresholdPercent: 25, minParticipants: 3 }); // 25 % ≥ 25, 4 ≥ 3
    expect(v.kind === 'ok' && v.value.status).toBe('low');
  });

  it.each<[number, number, Outcome<LowResultVerdict>]>([
    [0, 0, missing('ВПР, математика, 5 кл.: нет участников')],
    [5, 6, invalid('ВПР, математика, 5 кл.: неверные числа (6 из 5)')],
    [5, -1, invalid('ВПР, математика, 5 кл.: неверные числа (-1 из 5)')],
  ])('bad data %i / %i', (participants, low, expected) => expect(assessLowResult(r(participants, low))).toEqual(expected));
});
