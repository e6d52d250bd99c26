import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runRate } from './rate-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'soko-rate-seed-'));
const SOKO = resolve(import.meta.dirname, '../../../bin/soko.js');

// 000 §1: «…в сводном рейтинге субъектов Российской Федерации Хабаровский край … находится в
// желтой зоне (48 баллов), занимает 29 – 40 позицию» with «желтая зона … 58 – 47 баллов».
// 41 objects, scores = values (best 100): 28 above, 12 at 47,55–48,44 (Хабаровский край at 48
// among them: 5 above it, one more at 48,00, 5 below), one below (44).
const above = Array.from({ length: 28 }, (_, i) => (i === 0 ? 100 : 60 + i));
const band = [48.1, 48.2, 48.3, 48.4, 48.44, 48, 47.55, 47.6, 47.7, 47.8, 47.9];
const rows: [string, number][] = [
  ...above.map((v, i): [string, number] => [`Регион выше ${i + 1}`, v]),
  ...band.map((v, i): [string, number] => [`Регион рядом ${i + 1}`, v]),
  ['Хабаровский край', 48],
  ['Регион ниже', 44],
];

async function table(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Данные');
  ws.addRow(['Субъект', 'K1']);
  for (const r of rows) ws.addRow(r);
  const path = join(dir, 'regions.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

async function sheet(path: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const got: unknown[][] = [];
  wb.getWorksheet(name)?.eachRow((row) => got.push((row.values as unknown[]).slice(1)));
  return got;
}

async function rowOf(path: string, object: string): Promise<Record<string, unknown>> {
  const [header, ...data] = await sheet(path, 'Рейтинг');
  const row = data.find((r) => r[0] === object) ?? [];
  return Object.fromEntries((header ?? []).map((h, i) => [String(h), row[i]]));
}

const khabarovsk = (path: string) => rowOf(path, 'Хабаровский край');

describe('soko rate: places and zones on whole points, as 000 publishes them (issue 27 §3)', () => {
  it('prints «29–40» and «Желтая зона» for the object at 48 with no option but --zones 2021', async () => {
    expect(rows).toHaveLength(41);
    const input = await table();
    const out = join(dir, 'regions.rating.xlsx');
    const stdout = execFileSync(process.execPath, [SOKO, 'rate', input, '--zones', '2021', '--out', out], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, SOKO_DEMO: '0' },
    });
    expect(stdout).toContain('Рейтинг записан');
    const k = await khabarovsk(out);
    expect(k['Сводное место']).toBe('29–40');
    expect(k['Зона']).toBe('Желтая зона');
    expect(k['Сводный балл']).toBe(48); // shown to 0,01; places decided on whole points
  }, 150_000);

  it('a precision of 0,01 (explicit now) gives the «34–35» the seed does not publish', async () => {
    const out = join(dir, 'regions.fine.xlsx');
    await runRate(await table(), { out, zones: '2021', precision: '0.01' });
    expect((await khabarovsk(out))['Сводное место']).toBe('34–35');
  });
});

describe('soko rate: a missing value scores 0, as 000 divides (issue 27 §2)', () => {
  // 000 §2.2: «Балл по направлению = сумма баллов по показателям / Количество показателей в П».
  async function threeRegions(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Данные');
    ws.addRow(['Субъект', 'K1', 'K2']);
    ws.addRow(['Лидер', 100, 100]);
    ws.addRow(['Всё представил', 96, 2]);
    ws.addRow(['Пропуск', 96, null]);
    const path = join(dir, 'three.xlsx');
    await wb.xlsx.writeFile(path);
    return path;
  }

  it('the region that left K2 empty gets (96 + 0) / 2 = 48, below the one that reported 2', async () => {
    const out = join(dir, 'three.rating.xlsx');
    await runRate(await threeRegions(), { out });
    const gap = await rowOf(out, 'Пропуск');
    const full = await rowOf(out, 'Всё представил');
    expect([gap['Сводный балл'], gap['Сводное место']]).toEqual([48, 3]);
    expect([full['Сводный балл'], full['Сводное место']]).toEqual([49, 2]);
    const notes = (await sheet(out, 'Пояснения')).filter((r) => r[0] === 'Пропуск' && r[1] === 'Сводный балл');
    expect(String(notes[0]?.[2])).toContain('K2: показатель не представлен — 0 баллов');
    const rules = (await sheet(out, 'Правила')).map((r) => String(r[0]));
    expect(rules.some((r) => r.includes('минимальной полноты нет'))).toBe(true);
  });

  it('the mean of reported values only with --missing exclude, stated as a deviation', async () => {
    const out = join(dir, 'three.exclude.xlsx');
    await runRate(await threeRegions(), { out, missing: 'exclude' });
    expect((await rowOf(out, 'Пропуск'))['Сводный балл']).toBe(96);
    const rules = (await sheet(out, 'Правила')).map((r) => String(r[0]));
    expect(rules.some((r) => r.startsWith('Отступление управления от методики'))).toBe(true);
  });
});
