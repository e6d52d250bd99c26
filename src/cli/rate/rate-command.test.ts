import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsvBytes } from '../../app/tables/csv-reader.ts';
import { RATE_CSV_BUDGET } from '../../app/tables/read-grid.ts';
import { runRate } from './rate-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'soko-rate-'));

// A small Windows-1251 encoder for the test: ASCII as is, А..я → 0xC0..0xFF, Ё/ё, «», —.
function encode1251(text: string): Uint8Array {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97, '–': 0x96 };
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      const s = special[ch];
      if (s === undefined) throw new Error(`no 1251 code for ${ch}`);
      return s;
    }),
  );
}

async function writeXlsx(name: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Данные');
  for (const r of rows) ws.addRow(r);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function readSheet(path: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet);
  const rows: unknown[][] = [];
  ws?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const errorOf = async (p: Promise<unknown>) =>
  p.then(
    () => '',
    (e: Error) => e.message,
  );

describe('soko rate on XLSX', () => {
  it('writes scores, places, direction and summary scores, zones and the rules', async () => {
    const input = await writeXlsx('table.xlsx', [
      ['Направление', 'D1', 'D1', 'D2'],
      ['Полярность', 'больше — лучше', 'меньше — лучше', 'higher'],
      ['Школа', 'K1', 'K2', 'K3'],
      ['Школа № 1', 80, 20, 25],
      ['Школа № 2', 40, 10, 50],
      ['Школа № 3', 60, 10, 50],
    ]);
    const out = join(dir, 'out.xlsx');
    // K2 by best / value × 100 (chosen explicitly; the default is linear, see rate-command-precision.test.ts).
    await runRate(input, { out, zones: '2021', inversion: 'ratio' });
    const [header, ...rows] = await readSheet(out, 'Рейтинг');
    expect(header).toEqual([
      'Школа',
      'K1',
      'K1: балл',
      'K1: место',
      'K2',
      'K2: балл',
      'K2: место',
      'K3',
      'K3: балл',
      'K3: место',
      'D1: балл',
      'D1: место',
      'D1: полнота, %',
      'D2: балл',
      'D2: место',
      'D2: полнота, %',
      'Сводный балл',
      'Сводное место',
      'Сводная полнота, %',
      'Зона',
    ]);
    // №1: K1 80/80 = 100, K2 10/20 = 50, K3 25/50 = 50; D1 (100+50)/2 = 75 (tie with №2), D2 50; summary (75+50)/2 = 62.5 → green
    expect(rows[0]).toEqual(['Школа № 1', 80, 100, 1, 20, 50, 3, 25, 50, 3, 75, '2–3', 100, 50, 3, 100, 62.5, 3, 100, 'Зеленая зона']);
    // №3: K1 60/80 = 75, K2 100, K3 100; D1 87.5, D2 100; summary 93.75 → above 82 → green; ties with №2 on K2, K3
    expect(rows[2]).toEqual([
      'Школа № 3',
      60,
      75,
      2,
      10,
      100,
      '1–2',
      50,
      100,
      '1–2',
      87.5,
      1,
      100,
      100,
      '1–2',
      100,
      93.75,
      1,
      100,
      'Зеленая зона',
    ]);
    // №2: K1 40/80 = 50; D1 (50+100)/2 = 75 ties №1 → «2–3»; summary (75+100)/2 = 87.5
    expect(rows[1]?.slice(10, 13)).toEqual([75, '2–3', 100]);
    expect(rows[1]?.slice(16)).toEqual([87.5, 2, 100, 'Зеленая зона']);
    const rules = (await readSheet(out, 'Правила')).map((r) => String(r[0]));
    expect(
      rules.some((r) => r.startsWith('Зоны 2021 г. по сводному баллу: Зеленая зона 59–82; Желтая зона 47–58; Красная зона 43–45.')),
    ).toBe(true);
    expect(rules).toContain('Показатель «K2»: меньше — лучше, направление D1.');
  });

  it('reports every bad cell with sheet, row and column', async () => {
    const input = await writeXlsx('bad.xlsx', [
      ['Школа', 'K1', null, 'K1'],
      ['Школа № 1', 'много', 5, 3],
      ['Школа № 1', 2, null, 1],
    ]);
    expect(await errorOf(runRate(input))).toBe(
      [
        'Таблица не прочитана (4):',
        '  Лист «Данные», строка 1, столбец C: пустой заголовок столбца с данными. Впишите название показателя или удалите столбец.',
        '  Лист «Данные», строка 1, столбец D: показатель «K1» уже есть в столбце B. Названия показателей должны различаться.',
        '  Лист «Данные», строка 2, столбец B: «много» — не число. Введите число (десятичный разделитель — запятая или точка) или оставьте ячейку пустой («нет данных»).',
        '  Лист «Данные», строка 3, столбец A: объект «Школа № 1» уже есть в строке 2. Каждый объект — одна строка.',
      ].join('\n'),
    );
  });

  it.each([
    [
      { zones: '1999' },
      'Порогов зон за 1999 г. нет в каталоге мотивирующего мониторинга (есть: 2021). Задайте пороги явно: --zones "green=59-82,yellow=47-58,red=43-45".',
    ],
    [{ summary: 'max' }, '--summary: «max» — допустимо directions (среднее направлений) или indicators (среднее показателей).'],
    [{ minCompleteness: '2' }, '--min-completeness: «2» — нужно число от 0 до 1.'],
  ])('refuses bad options %j', async (opts, message) => {
    const input = await writeXlsx('ok.xlsx', [
      ['Школа', 'K1'],
      ['А', 1],
    ]);
    expect(await errorOf(runRate(input, opts))).toBe(message);
  });
});

/** A CSV the way the command reads one: its rows, encoding and separator. */
async function readCsv(path: string) {
  const read = await readCsvBytes(readFileSync(path), path, RATE_CSV_BUDGET);
  return { ...read, rows: read.records.map((r) => r.cells) };
}

describe('soko rate on CSV', () => {
  it('reads Windows-1251 with semicolons and decimal commas, writes CSV back', async () => {
    const text = [
      'Полярность;больше — лучше;меньше — лучше',
      'Муниципалитет;Охват, %;Пропуски',
      'Город «Север»;45,5;2,5',
      'Район Ёлкин;91;5',
      'Посёлок;;10',
      '',
    ].join('\r\n');
    const input = join(dir, 'mun.csv');
    writeFileSync(input, encode1251(text));
    expect((await readCsv(input)).encoding).toBe('windows-1251');
    const out = join(dir, 'mun-out.csv');
    // The rules pinned here are chosen explicitly (the defaults are linear and the seed's divisor):
    // best / value × 100, and a missing value leaving the divisor.
    await runRate(input, { out, zones: 'green=59-82,yellow=47-58,red=43-45', inversion: 'ratio', missing: 'exclude' });
    const { rows, separator } = await readCsv(out);
    expect(separator).toBe(';');
    expect(rows[0]?.slice(0, 4)).toEqual(['Муниципалитет', 'Охват, %', 'Охват, %: балл', 'Охват, %: место']);
    // Север: 45.5 / 91 × 100 = 50; 2.5 / 2.5 × 100 = 100; summary (indicators) (50 + 100) / 2 = 75
    expect(rows[1]).toEqual(['Город «Север»', '45,5', '50', '2', '2,5', '100', '1', '75', '1–2', '100', 'Зеленая зона']);
    // Ёлкин: 91 / 91 × 100 = 100; 2.5 / 5 × 100 = 50; (100 + 50) / 2 = 75 — tie with Север
    expect(rows[2]).toEqual(['Район Ёлкин', '91', '100', '1', '5', '50', '2', '75', '1–2', '100', 'Зеленая зона']);
    // Посёлок: no data on «Охват»; 2.5 / 10 × 100 = 25; completeness 1 of 2 = 50 % → ranked; 25 < 43 → red
    expect(rows[3]).toEqual(['Посёлок', '—', '—', '—', '10', '25', '3', '25', '3', '50', 'Красная зона']);
    expect(rows.some((r) => r[0] === 'Правила')).toBe(true);
  });

  it('writes names that a spreadsheet would run as formulas with an apostrophe in front', async () => {
    const input = join(dir, 'hostile.csv');
    writeFileSync(input, "\ufeffОбъект;K1\r\n=cmd|' /C calc'!A0;5\r\n@SUM(1+1);-3\r\n", 'utf8');
    const out = join(dir, 'hostile-out.csv');
    await runRate(input, { out });
    const { rows } = await readCsv(out);
    const names = rows.slice(1, 3).map((r) => r[0]);
    expect(names.sort()).toEqual(["'=cmd|' /C calc'!A0", "'@SUM(1+1)"]);
    // a negative number is a number, not text to neutralise
    expect(rows.find((r) => r[0] === "'@SUM(1+1)")?.[1]).toBe('-3');
  });

  it('reads Excel’s «Текст Юникод» (UTF-16, tabs) and refuses a binary file named .csv', async () => {
    const input = join(dir, 'unicode.csv');
    writeFileSync(input, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Объект\tK1\r\nА\t2\r\nБ\t4\r\n', 'utf16le')]));
    const out = join(dir, 'unicode-out.csv');
    await runRate(input, { out });
    expect((await readCsv(out)).rows[1]?.slice(0, 3)).toEqual(['А', '2', '50']);
    const binary = join(dir, 'binary.csv');
    writeFileSync(binary, Buffer.from('%PDF-1.4\n\u0000\u0000binary'));
    expect(await errorOf(runRate(binary))).toMatch(/не текстовая таблица CSV/);
  });

  it('reads UTF-8 with BOM, commas and decimal points', async () => {
    const input = join(dir, 'utf.csv');
    writeFileSync(input, '\ufeffОбъект,K1,K2\r\nА,"1,5",3\r\nБ,3,x\r\n', 'utf8');
    expect(await errorOf(runRate(input))).toContain('Лист «utf.csv», строка 3, столбец C: «x» — не число.');
    writeFileSync(input, '\ufeffОбъект,K1,K2\r\nА,1.5,3\r\nБ,3,6\r\n', 'utf8');
    const out = await runRate(input);
    const { rows } = await readCsv(out);
    // А: 1.5 / 3 × 100 = 50, 3 / 6 × 100 = 50 → 50; Б: 100, 100 → 100
    expect(rows[1]?.[7]).toBe('50');
    expect(rows[2]?.[7]).toBe('100');
  });
});
