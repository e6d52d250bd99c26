import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { mergedRangeBomb, manyCells, workbookWithSheet } from '../../../test/helpers/hostile-workbooks.ts';
import { SheetXmlScanner } from '../../domain/tables/sheet-xml-scanner.ts';
import { DEFAULT_WORKBOOK_BUDGET, type WorkbookBudget } from '../../domain/tables/workbook-budget.ts';
import { inspectWorkbook } from './inspect-workbook.ts';
import { loadWorkbook } from './load-workbook.ts';

const TEMPLATE: WorkbookBudget = { label: 'шаблона кампании', sheets: 10, cells: 60_000, rows: 2_000, columns: 30, rangeCells: 60_000 };
const overBudget = (message: RegExp) => ({ kind: 'over_budget', message: expect.stringMatching(message) as unknown });

describe('SheetXmlScanner', () => {
  it('counts cells, rows, extents and ranges, whatever the chunk boundaries', () => {
    const text =
      '<sheetData><row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><x:row><x:c r="AA9" t="s"><x:v>0</x:v></x:c></x:row></sheetData>' +
      '<mergeCells><mergeCell ref="A1:C3"/><mergeCell ref=\'D4:D5\'/></mergeCells>' +
      '<dataValidations><dataValidation type="list" sqref="F5:F14 H1"/></dataValidations>';
    for (const size of [1, 7, 64, text.length]) {
      const scanner = new SheetXmlScanner();
      for (let i = 0; i < text.length; i += size) scanner.feed(text.slice(i, i + size));
      scanner.end();
      expect(scanner.stats).toEqual({
        cells: 3,
        rows: 2,
        maxRow: 9,
        maxColumn: 27,
        mergedCells: 11,
        largestMerge: 'A1:C3',
        validatedCells: 11,
        largestValidation: 'F5:F14',
        declaredColumns: 0,
        oversizedTag: false,
      });
    }
  });
});

describe('inspectWorkbook', () => {
  it('refuses the 1.5 KB merged-range bomb A1:Z600000, naming the sheet, the range and the limit', async () => {
    const bomb = mergedRangeBomb();
    expect(bomb.length).toBeLessThan(2048);
    const verdict = await inspectWorkbook(bomb, TEMPLATE);
    expect(verdict).toEqual(
      overBudget(
        /^Лист «Форма»: объединённые ячейки \(самое большое объединение — A1:Z600000\) занимают 15\s600\s000 ячеек, а для шаблона кампании допустимо не более 60\s000\./,
      ),
    );
  });

  it('refuses a sheet of many small cells once the budget is spent', async () => {
    const verdict = await inspectWorkbook(manyCells(100_000, 20), { ...TEMPLATE, rows: 10_000 });
    expect(verdict).toEqual(overBudget(/^Лист «Форма»: (данные или оформление занимают область|в книге больше 60\s000 ячеек)/));
  });

  it('refuses too many columns, too many rows, and a single far cell', async () => {
    const wide = workbookWithSheet('<sheetData><row r="1"><c r="AZ1"><v>1</v></c></row></sheetData>');
    expect(await inspectWorkbook(wide, TEMPLATE)).toEqual(overBudget(/столбец AZ \(52-й\).*не более 30 столбцов/));
    const tall = workbookWithSheet('<sheetData><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>');
    expect(await inspectWorkbook(tall, TEMPLATE)).toEqual(overBudget(/строка 1\s048\s576.*не более 2\s000 строк/));
  });

  it('refuses validations and named ranges that a parser expands cell by cell', async () => {
    const validated = workbookWithSheet(
      '<sheetData/><dataValidations count="1"><dataValidation type="whole" sqref="A1:Z600000"/></dataValidations>',
    );
    expect(await inspectWorkbook(validated, TEMPLATE)).toEqual(overBudget(/проверка данных \(диапазон A1:Z600000\)/));
    const named = workbookWithSheet('<sheetData/>', {
      bookExtra: '<definedNames><definedName name="всё">Форма!$A$1:$Z$600000</definedName></definedNames>',
    });
    expect(await inspectWorkbook(named, TEMPLATE)).toEqual(overBudget(/именованные диапазоны \(самый большой — «всё»\)/));
  });

  it('scans every part ExcelJS reads as a sheet, not only the well-named ones', async () => {
    // ExcelJS matches /xl\/worksheets\/sheet(\d+)[.]xml/ anywhere in the name and parses such a part cell by cell
    const merge = '<sheetData/><mergeCells count="1"><mergeCell ref="A1:Z600000"/></mergeCells>';
    for (const name of ['xl/worksheets/sheet1.xml.bak', 'axl/worksheets/sheet1.xml', 'docs/xl/worksheets/sheet2.xml.old']) {
      const crafted = workbookWithSheet('<sheetData/>', { extraParts: [{ name, sheetBody: merge }] });
      expect(await inspectWorkbook(crafted, TEMPLATE)).toEqual(
        overBudget(/^В книге: объединённые ячейки \(самое большое объединение — A1:Z600000\)/),
      );
    }
  });

  it('reads a part under the name JSZip gives it, the Info-ZIP Unicode Path when one is declared', async () => {
    const merge = '<sheetData/><mergeCells count="1"><mergeCell ref="A1:Z600000"/></mergeCells>';
    const crafted = workbookWithSheet('<sheetData/>', {
      extraParts: [{ name: 'notes.txt', unicodePath: 'xl/worksheets/sheet2.xml', sheetBody: merge }],
    });
    expect(await inspectWorkbook(crafted, TEMPLATE)).toEqual(
      overBudget(/^В книге: объединённые ячейки \(самое большое объединение — A1:Z600000\)/),
    );
  });

  it('refuses a tag padded past the scanner’s limit instead of skipping it', async () => {
    const pad = ' '.repeat(2 * 1024 * 1024);
    for (const body of [
      `<sheetData/><mergeCells count="1"><mergeCell ref="A1:Z600000" pad="${pad}"/></mergeCells>`,
      `<sheetData><row r="1048576"${pad}><c r="A1048576"><v>1</v></c></row></sheetData>`,
      `<sheetData><row r="1"><c r="ZZ1"${pad}><v>1</v></c></row></sheetData>`,
    ]) {
      expect(await inspectWorkbook(workbookWithSheet(body), TEMPLATE)).toEqual(
        overBudget(/^Лист «Форма»: в разметке листа есть элемент длиннее 1 МБ.*повреждён или составлен вручную/),
      );
    }
  });

  it('reads a run of unclosed tags in linear time (it took 2 s per 64 KiB chunk, holding the server)', async () => {
    const stuck = workbookWithSheet(`<sheetData>${'<c '.repeat(400_000)}`);
    // the part is malformed XML: the scanner finds nothing to count and leaves the refusal to the parser
    expect(await inspectWorkbook(stuck, TEMPLATE)).toBeNull();
  }, 20_000);

  it('reads entity-escaped range attributes as a parser does', async () => {
    const escaped = workbookWithSheet('<sheetData/><mergeCells count="1"><mergeCell ref="A1&#58;Z600000"/></mergeCells>');
    expect(await inspectWorkbook(escaped, TEMPLATE)).toEqual(overBudget(/объединённые ячейки \(самое большое объединение — A1:Z600000\)/));
  });

  it('refuses column ranges beyond Excel’s 16,384 columns, which ExcelJS allocates one by one', async () => {
    for (const col of ['<col min="1" max="50000000" width="9"/>', '<col min="3000000" max="1" width="9"/>']) {
      const wide = workbookWithSheet(`<cols>${col}</cols><sheetData/>`);
      expect(await inspectWorkbook(wide, TEMPLATE)).toEqual(overBudget(/^Лист «Форма»: ширина или формат заданы для столбцов до \d/));
    }
    // LibreOffice and Excel describe trailing default columns up to the last one, XFD (16,384): not an attack
    const saved = workbookWithSheet(
      '<cols><col min="1" max="3" width="12"/><col min="4" max="1024" width="9"/><col min="1025" max="16384" width="9"/></cols>' +
        '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>',
    );
    expect(await inspectWorkbook(saved, TEMPLATE)).toBeNull();
  });

  it('lets a real workbook through, and whole-column validations too', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Форма');
    for (let r = 1; r <= 500; r++) ws.addRow([`строка ${r}`, r, r * 2]);
    ws.mergeCells('A1:C1');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await inspectWorkbook(bytes, TEMPLATE)).toBeNull();
    const columnRule = workbookWithSheet(
      '<sheetData/><dataValidations count="1"><dataValidation type="whole" sqref="A:A"/></dataValidations>',
    );
    expect(await inspectWorkbook(columnRule, TEMPLATE)).toBeNull();
  });
});

