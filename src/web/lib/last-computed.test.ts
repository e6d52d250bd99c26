import { describe, expect, it } from 'vitest';
import { firstComputed, lastComputed } from './last-computed.ts';
import { formatDateTime } from './format-date.ts';

const at = '2026-02-01T07:05:00.000Z';
const readiness = {
  computed: [
    { catalogueId: 3, periodId: 10, periodName: '2024/2025 учебный год', computedAt: at },
    { catalogueId: 3, periodId: 9, periodName: '2023/2024 учебный год', computedAt: '2026-01-01T07:05:00.000Z' },
    { catalogueId: 5, periodId: 11, periodName: '2025 год', computedAt: at },
  ],
};

describe('when results were last computed', () => {
  it('gives the chosen period’s time as dd.mm.yyyy HH:MM', () => {
    expect(formatDateTime(at)).toMatch(/^01\.02\.2026 \d\d:05$/);
    expect(lastComputed(readiness, 3, 10)).toEqual({ text: `Последний расчёт за этот период: ${formatDateTime(at)}.`, other: null });
  });

  it('points to the newest computed period of the methodology when the chosen one was not computed', () => {
    const r = lastComputed(readiness, 3, 12);
    expect(r.other?.periodId).toBe(10);
    expect(r.text).toBe(
      `За этот период методика не рассчитывалась; последний расчёт по ней — за 2024/2025 учебный год, ${formatDateTime(at)}.`,
    );
  });

  it('says when a methodology was never computed', () => {
    expect(lastComputed(readiness, 7, 10)).toEqual({ text: 'По этой методике результаты ещё ни разу не рассчитывались.', other: null });
  });

  it('picks the first catalogue in the list that has results', () => {
    expect(firstComputed([1, 5, 3], readiness)).toBe(5);
    expect(firstComputed([1, 2], readiness)).toBeNull();
  });
});
