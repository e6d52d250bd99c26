import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countTurns } from '../../../test/helpers/count-turns.ts';
import { cp1251 } from '../../../test/helpers/cp1251.ts';
import { CsvRecordParser, type CsvBudget, type CsvRecord } from './csv-parser.ts';
import { csvFileEncoding, csvFileRecords, readCsvBytes } from './csv-reader.ts';
import { sniffEncoding } from './text-encoding.ts';

const dir = mkdtempSync(join(tmpdir(), 'csv-reader-'));
const BUDGET: CsvBudget = { maxLineChars: 64 * 1024, maxRows: 1000, maxColumns: 50, maxBytes: 200 * 1024 * 1024 };
const utf8 = (text: string) => new TextEncoder().encode(text);
const rowsOf = async (text: string | Uint8Array, budget = BUDGET) =>
  (await readCsvBytes(typeof text === 'string' ? utf8(text) : text, 'f.csv', budget)).records.map((r) => r.cells);

async function fileRecords(path: string, budget = BUDGET) {
  const rows: CsvRecord[] = [];
  for await (const batch of csvFileRecords(path, 'f.csv', budget)) rows.push(...batch);
  return rows;
}

describe('the CSV parser', () => {
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
    [
      'Код организации\tКлюч\tЗначение\r\n99-01\tt_pupils|\t12\r\n',
      '\t',
      [
        ['Код организации', 'Ключ', 'Значение'],
        ['99-01', 't_pupils|', '12'],
      ],
    ],
  ] as const)('%j', async (text, separator, rows) => {
    const read = await readCsvBytes(utf8(text), 'f.csv', BUDGET);
    expect(read.separator).toBe(separator);
    expect(read.records.map((r) => r.cells)).toEqual(rows);
  });

  it('gives the same records whatever the chunking, with the lines they start on', () => {
    const text = '\r\n  \na;b\r\n"x;""y""";"multi\nline"\n3;4\r"""";"a"""\n"ООО "Ромашка"";ИП "Иванов";"x"';
    const whole: CsvRecord[] = [];
    const p = new CsvRecordParser(BUDGET, 'f.csv');
    p.push(text, whole);
    p.end(whole);
    expect(whole).toEqual([
      { cells: ['a', 'b'], line: 3 },
      { cells: ['x;"y"', 'multi\nline'], line: 4 },
      { cells: ['3', '4'], line: 6 },
      { cells: ['"', 'a"'], line: 7 },
      { cells: ['ООО "Ромашка"', 'ИП "Иванов"', 'x'], line: 8 },
    ]);
    for (let size = 1; size <= 7; size++) {
      const out: CsvRecord[] = [];
      const q = new CsvRecordParser(BUDGET, 'f.csv');
      for (let i = 0; i < text.length; i += size) q.push(text.slice(i, i + size), out);
      q.end(out);
      expect(out, `chunks of ${size}`).toEqual(whole);
    }
  });

  it('is lenient where real exports are: a trailing separator, an unescaped quote, an unclosed quote at the end', async () => {
    expect(await rowsOf('Код;Ключ;Значение;\r\n1;"ООО "Ромашка"";3;\r\n')).toEqual([
      ['Код', 'Ключ', 'Значение', ''],
      ['1', 'ООО "Ромашка"', '3', ''],
    ]);
    expect(await rowsOf('a;b\n1;"2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(await rowsOf('a;b\n"";""\n')).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });
});

describe('never blocking', () => {
  it('reads bytes in memory in turns of the event loop, 64 KiB each', async () => {
    const text = `a;b\n${'1;2\n'.repeat(1_000_000)}`; // 4 MB: 61 chunks
    const {
      result: { records },
      turns,
    } = await countTurns(() => readCsvBytes(utf8(text), 'f.csv', { ...BUDGET, maxRows: 2_000_000 }));
    expect(records).toHaveLength(1_000_001);
    // other callbacks ran between the chunks, not only before and after
    expect(turns).toBeGreaterThanOrEqual(50);
  });
});

describe('the encoding', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0xd0, 0xaf, 0x3b, 0x31], 'utf-8'], // BOM stripped
    [[0xd0, 0xaf, 0x3b, 0x31], 'utf-8'],
    [[0xdf, 0x3b, 0x31], 'windows-1251'], // 0xDF is invalid UTF-8 alone → 1251 «Я»
    [[0xff, 0xfe, 0x2f, 0x04, 0x09, 0x00, 0x31, 0x00], 'utf-16le'], // Excel's «Текст Юникод»
    [[0xfe, 0xff, 0x04, 0x2f, 0x00, 0x3b, 0x00, 0x31], 'utf-16be'],
  ] as const)('%j is %s', async (bytes, encoding) => {
    const read = await readCsvBytes(Uint8Array.from(bytes), 'f.csv', BUDGET);
    expect(read.encoding).toBe(encoding);
    expect(read.records[0]!.cells).toEqual(['Я', '1']);
  });

  it('refuses binary data (an .xls workbook) with what to do', async () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(() => sniffEncoding(xls)).toThrow(/не текстовая таблица CSV: в нём двоичные данные.*Сохраните таблицу как «CSV/);
    await expect(readCsvBytes(new Uint8Array(1000), 'nul.csv', BUDGET)).rejects.toThrow(/двоичные данные/);
  });

  it('streams a file in Windows-1251 and one in UTF-8 with a BOM', async () => {
    const cp = join(dir, 'cp1251.csv');
    writeFileSync(cp, cp1251('Школа;Предмет\r\nМБОУ СОШ № 1;Русский язык\r\n'));
    expect(await csvFileEncoding(cp)).toBe('windows-1251');
    expect((await fileRecords(cp))[1]).toEqual({ cells: ['МБОУ СОШ № 1', 'Русский язык'], line: 2 });
    const u8 = join(dir, 'bom.csv');
    writeFileSync(u8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('код,предмет\n1,Физика\n')]));
    expect((await fileRecords(u8)).map((r) => r.cells)).toEqual([
      ['код', 'предмет'],
      ['1', 'Физика'],
    ]);
  });

  it('reads a character split between two 64 KiB chunks', async () => {
    const text = `${'а'.repeat(40_000)};б\n${'в'.repeat(40_000)};г\n`;
    const path = join(dir, 'split.csv');
    writeFileSync(path, text);
    expect((await fileRecords(path)).map((r) => r.cells)).toEqual([
      ['а'.repeat(40_000), 'б'],
      ['в'.repeat(40_000), 'г'],
    ]);
  });
});

