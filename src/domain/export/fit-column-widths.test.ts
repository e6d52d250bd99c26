import { describe, expect, it } from 'vitest';
import { columnWordWidths, fitColumnWidths, headerWordWidths } from './fit-column-widths.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('fitColumnWidths', () => {
  it('shares the width by the weights when every column is wide enough', () => {
    expect(fitColumnWidths([1, 3], [10, 10], 400)).toEqual([100, 300]);
  });

  it('widens a narrow column to its longest header word and takes the room from the others', () => {
    const widths = fitColumnWidths([9, 29, 5, 12, 7, 8, 7, 23], [20, 40, 15, 60, 25, 42, 25, 50], 468);
    expect(sum(widths)).toBeCloseTo(468);
    expect(widths[5]).toBeGreaterThanOrEqual(42); // «Медиана» fits: no «Меди|ана»
    widths.forEach((w, i) => expect(w, `column ${i}`).toBeGreaterThanOrEqual([20, 40, 15, 60, 25, 42, 25, 50][i]! - 1e-9));
    // the wide free columns keep their proportion between them
    expect((widths[1] ?? 0) / (widths[7] ?? 1)).toBeCloseTo(29 / 23);
  });

  it('scales the minimums down when even they do not fit', () => {
    expect(fitColumnWidths([1, 1], [300, 100], 200)).toEqual([150, 50]);
  });
});

describe('headerWordWidths', () => {
  it('measures the longest word of each header', () => {
    expect(headerWordWidths(['Медиана по организациям', 'Ед.'], (w) => w.length)).toEqual([12, 3]);
  });
});

describe('columnWordWidths', () => {
  it('takes the longest word of the header and of every cell of a column', () => {
    const widths = columnWordWidths(
      ['№', 'Содержание'],
      [
        ['1', 'Олимпиадная школа для учителей'],
        ['12', 'Курсы'],
      ],
      {
        header: (w) => w.length * 2,
        body: (w) => w.length,
      },
    );
    expect(widths).toEqual([2, 20]); // «Содержание» in bold (10 × 2) is wider than «Олимпиадная» (11)
  });
});
