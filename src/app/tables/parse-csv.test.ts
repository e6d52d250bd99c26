import { describe, expect, it } from 'vitest';
import { columnLetter } from './column-letter.ts';
import { decodeText } from './decode-text.ts';
import { parseCsv } from './parse-csv.ts';

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
