import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { SYSTEM_ACTOR } from '../actor.ts';
import { exportRegister } from './export-register.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { applyRegisterImport, previewRegisterImport, uploadRegisterFile, type RegisterImportSettings } from './register-imports.ts';

const DIR = resolve(import.meta.dirname, '../../../test/fixtures/moscow-directory');
const FILES = [
  'data-20130909T0800.csv',
  'data-20131031T1206-structure-20131031T1206.csv',
  'data-20131031T1325-structure-20131031T1325.csv',
];
const bytesOf = (f: string) => new Uint8Array(readFileSync(resolve(DIR, f)));

/**
 * The files counted independently of the importer, line by line: the name is the text up to the
 * first quote-separator(s)-quote, the okrug the field naming one, the ownership the field
 * after the okrug; a name is compared lower-case, «ё» as «е», without quotes and extra
 * spaces; the two rows writing the okrug short are counted in their okrug.
 */
function countByOkrug(files: string[]): { byOkrug: Map<string, Set<string>>; nonState: Set<string>; noOkrug: number } {
  const byOkrug = new Map<string, Set<string>>();
  const nonState = new Set<string>();
  let noOkrug = 0;
  for (const f of files) {
    const text = readFileSync(resolve(DIR, f), 'utf8').replace(/^\uFEFF/, '');
    const sep = f === FILES[0] ? ';' : ',';
    const lines = text
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.trim() !== '');
    for (const line of lines) {
      // the first file leaves its row number unquoted
      const fields = line.replace(/^(\d+);"/, '"$1";"').split(sep === ';' ? /";+"/ : /",+"/);
      const name = fields[1]!.replace(/""/g, '"');
      // the okrug is the one field naming an okrug (a few rows of the lyceum file have stray quotes further on)
      const okrugMatch = /"([А-Яа-яё-]+ административный округ|Центральный)"/.exec(line);
      let okrug = okrugMatch?.[1] ?? '';
      if (okrug === '') {
        noOkrug++;
        continue;
      }
      if (okrug === 'Центральный') okrug = 'Центральный административный округ';
      const key = name.toLowerCase().replace(/ё/g, 'е').replace(/["«»]/g, ' ').replace(/\s+/g, ' ').trim();
      const set = byOkrug.get(okrug) ?? new Set<string>();
      // an organisation's first row gives its attributes (the later ones are its other buildings)
      const ownership = /"(Государственное|Негосударственное)"/.exec(line.slice(okrugMatch!.index))?.[1];
      if (!set.has(key) && ownership === 'Негосударственное') nonState.add(`${okrug}|${key}`);
      set.add(key);
      byOkrug.set(okrug, set);
    }
  }
  return { byOkrug, nonState, noOkrug };
}

async function fingerprint(h: DatabaseHandle) {
  const counts = await sql<{ t: string; n: number }>`
    select 'org' as t, count(*)::int as n from org
    union all select 'audit_log about organisations', count(*)::int from audit_log where entity = 'org'
    union all select 'import_mapping', count(*)::int from import_mapping`.execute(h.db);
  const sum = await sql<{
    md5: string;
  }>`select md5(coalesce(string_agg(row_to_json(o)::text, '|' order by o.id), '')) as md5 from org o`.execute(h.db);
  return { counts: counts.rows, md5: sum.rows[0]!.md5 };
}

const ctx = (h: DatabaseHandle) => ({ db: h.db, actor: SYSTEM_ACTOR, requestId: null });

/** Upload, answer as the CLI's --yes does (create territories, skip the rows without one), apply. */
async function importFile(h: DatabaseHandle, file: string, settings: RegisterImportSettings = {}) {
  const first = await uploadRegisterFile(ctx(h), { fileName: file, bytes: bytesOf(file), ...settings });
  const skip = Object.fromEntries(first.unplaced.map((u) => [String(u.line), 'skip' as const]));
  const view = await previewRegisterImport(ctx(h), first.id, { ...settings, createTerritories: true, rows: skip });
  expect(view.ready).toBe(true);
  const applied = await applyRegisterImport(ctx(h), view.id);
  return { first, view, applied };
}

describe('the Moscow directory into an empty register', () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
  }, 60_000);
  afterAll(async () => h.close());

  it('asks before creating the region and okrugs, and lists the rows without an okrug', async () => {
    const view = await uploadRegisterFile(ctx(h), { fileName: FILES[0]!, bytes: bytesOf(FILES[0]!), region: 'Москва' });
    expect(view.format).toBe('csv');
    expect(view.mapping).toMatchObject({ name: 'name', okrug: 'municipality', X: 'longitude', Y: 'latitude', vid_uchrezhdeniya: 'type' });
    expect(view.root).toEqual({ kind: 'new_region', name: 'Москва', code: '01' });
    expect(view.territories).toHaveLength(10);
    expect(view.unconfirmedTerritories).toBe(11);
    expect(view.unplaced.length).toBe(view.counts.unplaced);
    expect(view.unplaced[0]!.reason).toContain('не указан муниципалитет');
    expect(view.ready).toBe(false);
    await expect(applyRegisterImport(ctx(h), view.id)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Реестр не изменён'),
    });
    expect((await fingerprint(h)).counts.find((c) => c.t === 'org')!.n).toBe(0);
  }, 120_000);

  it('imports the three files as one region with its ten okrugs; the counts are the files’ own', async () => {
    const r1 = await importFile(h, FILES[0]!, { region: 'Москва' });
    expect(r1.applied.territoriesCreated).toHaveLength(10);
    await importFile(h, FILES[1]!);
    await importFile(h, FILES[2]!);
    const expected = countByOkrug(FILES);
    expect(expected.byOkrug.size).toBe(10);
    const regions = await h.db.selectFrom('org').select(['name', 'code']).where('kind', '=', 'region').execute();
    expect(regions).toEqual([{ name: 'Москва', code: '01' }]);
    const actual = await h.db
      .selectFrom('org as o')
      .innerJoin('org as m', 'm.id', 'o.parent_id')
      .select(['m.name', (eb) => eb.fn.countAll<number>().as('n')])
      .where('o.kind', '=', 'organisation')
      .groupBy('m.name')
      .execute();
    const got = Object.fromEntries(actual.map((a) => [a.name, Number(a.n)]));
    const want = Object.fromEntries([...expected.byOkrug].map(([k, v]) => [k, v.size]));
    expect(got).toEqual(want);
    const total = [...expected.byOkrug.values()].reduce((s, v) => s + v.size, 0);
    expect(total).toBe(916);
    const nonState = await h.db
      .selectFrom('org')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(sql`attributes->>'ownership'`, '=', 'non_state')
      .executeTakeFirstOrThrow();
    expect(Number(nonState.n)).toBe(expected.nonState.size);
    const lyceum = await h.db
      .selectFrom('org')
      .select(['name', 'type', 'attributes'])
      .where('name', 'like', '%Лицей № 1546%')
      .executeTakeFirstOrThrow();
    expect(lyceum.name).toBe('Государственное бюджетное образовательное учреждение города Москвы Лицей № 1546 "Плехановец"');
    expect(lyceum.type).toBe('school');
    expect(lyceum.attributes).toMatchObject({ longitude: 37.608043, latitude: 55.721823, ownership: 'state', rayon: 'район Якиманка' });
    const okrugCodes = await h.db.selectFrom('org').select('code').where('kind', '=', 'municipality').orderBy('code').execute();
    expect(okrugCodes[0]!.code).toBe('01-01');
  }, 300_000);

  it('the same files again change nothing', async () => {
    const before = await fingerprint(h);
    for (const f of FILES) {
      const { view, applied } = await importFile(h, f);
      expect(view.counts.created + view.counts.updated).toBe(0);
      expect(applied).toMatchObject({ created: 0, updated: 0 });
    }
    expect(await fingerprint(h)).toEqual(before);
  }, 300_000);

  it('a file with errors changes nothing and says where and how to fix', async () => {
    const before = await fingerprint(h);
    const text = readFileSync(resolve(DIR, FILES[2]!), 'utf8').split('\n');
    text[3] = text[3]!.replace(/^"3","[^"]*"/, '"3",""');
    text[4] = text[4]!.replace(/"37,[0-9]+"/, '"370,5"');
    const bytes = new TextEncoder().encode(text.join('\n'));
    const view = await uploadRegisterFile(ctx(h), { fileName: 'гимназии.csv', bytes });
    const v2 = await previewRegisterImport(ctx(h), view.id, {
      createTerritories: true,
      rows: Object.fromEntries(view.unplaced.map((u) => [String(u.line), 'skip' as const])),
    });
    expect(v2.errors).toEqual([
      { line: 4, column: 'name', message: 'пустое наименование', fix: 'впишите полное наименование организации или удалите строку' },
      {
        line: 5,
        column: 'X',
        message: 'долгота «370,5» — не число от -180 до 180',
        fix: 'запишите градусы десятичной дробью, например 55,75',
      },
    ]);
    await expect(applyRegisterImport(ctx(h), v2.id)).rejects.toMatchObject({
      code: 'conflict',
      details: [
        { row: 4, column: 'name' },
        { row: 5, column: 'X' },
      ],
    });
    expect(await fingerprint(h)).toEqual(before);
  }, 120_000);

  it('export → edit one cell → import changes only that cell', async () => {
    const exported = await exportRegister(ctx(h), null);
    expect(exported.rows).toBe(916);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.file as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const addressColumn = header.indexOf('Адрес');
    const code = String(sheet.getRow(2).getCell(1).value);
    sheet.getRow(2).getCell(addressColumn).value = 'Москва, ул. Новая, д. 1';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const before = await h.db
      .selectFrom('org')
      .select(['code', 'attributes', 'version'])
      .where('code', '!=', code)
      .orderBy('code')
      .execute();
    const view = await uploadRegisterFile(ctx(h), { fileName: 'реестр.xlsx', bytes: edited });
    expect(view.format).toBe('xlsx');
    expect(view.counts).toMatchObject({ created: 0, updated: 1, unchanged: 916 - 1, errors: 0, unplaced: 0 });
    expect(view.updated[0]).toMatchObject({
      code,
      by: 'code',
      changes: [{ field: 'attributes.address', label: 'Адрес', after: 'Москва, ул. Новая, д. 1' }],
    });
    expect(view.ready).toBe(true);
    await applyRegisterImport(ctx(h), view.id);
    const after = await h.db
      .selectFrom('org')
      .select(['code', 'attributes', 'version'])
      .where('code', '!=', code)
      .orderBy('code')
      .execute();
    expect(after).toEqual(before);
    const changed = await h.db.selectFrom('org').select(['attributes']).where('code', '=', code).executeTakeFirstOrThrow();
    expect(changed.attributes).toMatchObject({ address: 'Москва, ул. Новая, д. 1' });
  }, 120_000);
});
