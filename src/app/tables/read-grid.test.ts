import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { countTurns } from '../../../test/helpers/count-turns.ts';
import { sheetRows, xlsxCell } from './read-grid.ts';

describe('sheetRows', () => {
  it('reads every row to the widest, a few thousand rows per turn of the event loop', async () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Результаты');
    sheet.addRow(['Код', 'Предмет', 'Отметка', 'Балл', 'Класс', 'Год', 'Вид', 'Примечание']);
    for (let r = 2; r <= 10_000; r++) sheet.addRow([`99-01-${r}`, 'Математика', (r % 4) + 2, r % 30, 9, 2025, 'ОГЭ']);
    sheet.getCell('H5000').value = 'пересдача';

    const { result: rows, turns } = await countTurns(() => sheetRows(sheet, xlsxCell));

    expect(rows).toHaveLength(10_000);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    expect(rows[1]).toEqual(['99-01-2', 'Математика', 4, 2, 9, 2025, 'ОГЭ', null]);
    expect(rows[4999]![7]).toBe('пересдача');
    // 10,000 rows at 500 a turn: other callbacks ran between the turns, not only after
    expect(turns).toBeGreaterThanOrEqual(4);
  });
});
