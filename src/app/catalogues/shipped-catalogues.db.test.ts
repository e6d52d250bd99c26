import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { zoneYears } from '../../domain/catalogue/zone-thresholds.ts';
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

/** A catalogue by code: the given version, or the newest. */
const byCode = (code: string, version?: number) => {
  const c = catalogues
    .filter((x) => x.code === code && (version === undefined || x.version === version))
    .sort((a, b) => b.version - a.version)[0];
  if (!c) throw new Error(`catalogue ${code} not loaded`);
  return c;
};

describe('the shipped catalogues', () => {
  it('all load: every formula refers to existing data elements, no cycles, no refusals', () => {
    expect(report.refused).toEqual([]);
    expect(report.loaded.sort()).toEqual([
      'fioko-mechanisms v1',
      'fioko-mechanisms v2',
      'motivating-monitoring v1',
      'motivating-monitoring v2',
      'seed001-municipal v1',
      'seed001-municipal v2',
      'seed003-leaders v1',
      'seed003-leaders v2',
      'seed004-spassk v1',
    ]);
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

  it('FIOKO: 2 blocks, 8 directions and the optional ninth, 9 components in 3 blocks, every position citing its source', () => {
    const fioko = byCode('fioko-mechanisms', 2);
    expect(fioko.kind).toBe('mechanisms');
    expect(fioko.blocks).toHaveLength(2);
    const directions = fioko.blocks.flatMap((b) => b.directions);
    expect(directions.filter((d) => !d.optional)).toHaveLength(8);
    expect(directions.filter((d) => d.optional).map((d) => d.name)).toEqual([
      expect.stringMatching(/^Система объективности процедур оценки качества образования и олимпиад школьников/i),
    ]);
    expect(fioko.components?.map((c) => c.block)).toEqual([
      'conceptual',
      'conceptual',
      'conceptual',
      'process',
      'process',
      'process',
      'management',
      'management',
      'management',
    ]);
    // Version 2 (issue #27 §1): 100 points per direction, so every whole percentage seed 004 publishes is reachable.
    for (const d of directions) {
      const components = new Set(d.positions?.map((p) => p.component));
      expect(components.size, d.code).toBe(9);
      expect(
        d.positions?.reduce((s, p) => s + p.maxPoints, 0),
        d.code,
      ).toBe(100);
      for (const p of d.positions ?? []) expect(p.source, p.code).toMatch(/^00[034]/);
    }
    expect(directions.map((d) => d.name)).toEqual(
      expect.arrayContaining(['Система оценки качества подготовки обучающихся', 'Система мониторинга качества дошкольного образования']),
    );
  });

  it('motivating monitoring: a historical version with its dates, 3 directions and the 2021 zones', () => {
    const mm = byCode('motivating-monitoring');
    expect(mm.validTo).toBe('2023-08-07');
    expect(mm.blocks.flatMap((b) => b.directions)).toHaveLength(3);
    expect(zoneYears(mm.scoring)).toEqual([
      expect.objectContaining({
        year: 2021,
        bands: [
          expect.objectContaining({ zone: 'green', min: 59, max: 82 }),
          expect.objectContaining({ zone: 'yellow', min: 47, max: 58 }),
          expect.objectContaining({ zone: 'red', min: 43, max: 45 }),
        ],
      }),
    ]);
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
