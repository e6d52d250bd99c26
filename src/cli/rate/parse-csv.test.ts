import { describe, expect, it } from 'vitest';
import { columnLetter } from './column-letter.ts';
import { decodeText } from './decode-text.ts';
import { parseCsv } from './parse-csv.ts';
import { parseNumber } from './parse-rate-table.ts';

describe('parseCsv', () => {
  it.each([
    [
      'a;b,c;d\r\n1;2\r\n',
      ';',
      [
        ['a', 'b,c', 'd'],
        ['1', '2'],
      ],
    ],
    [
      'a,b;c\n1,2',
      ',',
      [
        ['a', 'b;c'],
        ['1', '2'],
      ],
    ],
    [
      '"x;y",z\n"a ""q""",2\n',
      ',',
      [
        ['x;y', 'z'],
        ['a "q"', '2'],
      ],
    ], // quoted separator and quotes
  ] as const)('%j', (text, separator, rows) => {
    expect(parseCsv(text)).toEqual({ separator, rows });
  });
});

describe('decodeText', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0xd0, 0xaf], 'Я', 'utf-8'], // BOM stripped
    [[0xd0, 0xaf], 'Я', 'utf-8'],
    [[0xdf], 'Я', 'windows-1251'], // 0xDF is invalid UTF-8 alone → 1251 «Я»
  ] as const)('%j → %s', (bytes, text, encoding) => {
    expect(decodeText(Uint8Array.from(bytes))).toEqual({ text, encoding });
  });
});

describe('parseNumber', () => {
  it.each([
    ['12,5', { value: 12.5 }],
    ['12.5', { value: 12.5 }],
    ['1 234,5', { value: 1234.5 }],
    ['1\u00a0234', { value: 1234 }],
    [7, { value: 7 }],
    ['', { empty: true }],
    ['н/д', { empty: true }],
    ['—', { empty: true }],
    [null, { empty: true }],
    ['12,5%', { error: '«12,5%» — не число' }],
    ['1,2,3', { error: '«1,2,3» — не число' }],
  ] as const)('%j', (cell, expected) => {
    expect(parseNumber(cell)).toEqual(expected);
  });
});

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [703, 'AAA'],
  ])('%d → %s', (n, letter) => {
    expect(columnLetter(n)).toBe(letter);
  });
});
