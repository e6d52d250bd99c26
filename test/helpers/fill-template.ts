import ExcelJS from 'exceljs';

/** Fills column F («Значение») of a campaign template by field key, as a user does in Excel. */
export async function fillTemplate(template: Buffer, values: Record<string, string | number>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) => {
      const key = row.getCell(1).value;
      if (typeof key === 'string' && key in values) row.getCell(6).value = values[key] ?? null;
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
