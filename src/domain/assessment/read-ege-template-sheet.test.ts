import { describe, expect, it } from 'vitest';
import { checkSourceTotals } from './check-source-totals.ts';
import { columnLetters, formulaColumns, readEgeTemplateSheet, type SheetCell, type TemplateSheet } from './read-ege-template-sheet.ts';

type Raw = string | number | null | { f: string; v?: number };
const cell = (x: Raw): SheetCell | null =>
  x === null
    ? null
    : typeof x === 'object'
      ? x.v === undefined
        ? { value: null, formula: x.f, error: 'формула без значения' }
        : { value: x.v, formula: x.f }
      : { value: x };
const sheet = (name: string, rows: Raw[][]): TemplateSheet => ({ name, rows: rows.map((r) => r.map(cell)) });

const M = ['приняло участие', 'не преодолен min порог', 'высокобалльники (80-99 баллов)', 'получили 100 баллов', 'средний балл'];
const HEAD = ['Муниципальное образование', 'Образовательная организация (школа)', 'Профиль (при наличии)', 'Всего выпускников'];

/** The ЕАО layout: region row first, then a subtotal row per municipality and its schools with column A empty. */
function eaoLike(): TemplateSheet {
  return sheet('2023', [
    [],
    ['Информация о результатах ЕГЭ выпускников школ в 2023 году'],
    [],
    ['Субъект Российской Федерации\n____Еврейская автономная область____'],
    [],
    [...HEAD, 'из них', 'из них', 'из них', 'из них', 'из них', 'из них', 'из них', 'из них', 'из них', 'из них'],
    [...HEAD, ...Array(5).fill('Русский язык, чел.'), ...Array(5).fill('Химия, чел.')],
    [...HEAD, ...M, ...M],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    ['ВСЕГО по региону', null, 'х', 60, 60, 3, 5, null, 61.5, 10, 4, 1, null, 50],
    [
      'город Биробиджан',
      null,
      null,
      { f: 'SUM(D12:D13)', v: 50 },
      { f: 'SUM(E12:E13)', v: 50 },
      { f: 'SUM(F12:F13)', v: 2 },
      { f: 'SUM(G12:G13)', v: 5 },
      { f: 'SUM(H12:H13)' },
      null,
      { f: 'SUM(J12:J13)', v: 10 },
      { f: 'SUM(K12:K13)', v: 4 },
      { f: 'SUM(L12:L13)', v: 1 },
    ],
    [null, 'МБОУ "СОШ № 1"', null, 30, 30, 2, 5, null, 70, 10, 4, 1, null, 50],
    [null, 'МБОУ "СОШ № 2"', null, 20, 20, null, null, null, 50],
    ['Ленинский район', null, null, { f: 'SUM(D15:D15)', v: 10 }, { f: 'SUM(E15:E15)', v: 10 }, { f: 'SUM(F15:F15)', v: 0 }],
    [null, 'МКОУ "СОШ с. Ленинское"', null, 10, 10, 0, null, null, 55],
    [null, 'МКОУ "СОШ с. Дежнёво"', null, null, null, null, null, null, null],
  ]);
}

