import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { validateCatalogue } from '../../domain/catalogue/validate-catalogue.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { canonicalHash } from './canonical-hash.ts';
import { exportCatalogueWorkbook, readCatalogueWorkbook } from './catalogue-workbook.ts';
import { elementsUsedBy } from './catalogue-queries.ts';
import { loadDataElements, syncCatalogues, type SyncReport } from './sync-catalogues.ts';

const CATALOG_DIR = resolve(import.meta.dirname, '../../../catalogs');
let handle: DatabaseHandle;
let report: SyncReport;
let catalogues: Catalogue[];

beforeAll(async () => {
  handle = await createTestDatabase();
  report = await syncCatalogues(handle.db, CATALOG_DIR);
  const rows = await handle.db.selectFrom('framework').select('content').execute();
  catalogues = rows.map((r) => r.content as Catalogue);
});
afterAll(async () => {
  await handle.close();
});

const byCode = (code: string) => {
  const c = catalogues.find((x) => x.code === code);
  if (!c) throw new Error(`catalogue ${code} not loaded`);
  return c;
};

describe('the shipped catalogues', () => {
  it('all load: every formula refers to existing data elements, no cycles, no refusals', () => {
    expect(report.refused).toEqual([]);
    expect(report.loaded.length).toBeGreaterThanOrEqual(3);
  });

  it('load once: a second start finds them unchanged', async () => {
    const again = await syncCatalogues(handle.db, CATALOG_DIR);
    expect(again.loaded).toEqual([]);
    expect(again.unchanged.sort()).toEqual(report.loaded.sort());
  });

  it('seed 001: the catalogue matches the names copied from the seed', () => {
    const seed = byCode('seed001-municipal');
    const lines = readFileSync(resolve(import.meta.dirname, '../../../test/fixtures/seed001-indicator-names.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // 85 bullets in the seed; repeats and the bundled ЕГЭ bands are resolved in the catalogue.
    expect(lines).toHaveLength(85);
    const indicators = seed.indicators ?? [];
    const names = new Set(indicators.map((i) => i.name));
    const notes = indicators.map((i) => i.note ?? '').join('\n');
    const unmatched = lines.filter((line) => !names.has(line) && !notes.includes(line));
    expect(unmatched).toEqual([]);
    // Every indicator either carries a seed name verbatim or says in its note how it differs.
    const invented = indicators.filter((i) => !lines.includes(i.name) && !i.note);
    expect(invented.map((i) => i.code)).toEqual([]);
    expect(seed.blocks.flatMap((b) => b.directions)).toHaveLength(8);
    // The ЕГЭ bands bullet is split into four indicators.
    expect(indicators.filter((i) => /от 70|от 80|от 90|100 баллов/.test(i.name) && /по предметам по выбору/.test(i.name)).length).toBe(4);
    // Some indicators belong to two directions.
    expect(indicators.some((i) => i.directions.length > 1)).toBe(true);
  });

  it('export to XLSX and import back gives an equal catalogue, for every catalogue', async () => {
    const elements = await loadDataElements(handle.db);
    for (const catalogue of catalogues) {
      const file = await exportCatalogueWorkbook(catalogue, elementsUsedBy(catalogue, elements));
      const read = await readCatalogueWorkbook(file);
      expect(read.issues, catalogue.code).toEqual([]);
      const checked = validateCatalogue(read.raw, 'книга', elements);
      expect(checked.ok ? [] : checked.issues, catalogue.code).toEqual([]);
      if (checked.ok) expect(canonicalHash(checked.value), catalogue.code).toBe(canonicalHash(catalogue));
    }
  });
});
