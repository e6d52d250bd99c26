import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncCatalogues } from '../../../app/catalogues/sync-catalogues.ts';
import { assessmentCalls } from '../../../../test/helpers/assessment-calls.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';

// The real ЕГЭ workbooks of two Far Eastern regions (test/fixtures/ege-dfo), imported through the
// API as an administrator receives them: the regions, municipalities and schools they name are
// created on the proposals, and the shares below the minimum threshold the system then rolls up
// per municipality and region are compared with the files' own total rows.

const FIXTURES = resolve(import.meta.dirname, '../../../../test/fixtures/ege-dfo');
let t: TestApp;
const { call, upload, readAndWait } = assessmentCalls(() => t);

interface Check {
  level: string;
  name: string;
  year: number;
  subject: string;
  measure: string;
  expected: number;
  computed: number;
  agrees: boolean;
  rows: number[];
  message: string;
  shares?: { expected: number | null; computed: number | null };
}

beforeAll(async () => {
  t = await createTestApp();
  await syncCatalogues(t.handle.db, resolve(import.meta.dirname, '../../../../catalogs'));
}, 120_000);
afterAll(async () => t.close());

async function importWorkbook(file: string) {
  const up = await upload(t.cookies.admin, readFileSync(resolve(FIXTURES, file)), file);
  expect(up.statusCode, up.body).toBe(201);
  const { id, preview } = up.json().import;
  expect(preview).toMatchObject({ template: true, kind: 'ege' });
  const imp = await readAndWait(t.cookies.admin, id, { kind: 'ege', mapping: {} });
  expect(imp.status, JSON.stringify(imp.error)).toBe('ready');
  const applied = await call('POST', `/api/assessments/imports/${id}/apply`, t.cookies.admin, { acceptProposals: true });
  expect(applied.statusCode, applied.body).toBe(200);
  return { report: imp.report, applied: applied.json().import };
}

/** Σ of an element over the schools under an organisation, for an exam year: the engine's sum roll-up. */
async function rolledUp(rootId: number, element: string, subject: string, year: number): Promise<number> {
  const r = await sql<{ total: string | null }>`
    select sum(v.value) as total from data_value v
    join org o on o.id = v.org_id
    join org root on root.id = ${rootId}
    join period p on p.id = v.period_id
    where o.path like root.path || '%' and v.data_element_code = ${element}
      and v.breakdown = ${`subject=${subject}`} and p.code = ${`${year - 1}/${year}`}`.execute(t.handle.db);
  return Number(r.rows[0]?.total ?? 0);
}

const orgNamed = (name: string, kind: string) =>
  t.handle.db
    .selectFrom('org')
    .select(['id', 'name', 'parent_id'])
    .where('name', '=', name)
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();

describe('the ЕГЭ workbook of Еврейская автономная область', () => {
  let checks: Check[];
  it('is read as the template: 2024 skipped, regions and municipalities proposed for creation', async () => {
    const { report, applied } = await importWorkbook('evreyskaya_ao_ege_2022-2024.xlsx');
    expect(report.layout).toBe('template');
    expect(report.region).toBe('Еврейская автономная область');
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'sheet_skipped', source: { sheet: '2024', line: 1 } }));
    expect(report.errorRows).toBe(0);
    checks = report.totals;
    expect(applied.status).toBe('applied');
    const region = await orgNamed('Еврейская автономная область', 'region');
    const muns = await t.handle.db
      .selectFrom('org')
      .select('name')
      .where('parent_id', '=', region.id)
      .where('kind', '=', 'municipality')
      .execute();
    expect(muns.map((m) => m.name).sort()).toHaveLength(6);
  });

  it('reports the region total of Обществознание 2023 that is one short of its schools, and nothing else', () => {
    const off = checks.filter((c) => !c.agrees);
    expect(off).toHaveLength(1);
    expect(off[0]).toMatchObject({
      level: 'region',
      year: 2023,
      subject: 'soc',
      measure: 'belowMin',
      expected: 186,
      computed: 187,
      rows: [10],
    });
    expect(off[0]!.message).toContain('ошибка в самой строке итога по региону');
    expect(checks.filter((c) => c.agrees).length).toBeGreaterThan(500);
  });

  it('rolls the loaded values up to the files’ municipality and region figures', async () => {
    const region = await orgNamed('Еврейская автономная область', 'region');
    expect(await rolledUp(region.id, 'ege_below_min', 'rus', 2023)).toBe(8);
    expect(await rolledUp(region.id, 'ege_participants', 'rus', 2023)).toBe(867);
    expect(await rolledUp(region.id, 'ege_below_min', 'math_prof', 2023)).toBe(25);
    expect(await rolledUp(region.id, 'ege_participants', 'math_prof', 2023)).toBe(223);
    // every municipality subtotal row, in every subject and year, against the roll-up of its schools
    const munChecks = checks.filter((c) => c.level === 'municipality' && (c.measure === 'belowMin' || c.measure === 'participants'));
    expect(munChecks.length).toBeGreaterThan(100);
    for (const c of munChecks) {
      const mun = await t.handle.db
        .selectFrom('org')
        .select('id')
        .where('kind', '=', 'municipality')
        .where(sql<boolean>`lower(name) = lower(${c.name})`)
        .executeTakeFirstOrThrow();
      const element = c.measure === 'belowMin' ? 'ege_below_min' : 'ege_participants';
      expect(await rolledUp(mun.id, element, c.subject, c.year), c.message).toBe(c.expected);
    }
  });
});

