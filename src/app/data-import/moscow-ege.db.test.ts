import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseChecksum } from '../../../test/helpers/database-checksum.ts';
import { moscowDatabase } from '../../../test/helpers/moscow-database.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import type { DataTableMapping } from '../../domain/data-import/data-table-mapping.ts';
import { AppError } from '../app-error.ts';
import { expireAbandonedImports } from '../assessments/import-files.ts';
import type { UseCaseContext } from '../context.ts';
import { applyDataImport } from './apply-data-import.ts';
import { prepareDataImport } from './prepare-data-import.ts';

const FILE = resolve(import.meta.dirname, '../../../test/fixtures/moscow-ege/data-9722-2016-10-31.csv');
const NAME = 'data-9722-2016-10-31.csv';
const bytes = readFileSync(FILE);

/** The file read independently of the importer: every line is `"…";"…";…;` with no line breaks inside quotes. */
const lines = bytes
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const header = lines[0]!.split(';').map((c) => c.replace(/^"|"$/g, ''));
const records = lines.slice(1).map((l) => {
  const cells = l.split('";"').map((c) => c.replace(/^"|";?\r?$/g, ''));
  return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
});

const mapping: DataTableMapping = {
  columns: {
    AdmArea: { role: 'municipality' },
    EDU_NAME: { role: 'org_name' },
    OGRN: { role: 'org_ogrn' },
    PASSED_NUMBER_FULL: {
      role: 'new_element',
      code: 'ege_graduates',
      name: 'Выпускники, сдававшие ЕГЭ',
      unit: 'persons',
      valueType: 'integer',
    },
    PASSES_OVER_220: {
      role: 'new_element',
      code: 'ege_over_220',
      name: 'Выпускники с суммой баллов ЕГЭ по трём предметам больше 220',
      unit: 'persons',
      valueType: 'integer',
    },
  },
  shares: [
    {
      code: 'ege_share_over_220',
      name: 'Доля выпускников с суммой баллов ЕГЭ больше 220',
      numerator: 'PASSES_OVER_220',
      denominator: 'PASSED_NUMBER_FULL',
    },
  ],
};

let handle: DatabaseHandle;
let ctx: UseCaseContext;
let uploadsDir: string;

beforeAll(async () => {
  // An empty system: the region only, created by hand as the first-run setup does.
  const moscow = await moscowDatabase('first.admin');
  ({ handle, ctx } = moscow);
  expect(moscow.region.kind).toBe('region');
  uploadsDir = mkdtempSync(join(tmpdir(), 'soko-data-import-test-'));
});
afterAll(async () => {
  await handle.close();
  rmSync(uploadsDir, { recursive: true, force: true });
});

