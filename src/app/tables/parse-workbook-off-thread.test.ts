import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { countTurns } from '../../../test/helpers/count-turns.ts';
import { workbookFromModel } from './parse-workbook-off-thread.ts';

describe('workbookFromModel', () => {
  it('rebuilds a large sheet in turns of the event loop, with every row and merge', async () => {
    const source = new ExcelJS.Workbook();
    const big = source.addWorksheet('Участники');
    for (let r = 1; r <= 20_000; r++) big.addRow([`99-01-${r}`, r % 5, r * 0.5]);
    big.getCell('E1').value = 'шапка';
    big.mergeCells('E1:G2');
    source.addWorksheet('Справка').getCell('A1').value = 'второй лист';
    const model = source.model;

    const { result: book, turns } = await countTurns(() => workbookFromModel(model));

    const sheet = book.getWorksheet('Участники')!;
    expect(sheet.rowCount).toBe(20_000);
    expect(sheet.getRow(20_000).getCell(1).value).toBe('99-01-20000');
    expect(sheet.getCell('C7').value).toBe(3.5);
    expect(sheet.getCell('G2').isMerged).toBe(true);
    expect(sheet.getCell('G2').value).toBe('шапка');
    expect(book.getWorksheet('Справка')!.getCell('A1').value).toBe('второй лист');
    // 20,000 rows at 2,000 a turn: other callbacks ran between the turns, not only after
    expect(turns).toBeGreaterThanOrEqual(9);
  });
});
