import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvEncoding, csvRecords, CsvRecordParser } from './csv-row-stream.ts';

const dir = mkdtempSync(join(tmpdir(), 'csv-stream-'));

async function all(path: string) {
  const rows = [];
  for await (const batch of csvRecords(path)) rows.push(...batch);
  return rows;
}

describe('streaming CSV', () => {
  it('gives the same records whatever the chunking, with the lines they start on', () => {
    const text = 'a;b\r\n"x;""y""";"multi\nline"\n3;4';
    const whole: { cells: string[]; line: number }[] = [];
    const p = new CsvRecordParser(';');
    p.push(text, whole);
    p.end(whole);
    expect(whole).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['x;"y"', 'multi\nline'], line: 2 },
      { cells: ['3', '4'], line: 4 },
    ]);
    for (let size = 1; size <= 5; size++) {
      const out: typeof whole = [];
      const q = new CsvRecordParser(';');
      for (let i = 0; i < text.length; i += size) q.push(text.slice(i, i + size), out);
      q.end(out);
      expect(out).toEqual(whole);
    }
  });
  it('reads Windows-1251 and UTF-8 with a BOM', async () => {
    const cp = join(dir, 'cp1251.csv');
    const text = 'Школа;Предмет\r\nМБОУ СОШ № 1;Русский язык\r\n';
    const bytes = Buffer.from(new Uint8Array([...text].map((ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : encode1251(ch)))));
    writeFileSync(cp, bytes);
    expect(await csvEncoding(cp)).toBe('windows-1251');
    expect((await all(cp))[1]!.cells).toEqual(['МБОУ СОШ № 1', 'Русский язык']);
    const u8 = join(dir, 'bom.csv');
    writeFileSync(u8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('код,предмет\n1,Физика\n')]));
    expect((await all(u8)).map((r) => r.cells)).toEqual([
      ['код', 'предмет'],
      ['1', 'Физика'],
    ]);
  });
});

/** Windows-1251 of Cyrillic letters and №. */
function encode1251(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
  if (ch === 'ё') return 0xb8;
  if (ch === 'Ё') return 0xa8;
  if (ch === '№') return 0xb9;
  throw new Error(`no 1251 for ${ch}`);
}