describe('the ЕГЭ workbook of Забайкальский край', () => {
  let checks: Check[];
  it('imports 2022 and 2023, reporting the template’s formula errors once per column', async () => {
    const { report } = await importWorkbook('zabaykalsky_krai_ege_2022-2024.xlsx');
    checks = report.totals;
    const formula = report.problems.filter((p: { code: string }) => p.code === 'formula_error');
    expect(formula.map((p: { source: { sheet: string }; column: string }) => `${p.source.sheet}:${p.column}`).sort()).toEqual([
      '2022:DA',
      '2023:CL',
      '2023:DA',
      '2023:W',
    ]);
  });

  it('matches the region’s own totals below the minimum threshold', async () => {
    const region = await orgNamed('Забайкальский край', 'region');
    const below = (year: number, subject: string) =>
      checks.find((c) => c.level === 'region' && c.year === year && c.subject === subject && c.measure === 'belowMin');
    expect(below(2023, 'rus')).toMatchObject({ expected: 7, computed: 7, agrees: true });
    expect(below(2023, 'math_prof')).toMatchObject({ expected: 204, computed: 204, agrees: true });
    expect(below(2023, 'chem')).toMatchObject({ expected: 177, computed: 177, agrees: true });
    expect(below(2022, 'math_prof')).toMatchObject({ expected: 322, computed: 322, agrees: true });
    expect(below(2023, 'math_prof')!.shares!.computed).toBeCloseTo((204 * 100) / 1721, 10);
    expect(await rolledUp(region.id, 'ege_below_min', 'rus', 2023)).toBe(7);
    expect(await rolledUp(region.id, 'ege_participants', 'rus', 2023)).toBe(4955);
    expect(await rolledUp(region.id, 'ege_below_min', 'chem', 2023)).toBe(177);
    expect(await rolledUp(region.id, 'ege_participants', 'chem', 2023)).toBe(568);
    expect(await rolledUp(region.id, 'ege_below_min', 'math_prof', 2022)).toBe(322);
    expect(await rolledUp(region.id, 'ege_participants', 'math_prof', 2022)).toBe(1886);
  });

  it('reports where the total row itself is not the sum of its schools, with the rows behind it', () => {
    const off = checks.filter((c) => !c.agrees);
    expect(off.map((c) => `${c.year}:${c.subject}:${c.measure}`).sort()).toEqual(['2022:deu:ge80', '2023:hist:ge80', '2023:hist:score100']);
    const hist100 = off.find((c) => c.subject === 'hist' && c.measure === 'score100')!;
    expect(hist100).toMatchObject({ expected: 0, computed: 3 });
    expect(hist100.rows.length).toBeGreaterThan(0);
    expect(hist100.message).toContain('ненулевые значения в строках школ');
  });

  it('puts the schools of the regional ministry under the region, the others under their municipality', async () => {
    const region = await orgNamed('Забайкальский край', 'region');
    const lyceum = await t.handle.db
      .selectFrom('org')
      .select(['parent_id'])
      .where('name', 'like', 'Частное общеобразовательное учреждение "Гимназия%Радуга"')
      .executeTakeFirstOrThrow();
    expect(lyceum.parent_id).toBe(region.id);
    const chita = await t.handle.db
      .selectFrom('org')
      .select('id')
      .where('kind', '=', 'municipality')
      .where('name', '=', 'Комитет образования администрации городского округа "Город Чита"')
      .executeTakeFirstOrThrow();
    const schools = await t.handle.db.selectFrom('org').select('id').where('parent_id', '=', chita.id).execute();
    expect(schools.length).toBeGreaterThan(30);
  });
});
