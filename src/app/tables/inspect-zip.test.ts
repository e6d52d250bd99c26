import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipArchive } from '../../../test/helpers/zip-archive.ts';
import { inspectZip } from './inspect-zip.ts';

const SMALL = { unpackedBytes: 1024 * 1024, entries: 100 };

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Лист1').addRow(['Школа № 1', 12.5]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('inspecting an uploaded archive before it is unpacked', () => {
  it('lets a real workbook through', async () => {
    expect(inspectZip(await workbook())).toBeNull();
    expect(inspectZip(await workbook(), SMALL)).toBeNull();
  });

  it('refuses a part that unpacks beyond the budget, however small the file', () => {
    const bomb = zipArchive([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(3 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(10_000);
    expect(inspectZip(bomb, SMALL)).toMatchObject({ kind: 'too_big' });
  });

  it('is not fooled by headers that claim a small size', () => {
    const liar = zipArchive([{ name: 'a.xml', data: Buffer.alloc(3 * 1024 * 1024), claimedSize: 10 }]);
    expect(inspectZip(liar, SMALL)).toMatchObject({ kind: 'too_big' });
  });

  it('counts the budget over all parts', () => {
    const parts = Array.from({ length: 5 }, (_, i) => ({ name: `p${i}.xml`, data: Buffer.alloc(300 * 1024) }));
    expect(inspectZip(zipArchive(parts.slice(0, 3)), SMALL)).toBeNull();
    expect(inspectZip(zipArchive(parts), SMALL)).toMatchObject({ kind: 'too_big' });
  });

  it('refuses more parts than a workbook has', () => {
    const parts = Array.from({ length: 101 }, (_, i) => ({ name: `p${i}.xml`, data: Buffer.from('x') }));
    expect(inspectZip(zipArchive(parts), SMALL)).toEqual({ kind: 'too_many_parts', entries: 101 });
  });

  it('says "not a ZIP" for text, random bytes, an empty file and a cut-off workbook', async () => {
    const book = await workbook();
    const random = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256));
    for (const bytes of [Buffer.from('Код;Значение\r\n'), random, Buffer.alloc(0), book.subarray(0, book.length - 30)]) {
      expect(inspectZip(bytes)).toEqual({ kind: 'not_zip' });
    }
  });

  it('says "not a ZIP" for a part whose deflated data is broken', () => {
    const archive = zipArchive([{ name: 'a.xml', data: Buffer.from('<a>'.repeat(1000)) }]);
    const broken = Buffer.from(archive);
    broken.fill(0xff, 34, 60);
    expect(inspectZip(broken)).toEqual({ kind: 'not_zip' });
  });
});
