import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { exportCatalogueWorkbook, readCatalogueWorkbook, SHEETS } from './catalogue-workbook.ts';

const mechanisms: Catalogue = {
  code: 'test-mechanisms',
  version: 1,
  kind: 'mechanisms',
  name: 'Тест',
  validFrom: '2024-01-01',
  validTo: null,
  source: 'seed',
  precision: 0.01,
  blocks: [
    {
      code: 'B1',
      name: 'Блок',
      directions: [
        { code: 'D1', name: 'Направление', positions: [{ code: 'P1', component: 'aims', name: 'Цели', maxPoints: 2, source: '§1' }] },
      ],
    },
  ],
  components: [{ code: 'aims', name: 'Цели', block: 'conceptual' }],
};

/** The exported workbook with cells rewritten as a methodologist would type them in Excel. */
async function typed(change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportCatalogueWorkbook(mechanisms, [])) as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function metaRow(wb: ExcelJS.Workbook, name: string): ExcelJS.Row {
  const ws = wb.getWorksheet(SHEETS.meta)!;
  for (let n = 1; n <= ws.rowCount; n++) if (ws.getRow(n).getCell(1).value === name) return ws.getRow(n);
  throw new Error(`no row ${name}`);
}

describe('readCatalogueWorkbook reads numbers as people write them', () => {
  it('«1 234,5» with a space, a no-break or a narrow no-break space is 1234.5, never NaN', async () => {
    const file = await typed((wb) => {
      metaRow(wb, 'Точность').getCell(2).value = '1 234,5';
      metaRow(wb, 'Минимальная полнота').getCell(2).value = '0,75';
      wb.getWorksheet(SHEETS.positions)!.getRow(2).getCell(5).value = '1\u00a0234,5';
    });
    const read = await readCatalogueWorkbook(file);
    expect(read.issues).toEqual([]);
    expect(read.raw).toMatchObject({ precision: 1234.5, minCompleteness: 0.75 });
    const blocks = read.raw?.blocks as { directions: { positions: { maxPoints: unknown }[] }[] }[];
    expect(blocks[0]?.directions[0]?.positions[0]?.maxPoints).toBe(1234.5);
  });

  it('keeps what is not a number for the schema to refuse', async () => {
    const file = await typed((wb) => {
      metaRow(wb, 'Точность').getCell(2).value = 'сотые';
      wb.getWorksheet(SHEETS.positions)!.getRow(2).getCell(5).value = 'два';
    });
    const read = await readCatalogueWorkbook(file);
    expect(read.raw?.precision).toBeNaN();
    const blocks = read.raw?.blocks as { directions: { positions: { maxPoints: unknown }[] }[] }[];
    expect(blocks[0]?.directions[0]?.positions[0]?.maxPoints).toBe('два');
  });
});
