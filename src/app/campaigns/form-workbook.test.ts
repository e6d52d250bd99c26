import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FormCell } from '../../domain/collection/campaign.ts';
import {
  buildFormTemplate,
  campaignCsvBudget,
  campaignUploadBudget,
  readFormUpload,
  type TemplateOrg,
  type UploadProblem,
} from './form-workbook.ts';

const BUDGET = { csv: campaignCsvBudget(100, 10 * 1024 * 1024), workbook: campaignUploadBudget(3, 200) };

const D1 = { code: 'D1', name: 'Кадры' };
const D2 = { code: 'D2', name: 'Результаты' };

const cell = (element: string, breakdown: string, extra: Partial<FormCell>): FormCell => ({
  key: `${element}|${breakdown}`,
  element,
  breakdown,
  breakdownLabel: '',
  name: element,
  unit: 'persons',
  valueType: 'integer',
  direction: D1,
  indicators: [],
  ...extra,
});

// FormCell order D1, D2, D1: the template groups the two D1 fields together.
const SCHOOL: FormCell[] = [
  cell('pupils', '', { name: 'Число обучающихся' }),
  cell('score', '', { name: 'Средний балл', unit: 'points', valueType: 'number', direction: D2 }),
  cell('pupils', 'grade=5', { name: 'Число обучающихся', breakdownLabel: '5 класс' }),
  cell('library', '', { name: 'Есть библиотека', unit: 'flag', valueType: 'boolean' }),
];
const KINDERGARTEN: FormCell[] = [cell('kids', '', { name: 'Число воспитанников' })];

const ORGS: TemplateOrg[] = [
  {
    code: '99-01-001',
    name: 'Школа № 1',
    cells: SCHOOL,
    values: { 'pupils|': 500, 'score|': 4.2 },
    previous: { 'pupils|': 480, 'library|': 1 },
  },
  { code: 'ДОУ:7/2', name: 'Детский сад № 7', cells: KINDERGARTEN, values: {}, previous: {} },
];
const CELLS: Record<string, FormCell[]> = { '99-01-001': SCHOOL, 'ДОУ:7/2': KINDERGARTEN };
const cellsOf = (code: string) => CELLS[code] ?? null;

