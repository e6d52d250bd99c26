import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name.ts';

describe('safeFileName', () => {
  it('replaces what Windows forbids in a file name', () => {
    expect(safeFileName('Рейтинг — 2024/2025')).toBe('Рейтинг — 2024-2025');
    expect(safeFileName('район: школы')).toBe('район, школы');
    expect(safeFileName(' a*b?c"d<e>f|g\\h ')).toBe('a b c d e f g h');
  });

  it('turns a colon into a comma with one space, never a double space', () => {
    expect(safeFileName('Отчёт «Олимпиады»: Первый район')).toBe('Отчёт «Олимпиады», Первый район');
    expect(safeFileName('Отчёт «Олимпиады» : Первый район')).toBe('Отчёт «Олимпиады», Первый район');
  });

  it('cuts a long name at a whole word and marks the cut', () => {
    const name = 'Аналитический отчёт по направлению «Работа со школами с низкими результатами», Промышленновский муниципальный округ';
    const cut = safeFileName(name, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toBe('Аналитический отчёт по направлению «Работа со школами с низкими результатами», Промышленновский…');
    expect(safeFileName(name, 90)).toBe('Аналитический отчёт по направлению «Работа со школами с низкими результатами»…');
  });

  it('cuts a single word longer than the limit where it must', () => {
    expect(safeFileName('x'.repeat(200))).toBe(`${'x'.repeat(149)}…`);
    expect(safeFileName('x'.repeat(200))).toHaveLength(150);
  });
});