describe('the budget', () => {
  const LONG = /строка 1 длиннее 65\s536 символов — это не таблица.*Проверьте разделитель строк/;

  it('refuses a 30 MB first line at its first 64 KiB, in memory and streamed', async () => {
    const line = utf8('а;'.repeat(1024 * 1024) + 'x'.repeat(28 * 1024 * 1024));
    await expect(readCsvBytes(line, 'f.csv', { ...BUDGET, maxColumns: 10_000_000 })).rejects.toThrow(LONG);
    const path = join(dir, 'long.csv');
    writeFileSync(path, 'x'.repeat(30 * 1024 * 1024));
    await expect(fileRecords(path)).rejects.toThrow(/Файл «f\.csv» не прочитан: строка 1 длиннее 65\s536 символов/);
  });

  it('refuses an unclosed quote that swallows the file, naming the line it starts on', async () => {
    const text = `a;b\n1;2\n3;"${'4;5\n'.repeat(20_000)}`;
    await expect(rowsOf(text, { ...BUDGET, maxRows: 10 })).rejects.toThrow(/строка 3 длиннее 65\s536 символов/);
    await expect(rowsOf('"Код ОО;Предмет\n1;Физика\n')).rejects.toThrow(/в строке 1 открыта кавычка, которая не закрыта до конца файла/);
  });

  it('counts a long line however it is chunked, and accepts a line just at the limit', async () => {
    const budget = { ...BUDGET, maxLineChars: 100 };
    expect(await rowsOf(`${'x'.repeat(100)}\n"${'y'.repeat(98)}"\n`, budget)).toHaveLength(2);
    const out: CsvRecord[] = [];
    const p = new CsvRecordParser(budget, 'f.csv', ';');
    expect(() => {
      for (let i = 0; i < 101; i++) p.push('"', out);
    }).toThrow(/строка 1 длиннее 100 символов/);
  });

  it('refuses too many rows, too many columns and too many bytes, naming the limit', async () => {
    await expect(rowsOf('a\n'.repeat(11), { ...BUDGET, maxRows: 10, rowsReason: 'в шаблоне кампании 9 полей' })).rejects.toThrow(
      /больше 10 строк \(строка 11\) — в шаблоне кампании 9 полей/,
    );
    await expect(rowsOf(`a;b\n${';'.repeat(60)}\n`)).rejects.toThrow(/в строке 2 больше 50 столбцов/);
    await expect(rowsOf('a;b\n1;2\n', { ...BUDGET, maxBytes: 4 })).rejects.toThrow(/допустимо до 4 байт/);
  });

  it('finds the separator of a 30 MB first line in one pass when the budget allows such a line', async () => {
    // without a line budget the header search must still be linear: 30 MB, one line
    const budget = { ...BUDGET, maxLineChars: 64 * 1024 * 1024 };
    const path = join(dir, 'one-line.csv');
    writeFileSync(path, `${'x'.repeat(30 * 1024 * 1024)};y\n1;2\n`);
    const rows = await fileRecords(path, budget);
    expect(rows.map((r) => r.cells[1])).toEqual(['y', '2']);
  });
});