async function template(): Promise<ExcelJS.Workbook> {
  const bytes = await buildFormTemplate({ campaignName: 'Мониторинг 2025', periodName: '2024/2025', deadline: '2025-06-30', orgs: ORGS });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const where = (p: UploadProblem) => ({ sheet: p.sheet, row: p.row, column: p.column });
const save = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
const sheet = (wb: ExcelJS.Workbook, name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

describe('buildFormTemplate', () => {
  it('writes an instruction sheet and one protected sheet per organisation', async () => {
    const wb = await template();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Инструкция', '99-01-001', 'ДОУ-7-2']);
    const ws = sheet(wb, '99-01-001');
    expect(String(ws.getCell('B1').value)).toBe('Мониторинг 2025 — 2024/2025 — срок: 30.06.2025');
    expect([ws.getCell('B2').value, ws.getCell('C2').value, ws.getCell('E2').value, ws.getCell('F2').value]).toEqual([
      'Организация',
      'Школа № 1',
      'Код',
      '99-01-001',
    ]);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Ключ',
      'Направление',
      'Данные',
      'Разрез',
      'Ед. изм.',
      'Значение',
      'Прошлый период',
    ]);
    const rows = [5, 6, 7, 8].map((r) => [1, 2, 3, 4, 5, 6, 7].map((c) => ws.getCell(r, c).value));
    expect(rows).toEqual([
      ['pupils|', 'D1. Кадры', 'Число обучающихся', '', 'чел.', 500, 480],
      ['pupils|grade=5', 'D1. Кадры', 'Число обучающихся', '5 класс', 'чел.', null, null],
      ['library|', 'D1. Кадры', 'Есть библиотека', '', 'наличие (да/нет)', null, 1],
      ['score|', 'D2. Результаты', 'Средний балл', '', 'баллы', 4.2, null],
    ]);
    expect(ws.getColumn(1).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    for (const r of [5, 6, 7, 8]) {
      expect(ws.getCell(`F${r}`).protection?.locked).toBe(false);
      expect(ws.getCell(`C${r}`).protection?.locked).not.toBe(false);
    }
    expect(ws.getCell('F2').protection?.locked).not.toBe(false);
    expect(ws.getCell('F5').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    expect(ws.getCell('F7').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,0"'] });
    expect(ws.getCell('F8').dataValidation).toMatchObject({ type: 'decimal' });
    expect(ws.getCell('F5').dataValidation.error).toMatch(/целое число/);
    expect(String(sheet(wb, 'Инструкция').getCell('A4').value)).toMatch(/Как заполнить/);
  });
});

describe('readFormUpload: XLSX', () => {
  it('reads the values a user filled in, by the code cell and the keys, even on a renamed sheet', async () => {
    const wb = await template();
    const school = sheet(wb, '99-01-001');
    school.name = 'Моя школа';
    school.getCell('F5').value = 512; // was 500
    school.getCell('F6').value = '98'; // typed as text
    school.getCell('F7').value = 'Да'; // yes/no as a word
    school.getCell('F8').value = { formula: '4+0.5', result: 4.5 }; // a formula with its cached result
    sheet(wb, 'ДОУ-7-2').getCell('F5').value = '12,5';
    const read = await readFormUpload(await save(wb), 'форма.xlsx', cellsOf, BUDGET);
    expect(read.problems).toEqual([]);
    expect(read.format).toBe('xlsx');
    expect(read.orgs).toEqual([
      {
        orgCode: '99-01-001',
        sheet: 'Моя школа',
        entries: [
          { element: 'pupils', breakdown: '', raw: 512, at: 'Моя школа!F5' },
          { element: 'pupils', breakdown: 'grade=5', raw: '98', at: 'Моя школа!F6' },
          { element: 'library', breakdown: '', raw: 1, at: 'Моя школа!F7' },
          { element: 'score', breakdown: '', raw: 4.5, at: 'Моя школа!F8' },
        ],
      },
      { orgCode: 'ДОУ:7/2', sheet: 'ДОУ-7-2', entries: [{ element: 'kids', breakdown: '', raw: '12,5', at: 'ДОУ-7-2!F5' }] },
    ]);
  });

  it('reports unknown keys, foreign organisations, repeated keys and codes, dates and formulas without values', async () => {
    const wb = await template();
    const school = sheet(wb, '99-01-001');
    school.getCell('A6').value = 'pupils|grade=99';
    school.getCell('A8').value = 'pupils|'; // repeats row 5
    school.getCell('F7').value = new Date(Date.UTC(2025, 0, 1));
    school.getCell('F7').numFmt = 'dd.mm.yyyy';
    school.getCell('F5').value = { formula: 'B5*2', date1904: false } as ExcelJS.CellFormulaValue;
    sheet(wb, 'ДОУ-7-2').getCell('F2').value = '00-00-000';
    const copy = wb.addWorksheet('Копия');
    copy.getCell('F2').value = '99-01-001';
    copy.getCell('A4').value = 'Ключ';
    copy.getCell('F4').value = 'Значение';
    const read = await readFormUpload(await save(wb), 'форма.xlsx', cellsOf, BUDGET);
    expect(read.problems.map(where)).toEqual([
      { sheet: '99-01-001', row: 5, column: 'F' },
      { sheet: '99-01-001', row: 6, column: 'A' },
      { sheet: '99-01-001', row: 7, column: 'F' },
      { sheet: '99-01-001', row: 8, column: 'A' },
      { sheet: 'ДОУ-7-2', row: 2, column: 'F' },
      { sheet: 'Копия', row: 2, column: 'F' },
    ]);
    const messages = read.problems.map((p) => p.message);
    expect(messages[0]).toMatch(/^Лист «99-01-001», ячейка F5: в ячейке формула без сохранённого значения/);
    expect(messages[1]).toMatch(/ключ «pupils\|grade=99» не относится к форме организации «99-01-001»/);
    expect(messages[2]).toMatch(/дата/);
    expect(messages[3]).toMatch(/повторяет строку 5/);
    expect(messages[4]).toMatch(/^Лист «ДОУ-7-2», ячейка F2: Организация с кодом «00-00-000» не участвует в кампании/);
    expect(messages[5]).toMatch(/уже встретился на листе «99-01-001»/);
    expect(read.orgs.map((o) => [o.orgCode, o.entries.map((e) => e.at)])).toEqual([['99-01-001', []]]);
  });

  it('refuses a sheet whose columns were moved', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.getCell('F2').value = '99-01-001';
    ws.getCell('A4').value = 'Данные';
    const read = await readFormUpload(await save(wb), 'форма.xlsx', cellsOf, BUDGET);
    expect(read.problems).toMatchObject([{ sheet: 'Лист1', row: 4, message: expect.stringMatching(/не по шаблону/) as unknown }]);
  });
});

// A small Windows-1251 encoder for the test: ASCII as is, А..я → 0xC0..0xFF, Ё/ё.
function encode1251(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (ch === 'Ё') return 0xa8;
      if (ch === 'ё') return 0xb8;
      throw new Error(`no 1251 code for ${ch}`);
    }),
  );
}