describe('the Moscow ЕГЭ table into an empty register', () => {
  it('has 626 schools in 10 okrugs, each with its own ОГРН', () => {
    expect(records).toHaveLength(626);
    expect(new Set(records.map((r) => r.AdmArea)).size).toBe(10);
    expect(new Set(records.map((r) => r.OGRN)).size).toBe(626);
  });

  it('proposes the okrugs and schools for creation and all values as new, with no errors', async () => {
    const plan = await prepareDataImport(ctx, { bytes, fileName: NAME, periodCode: '2015/2016', mapping });
    const p = plan.preview;
    expect(p.issues).toEqual([]);
    expect(p.territory).toEqual({ code: '77', name: 'Москва' });
    expect(p.counts).toMatchObject({
      new: 2 * 626,
      changed: 0,
      unchanged: 0,
      rowsMatched: 626,
      rowsNotMatched: 0,
      orgsToCreate: 626,
      placesToCreate: 10,
    });
    expect(p.elements.map((e) => [e.code, e.isNew])).toEqual([
      ['ege_graduates', true],
      ['ege_over_220', true],
    ]);
    expect(p.pairs).toEqual([{ numerator: 'ege_over_220', denominator: 'ege_graduates' }]);
    expect(p.ownCatalogue).toEqual({ code: 'own-77', newVersion: true, shares: ['Доля выпускников с суммой баллов ЕГЭ больше 220'] });
  });

  it('without confirmation creates nothing and says what to decide', async () => {
    const before = await databaseChecksum(handle.db);
    const refused = await applyDataImport(ctx, {
      bytes,
      fileName: NAME,
      periodCode: '2015/2016',
      mapping,
      acceptProposals: false,
      uploadsDir,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/^Не подтверждено сопоставление 636 организаций/);
    expect(await databaseChecksum(handle.db)).toEqual(before);
  });

  it('imports: okrugs and schools created, values accepted from the import, the share rated within each okrug', async () => {
    const steps: string[] = [];
    const result = await applyDataImport(ctx, {
      bytes,
      fileName: NAME,
      periodCode: '2015/2016',
      mapping,
      acceptProposals: true,
      uploadsDir,
      onProgress: (step) => steps.push(step),
    });
    expect(result).toMatchObject({
      changed: true,
      createdOrgs: 636,
      createdElements: ['ege_graduates', 'ege_over_220'],
      ownCatalogue: { code: 'own-77', version: 1 },
    });
    expect(result.recomputed).toEqual([{ framework: 'own-77', version: 1, indicators: 1, comparisons: 11 }]);
    expect(steps.some((s) => s.startsWith('Пересчёт'))).toBe(true);

    const okrugs = await handle.db.selectFrom('org').select(['name']).where('kind', '=', 'municipality').execute();
    expect(new Set(okrugs.map((o) => o.name))).toEqual(new Set(records.map((r) => r.AdmArea)));
    expect(okrugs).toHaveLength(10);
    const schools = await handle.db.selectFrom('org').select(['ogrn', 'type']).where('kind', '=', 'organisation').execute();
    expect(schools).toHaveLength(626);
    expect(new Set(schools.map((s) => s.ogrn))).toEqual(new Set(records.map((r) => r.OGRN)));

    const totals = await sql<{ code: string; n: number; total: number; sources: string; statuses: string; users: number }>`
      select data_element_code as code, count(*)::int as n, sum(value)::int as total, string_agg(distinct source, ',') as sources,
             string_agg(distinct status, ',') as statuses, max(entered_by) as users
      from data_value group by data_element_code order by 1`.execute(handle.db);
    expect(totals.rows).toEqual([
      { code: 'ege_graduates', n: 626, total: 66461, sources: 'import', statuses: 'accepted', users: ctx.actor.userId },
      { code: 'ege_over_220', n: 626, total: 15920, sources: 'import', statuses: 'accepted', users: ctx.actor.userId },
    ]);

    // One audit row for the import with the kept file and the counts; each value points at the import.
    const audit = await handle.db
      .selectFrom('audit_log')
      .select(['entity_id', 'after'])
      .where('action', '=', 'data.import.apply')
      .execute();
    expect(audit).toHaveLength(1);
    const after = audit[0]!.after as { storedAs: string; file: string; counts: { new: number } };
    expect(after).toMatchObject({ file: NAME, counts: { new: 1252 } });
    expect(readdirSync(uploadsDir)).toEqual([after.storedAs]);
    expect(statSync(join(uploadsDir, after.storedAs)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(uploadsDir, after.storedAs)).equals(bytes)).toBe(true);
    // The sweep of abandoned uploads leaves it, even days later.
    await expireAbandonedImports(handle.db, uploadsDir, new Date(Date.now() + 3 * 24 * 3600 * 1000));
    expect(readdirSync(uploadsDir)).toEqual([after.storedAs]);
    const linked = await sql<{
      n: number;
    }>`select count(*)::int as n from data_value where import_id = ${Number(audit[0]!.entity_id)}`.execute(handle.db);
    expect(linked.rows[0]!.n).toBe(1252);

    // The share of a school: the first row, 80 of 109 graduates over 220 → 73.39 %.
    const school = await handle.db.selectFrom('org').select('id').where('ogrn', '=', '1027700566761').executeTakeFirstOrThrow();
    const share = await handle.db
      .selectFrom('indicator_result')
      .select(['value', 'outcome'])
      .where('org_id', '=', school.id)
      .where('indicator_code', '=', 'ege_share_over_220')
      .executeTakeFirstOrThrow();
    expect(share.outcome).toBe('ok');
    expect(Number(share.value)).toBeCloseTo((80 / 109) * 100, 6);
    // Rated within each okrug (10 comparisons) and the okrugs within Moscow.
    const ratings = await handle.db.selectFrom('rating_result').select(['title', 'scope_org_id']).execute();
    expect(ratings).toHaveLength(11);
  });

  it('offers the saved mapping for the same header next time', async () => {
    const plan = await prepareDataImport(ctx, { bytes, fileName: NAME, periodCode: '2015/2016' });
    expect(plan.preview.mappingSource).toBe('saved');
    expect(plan.preview.mapping.columns.PASSED_NUMBER_FULL).toEqual(mapping.columns.PASSED_NUMBER_FULL);
    expect(plan.preview.counts).toMatchObject({ new: 0, changed: 0, unchanged: 1252, orgsToCreate: 0 });
  });

  it('the same file twice changes nothing the second time', async () => {
    const before = await databaseChecksum(handle.db);
    const result = await applyDataImport(ctx, {
      bytes,
      fileName: NAME,
      periodCode: '2015/2016',
      mapping,
      acceptProposals: true,
      uploadsDir,
    });
    expect(result).toMatchObject({ changed: false, importId: null, counts: { unchanged: 1252, new: 0, changed: 0 } });
    expect(await databaseChecksum(handle.db)).toEqual(before);
    expect(readdirSync(uploadsDir)).toHaveLength(1);
  });

  it('a file with an error changes nothing and says where and what is wrong', async () => {
    const broken = Buffer.from(bytes.toString('utf8').replace('"109";"80"', '"109";"80 чел."'));
    const wrongPair = Buffer.from(bytes.toString('utf8').replace('"87";"3"', '"87";"88"'));
    const before = await databaseChecksum(handle.db);
    const e1 = (await applyDataImport(ctx, {
      bytes: broken,
      fileName: NAME,
      periodCode: '2015/2016',
      acceptProposals: true,
      uploadsDir,
    }).catch((e: unknown) => e)) as AppError;
    expect(e1.code).toBe('import_invalid');
    expect(e1.message).toBe(
      'Файл не загружен, ничего не изменено. Ошибок: 1. Первая — Лист «data-9722-2016-10-31.csv», строка 2, столбец J («PASSES_OVER_220»): «80 чел.» — не число: пишите цифрами (1 234,5), пустая ячейка или «—» — нет данных',
    );
    const e2 = (await applyDataImport(ctx, {
      bytes: wrongPair,
      fileName: NAME,
      periodCode: '2015/2016',
      acceptProposals: true,
      uploadsDir,
    }).catch((e: unknown) => e)) as AppError;
    expect(e2.message).toBe(
      'Файл не загружен, ничего не изменено. Ошибок: 1. Первая — Лист «data-9722-2016-10-31.csv», строка 3, столбец J («PASSES_OVER_220»): 88 больше, чем «Выпускники, сдававшие ЕГЭ» (87): часть не может быть больше целого — проверьте строку',
    );
    expect(await databaseChecksum(handle.db)).toEqual(before);
    expect(readdirSync(uploadsDir)).toHaveLength(1);
  });

  it('a changed value is shown old → new with who entered the old one, and replaces it', async () => {
    const changed = Buffer.from(bytes.toString('utf8').replace('"109";"80"', '"109";"81"'));
    const plan = await prepareDataImport(ctx, { bytes: changed, fileName: NAME, periodCode: '2015/2016' });
    expect(plan.preview.counts).toMatchObject({ new: 0, changed: 1, unchanged: 1251 });
    expect(plan.preview.changed).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'PASSES_OVER_220',
        element: 'ege_over_220',
        old: 80,
        value: 81,
        oldBy: ctx.actor.fullName,
      }),
    ]);
    const result = await applyDataImport(ctx, {
      bytes: changed,
      fileName: NAME,
      periodCode: '2015/2016',
      acceptProposals: false,
      uploadsDir,
    });
    expect(result).toMatchObject({ changed: true, createdOrgs: 0, recomputed: [{ framework: 'own-77', indicators: 1 }] });
    const v = await sql<{
      value: number;
      version: number;
    }>`select d.value::float8 as value, d.version from data_value d join org o on o.id = d.org_id
      where o.ogrn = '1027700566761' and d.data_element_code = 'ege_over_220'`.execute(handle.db);
    expect(v.rows).toEqual([{ value: 81, version: 2 }]);
  });
});
