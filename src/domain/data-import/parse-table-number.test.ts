import { describe, expect, it } from 'vitest';
import { parseTableNumber } from './parse-table-number.ts';

describe('parseTableNumber', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ['12,3', 12.3],
    ['12.3', 12.3],
    ['  42 ', 42],
    ['-5', -5],
    ['0', 0],
  ])('reads «%s» as %d', (raw, value) => {
    expect(parseTableNumber(raw)).toEqual({ kind: 'number', value, percent: false });
  });

  it('keeps the number of a percentage and says it was one', () => {
    expect(parseTableNumber('12,3 %')).toEqual({ kind: 'number', value: 12.3, percent: true });
    expect(parseTableNumber('100%')).toEqual({ kind: 'number', value: 100, percent: true });
  });

  it('takes a number cell as it is', () => {
    expect(parseTableNumber(7.5)).toEqual({ kind: 'number', value: 7.5, percent: false });
    expect(parseTableNumber(Number.NaN)).toEqual({ kind: 'invalid', reason: 'не число' });
  });

  it.each([null, undefined, '', '   ', '—', '–', '-', 'н/д', 'Н/Д', 'нет данных', 'Нет  данных', 'нд'])(
    'reads %j as missing, not zero',
    (raw) => {
      expect(parseTableNumber(raw)).toEqual({ kind: 'missing' });
    },
  );

  it.each([
    ['12 штук', '«12 штук» — не число: пишите цифрами (1 234,5), пустая ячейка или «—» — нет данных'],
    ['1.234,5', '«1.234,5» — не число: пишите цифрами (1 234,5), пустая ячейка или «—» — нет данных'],
    ['1e5', '«1e5» — не число: пишите цифрами (1 234,5), пустая ячейка или «—» — нет данных'],
    ['%', '«%» — знак процента без числа'],
  ])('refuses «%s» saying what is wrong', (raw, reason) => {
    expect(parseTableNumber(raw)).toEqual({ kind: 'invalid', reason });
  });
});
