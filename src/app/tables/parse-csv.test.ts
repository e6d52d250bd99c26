import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../domain/export/column-letter.ts';
import { decodeText } from './decode-text.ts';
import { CsvRecordParser } from './csv-record-parser.ts';
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
    [[0xff, 0xfe, 0x2f, 0x04, 0x09, 0x00], 'Я\t', 'utf-16le'], // Excel's «Текст Юникод»
    [[0xfe, 0xff, 0x04, 0x2f], 'Я', 'utf-16be'],
  ] as const)('%j → %s', (bytes, text, encoding) => {
    expect(decodeText(Uint8Array.from(bytes))).toEqual({ text, encoding });
  });
  it('refuses binary data (an .xls workbook) with what to do', () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(() => decodeText(xls)).toThrow(/не текстовая таблица CSV: в нём двоичные данные.*Сохраните таблицу как «CSV/);
  });
  it('reads a tab-separated Unicode text export', () => {
    expect(parseCsv('Код организации\tКлюч\tЗначение\r\n99-01\tt_pupils|\t12\r\n').rows[1]).toEqual(['99-01', 't_pupils|', '12']);
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

describe('parseCsv limits', () => {
  it('refuses a line longer than the limit (an unclosed quote swallowing the file) with its line number', () => {
    const text = 'Код;Значение\r\n99-01;"' + 'я'.repeat(2000) + '\r\n99-02;5\r\n';
    expect(() => parseCsv(text, { lineChars: 1000, columns: 10 })).toThrow(/^Строка 2 файла CSV длиннее 1\s000 символов/);
    expect(parseCsv(text, { lineChars: 5000, columns: 10 }).rows).toHaveLength(2);
  });

  it('refuses a record wider than the limit, and a streamed record before it ends', () => {
    expect(() => parseCsv('a;b\r\n' + ';'.repeat(20) + '\r\n', { lineChars: 1000, columns: 10 })).toThrow(
      /^Строка 2 файла CSV: 21 столбцов/,
    );
    const parser = new CsvRecordParser(';', { lineChars: 100, columns: 10 });
    expect(() => {
      for (let i = 0; i < 10; i++) parser.push('x'.repeat(50), []);
    }).toThrow(/^Строка 1 файла CSV длиннее 100 символов/);
  });
});