describe('reading a sheet of the ДФО ЕГЭ template', () => {
  it('loads school rows under their municipality and keeps the total rows as checks', () => {
    const read = readEgeTemplateSheet(eaoLike());
    expect(read.region).toBe('Еврейская автономная область');
    expect(read.results.map((r) => [r.source.line, r.org.name, r.org.municipality, r.subject])).toEqual([
      [12, 'МБОУ "СОШ № 1"', 'город Биробиджан', 'rus'],
      [12, 'МБОУ "СОШ № 1"', 'город Биробиджан', 'chem'],
      [13, 'МБОУ "СОШ № 2"', 'город Биробиджан', 'rus'],
      [15, 'МКОУ "СОШ с. Ленинское"', 'Ленинский район', 'rus'],
    ]);
    // blank counts are 0; 80+ = 80–99 plus 100; the sum of scores rolls the average up
    expect(read.results[0]!.counts).toEqual({ participants: 30, belowMin: 2, ge80: 5, score100: 0, scoreSum: 2100 });
    expect(read.results[2]!.counts).toEqual({ participants: 20, belowMin: 0, ge80: 0, score100: 0, scoreSum: 1000 });
    expect(read.results.every((r) => r.year === 2023 && r.kind === 'ege' && r.org.region === 'Еврейская автономная область')).toBe(true);
    expect(read.totals.map((t) => [t.level, t.name, t.subject, t.source.line])).toEqual([
      ['region', 'Еврейская автономная область', 'rus', 10],
      ['region', 'Еврейская автономная область', 'chem', 10],
      ['municipality', 'город Биробиджан', 'rus', 11],
      ['municipality', 'город Биробиджан', 'chem', 11],
      ['municipality', 'Ленинский район', 'rus', 14],
    ]);
    // a subtotal saved without its cached value is summed from its rows
    expect(read.totals[2]!.counts.score100).toBe(0);
    expect(read.problems).toEqual([]);
  });

  it('reports the region row that disagrees with its municipalities and schools, with the shares', () => {
    const read = readEgeTemplateSheet(eaoLike());
    const checks = checkSourceTotals(read.results, read.totals, read.dropped);
    const off = checks.filter((c) => !c.agrees);
    expect(off).toHaveLength(1);
    expect(off[0]).toMatchObject({ level: 'region', subject: 'rus', measure: 'belowMin', expected: 3, computed: 2, rows: [10] });
    expect(off[0]!.shares).toEqual({ expected: 5, computed: (2 * 100) / 60 });
    expect(off[0]!.message).toContain('лист «2023», строка 10');
    expect(off[0]!.message).toContain('в файле 5,00 %, в системе 3,33 %');
    expect(off[0]!.message).toContain('ошибка в самой строке итога по региону');
    const mun = checks.find(
      (c) => c.level === 'municipality' && c.name === 'город Биробиджан' && c.subject === 'rus' && c.measure === 'participants',
    );
    expect(mun).toMatchObject({ expected: 50, computed: 50, agrees: true });
  });

  it('drops a school figure that is a formula over other columns, once per column, and says why the total differs', () => {
    const s = sheet('2023', [
      ['Информация о результатах ЕГЭ выпускников школ в 2023 году'],
      ['Забайкальский край\n______'],
      [...HEAD, ...Array(5).fill('Химия'), ...Array(5).fill('Немецкий язык (устный)')],
      [...HEAD, ...M, ...M],
      ['Комитет образования "Город Чита"', 'СОШ № 1', 'X', 12, 10, 2, 1, { f: 'SUM(E5:G5)', v: 13 }, 60.5, { f: 'SUM(I5)', v: 60.5 }],
      ['Комитет образования "Город Чита"', 'СОШ № 2', 'X', 6, 5, 1, 0, { f: 'SUM(E6:G6)', v: 6 }, 48],
      ['Министерство образования и науки Забайкальского края', 'Гимназия " Радуга"', 'X', 11, 11, 0, 1, { f: 'SUM(E7:G7)', v: 12 }, 71],
      [
        'итого по Забайкальскому краю',
        'итого по Забайкальскому краю',
        null,
        29,
        { f: 'SUM(E5:E7)', v: 26 },
        { f: 'SUM(F5:F7)', v: 3 },
        { f: 'SUM(G5:G7)', v: 2 },
        { f: 'SUM(H5:H7)', v: 31 },
        60,
        { f: 'SUM(J5:J7)', v: 60.5 },
      ],
    ]);
    const read = readEgeTemplateSheet(s);
    expect(read.results).toHaveLength(3);
    expect(read.results[0]!.counts).toEqual({ participants: 10, belowMin: 2, scoreSum: 605 });
    expect(read.results[2]!.org).toEqual({ name: 'Гимназия " Радуга"', region: 'Забайкальский край' });
    const formula = read.problems.filter((p) => p.code === 'formula_error');
    expect(formula.map((p) => [p.column, p.source.line])).toEqual([
      ['H', 5],
      ['J', 5],
    ]);
    expect(formula[0]!.message).toContain('в 3 строках школ (5–7)');
    expect(formula[0]!.message).toContain('=SUM(E5:G5)');
    expect(formula[1]!.message).toContain('и результаты предмета в этих строках тоже');
    const checks = checkSourceTotals(read.results, read.totals, read.dropped);
    expect(checks.find((c) => c.measure === 'belowMin')).toMatchObject({ expected: 3, computed: 3, agrees: true });
    const deu = checks.find((c) => c.subject === 'deu_oral');
    expect(deu).toMatchObject({ measure: 'participants', expected: 60.5, computed: 0, agrees: false, rows: [5] });
    expect(deu!.message).toContain('формула шаблона вместо числа');
  });

  it('skips a sheet without result columns and a sheet without a year, saying so', () => {
    const apps = readEgeTemplateSheet(
      sheet('2024', [
        ['Информация о поданных выпускниками школ 2024 года заявлениях на участие в ЕГЭ'],
        [...HEAD, 'Русский язык, чел.'],
        [null, 'СОШ № 1', null, 10, 10],
      ]),
    );
    expect(apps.results).toEqual([]);
    expect(apps.problems).toMatchObject([{ code: 'sheet_skipped', severity: 'info', source: { sheet: '2024', line: 1 } }]);
    const noYear = readEgeTemplateSheet(
      sheet('Лист1', [
        [...HEAD, ...Array(5).fill('Русский язык')],
        [...HEAD, ...M],
        [null, 'СОШ № 1', null, 3, 3],
      ]),
    );
    expect(noYear.problems).toMatchObject([{ code: 'no_year', severity: 'error' }]);
  });

  it('reports impossible counts and text in count cells with where they are', () => {
    const read = readEgeTemplateSheet(
      sheet('2022', [
        [...HEAD, ...Array(5).fill('Физика'), ...Array(5).fill('Астрология')],
        [...HEAD, ...M, ...M],
        ['Район', 'СОШ № 1', null, 5, 4, 6, 0, 0, 40, 1],
        ['Район', 'СОШ № 2', null, 5, 'пять', 1, 0, 0, 40],
      ]),
    );
    expect(read.results).toEqual([]);
    expect(read.problems.map((p) => [p.code, p.severity, p.source.line, p.column])).toEqual([
      ['unknown_subject', 'warning', 2, 'J, K, L, M, N'],
      ['impossible_count', 'error', 3, 'Физика'],
      ['bad_count', 'warning', 4, 'E'],
    ]);
    expect(read.problems[2]!.message).toContain('«пять» — не число в строках 4');
  });
});

describe('formula references', () => {
  it('are columns of A1 references and ranges, never function names', () => {
    expect([...formulaColumns('SUM(T8:V8)')]).toEqual(['T', 'U', 'V']);
    expect([...formulaColumns('SUM(CK8)')]).toEqual(['CK']);
    expect([...formulaColumns('E10+E23+$F$30')]).toEqual(['E', 'F']);
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(104)).toBe('DA');
  });
});