describe('readFormUpload: CSV', () => {
  const csv = [
    'Примечание;КОД ОРГАНИЗАЦИИ; ключ ;Значение',
    'школа;99-01-001;pupils|;512',
    ';99-01-001;library|;нет',
    ';99-01-001;score|;4,5',
    '',
    ';ДОУ:7/2;kids|;',
  ].join('\r\n');
  const expected = (file: string) => [
    {
      orgCode: '99-01-001',
      sheet: file,
      entries: [
        { element: 'pupils', breakdown: '', raw: '512', at: `${file}!D2` },
        { element: 'library', breakdown: '', raw: 0, at: `${file}!D3` },
        { element: 'score', breakdown: '', raw: '4,5', at: `${file}!D4` },
      ],
    },
    { orgCode: 'ДОУ:7/2', sheet: file, entries: [{ element: 'kids', breakdown: '', raw: null, at: `${file}!D6` }] },
  ];

  it('reads UTF-8 with a BOM', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]);
    const read = await readFormUpload(bytes, 'форма.csv', cellsOf, BUDGET);
    expect(read).toEqual({ orgs: expected('форма.csv'), problems: [], format: 'csv', encoding: 'utf-8' });
  });

  it('reads Windows-1251 the same', async () => {
    const read = await readFormUpload(encode1251(csv), 'форма.csv', cellsOf, BUDGET);
    expect(read).toEqual({ orgs: expected('форма.csv'), problems: [], format: 'csv', encoding: 'windows-1251' });
  });

  it('reports rows with unknown organisations and keys, repeats and a missing header by row and column', async () => {
    const bad = [
      'Код организации,Ключ,Значение',
      '00-00-000,pupils|,1',
      '00-00-000,score|,2',
      '99-01-001,nope|,3',
      '99-01-001,pupils|,4',
      '99-01-001,pupils|,5',
      ',pupils|,6',
    ].join('\n');
    const read = await readFormUpload(new TextEncoder().encode(bad), 'ф.csv', cellsOf, BUDGET);
    expect(read.problems.map(where)).toEqual([
      { sheet: 'ф.csv', row: 2, column: 'A' },
      { sheet: 'ф.csv', row: 4, column: 'B' },
      { sheet: 'ф.csv', row: 6, column: 'B' },
      { sheet: 'ф.csv', row: 7, column: 'A' },
    ]);
    expect(read.problems[0]?.message).toMatch(
      /^Файл «ф\.csv», строка 2, столбец A: Организация с кодом «00-00-000» не участвует в кампании/,
    );
    expect(read.orgs).toEqual([
      { orgCode: '99-01-001', sheet: 'ф.csv', entries: [{ element: 'pupils', breakdown: '', raw: '4', at: 'ф.csv!C5' }] },
    ]);

    const noHeader = await readFormUpload(new TextEncoder().encode('Код;Значение\n1;2\n'), 'ф.csv', cellsOf, BUDGET);
    expect(noHeader.problems).toMatchObject([
      { sheet: 'ф.csv', row: 1, message: expect.stringMatching(/нет столбцов «Код организации», «Ключ»/) as unknown },
    ]);
  });
});

describe('readFormUpload: CSV under its budget', () => {
  it('reads Excel’s «Текст Юникод» (UTF-16 with tabs) and a name with unescaped quotes', async () => {
    const text = 'Код организации\tКлюч\tЗначение\tПримечание\r\n99-01-001\tpupils|\t512\t"ООО "Ромашка""\r\n';
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const read = await readFormUpload(bytes, 'ф.csv', cellsOf, BUDGET);
    expect(read).toMatchObject({ problems: [], encoding: 'utf-16le', orgs: [{ orgCode: '99-01-001', entries: [{ raw: '512' }] }] });
  });

  it('refuses more rows than the template has fields and a line longer than 64 KiB, naming the limit', async () => {
    const many = `Код организации;Ключ;Значение\n${'99-01-001;pupils|;1\n'.repeat(1010)}`;
    await expect(
      readFormUpload(new TextEncoder().encode(many), 'ф.csv', cellsOf, { ...BUDGET, csv: campaignCsvBudget(4, 1024 * 1024) }),
    ).rejects.toThrow(
      /Файл «ф\.csv» не прочитан: в нём больше 1\s005 строк \(строка 1006\) — в шаблоне кампании для ваших организаций 4 полей/,
    );
    const long = new TextEncoder().encode(`Код организации;Ключ;Значение${' '.repeat(70_000)}\n`);
    await expect(readFormUpload(long, 'ф.csv', cellsOf, BUDGET)).rejects.toThrow(/строка 1 длиннее 65\s536 символов/);
  });
});

describe('readFormUpload: other files', () => {
  it('refuses a binary file that is neither XLSX nor CSV', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const read = await readFormUpload(png, 'фото.png', cellsOf, BUDGET);
    expect(read.orgs).toEqual([]);
    expect(read.problems).toEqual([{ message: expect.stringMatching(/^Файл не похож на книгу Excel \(\.xlsx\) или CSV/) as unknown }]);
  });

  it('refuses a zip that is not a workbook', async () => {
    const read = await readFormUpload(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]), 'архив.zip', cellsOf, BUDGET);
    expect(read.problems).toMatchObject([{ message: expect.stringMatching(/не читается как книга Excel/) as unknown }]);
  });
});