describe('loadWorkbook', () => {
  it('parses a legitimate workbook off the event loop into the same cells, formulas and merges', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Данные');
    ws.addRow(['Код', 'Значение', 'Дата']);
    ws.addRow(['99-01', 12.5, new Date(Date.UTC(2024, 8, 1))]);
    ws.getCell('D2').value = { formula: 'B2*2', result: 25 };
    ws.getCell('A4').value = 'итого по округу';
    ws.mergeCells('A4:C4');
    wb.addWorksheet('Второй').getCell('B3').value = 'x';
    const loaded = await loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'не книга', DEFAULT_WORKBOOK_BUDGET);
    const book = loaded.workbook!;
    expect(book.worksheets.map((w) => w.name)).toEqual(['Данные', 'Второй']);
    const sheet = book.getWorksheet('Данные')!;
    expect(sheet.getRow(2).getCell(2).value).toBe(12.5);
    expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2024, 8, 1)));
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Formula);
    expect(sheet.getCell('D2').value).toMatchObject({ formula: 'B2*2', result: 25 });
    expect(sheet.getCell('B4').isMerged).toBe(true);
    expect(sheet.getCell('C4').master.address).toBe('A4');
    expect(sheet.getCell('C4').value).toBe('итого по округу');
    expect(book.getWorksheet('Второй')!.getCell('B3').value).toBe('x');
  });

  it('answers the caller’s own message for a broken file and the budget’s for a bomb', async () => {
    expect(await loadWorkbook(Uint8Array.from([1, 2, 3]), 'не книга', DEFAULT_WORKBOOK_BUDGET)).toEqual({ problem: 'не книга' });
    const broken = workbookWithSheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>').subarray(0, 300);
    expect(await loadWorkbook(broken, 'не книга', DEFAULT_WORKBOOK_BUDGET)).toEqual({ problem: 'не книга' });
    expect((await loadWorkbook(mergedRangeBomb(), 'не книга', DEFAULT_WORKBOOK_BUDGET)).problem).toMatch(
      /^Лист «Форма»: объединённые ячейки/,
    );
  });
});
