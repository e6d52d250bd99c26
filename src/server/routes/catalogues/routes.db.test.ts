import ExcelJS from 'exceljs';
import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncCatalogues } from '../../../app/catalogues/sync-catalogues.ts';
import { catalogueIdOf } from '../../../../test/helpers/factories.ts';
import { TEST_CATALOG_DIR, useTestApp } from '../../../../test/helpers/test-app.ts';
import { XLSX_TYPE } from './routes.ts';

const t = useTestApp();
let indicatorsId: number;
beforeAll(async () => {
  indicatorsId = await catalogueIdOf(t.handle.db, 'test-indicators');
});

async function exported(): Promise<Buffer> {
  const res = await t.app.inject({ method: 'GET', url: `/api/catalogues/${indicatorsId}/export`, headers: { cookie: t.cookies.viewer } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_TYPE);
  expect(res.headers['content-disposition']).toBe('attachment; filename="test-indicators.v1.xlsx"');
  return res.rawPayload;
}

async function edit(file: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (payload: Buffer, cookie = t.cookies.admin) =>
  t.app.inject({
    method: 'POST',
    url: '/api/catalogues/import',
    headers: { cookie, 'content-type': XLSX_TYPE, 'x-file-name': encodeURIComponent('методика.xlsx') },
    payload,
  });

/** The workbook is refused whole, naming each bad cell. */
function expectInvalidCells(res: LightMyRequestResponse, details: { sheet: string; row: number; column: string; message: string }[]) {
  expect(res.statusCode).toBe(400);
  expect(res.json().code).toBe('import_invalid_cell');
  expect(res.json().details).toEqual(details);
}

describe('catalogue routes', () => {
  it('lists catalogues with counts and returns one with the data elements it uses', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/catalogues', headers: { cookie: t.cookies.org_representative } });
    expect(list.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'test-indicators',
          version: 1,
          kind: 'indicators',
          counts: { blocks: 1, directions: 2, indicators: 2, positions: 0 },
        }),
        expect.objectContaining({
          code: 'test-mechanisms',
          kind: 'mechanisms',
          validTo: '2023-08-07',
          counts: { blocks: 1, directions: 1, indicators: 0, positions: 2 },
        }),
      ]),
    );
    const one = await t.app.inject({ method: 'GET', url: `/api/catalogues/${indicatorsId}`, headers: { cookie: t.cookies.viewer } });
    expect(one.json().catalogue.indicators[1]).toMatchObject({
      code: 'D2.01',
      directions: ['D1', 'D2'],
      formula: 'share_orgs(t_has_plan)',
    });
    expect(one.json().dataElements.map((e: { code: string }) => e.code)).toEqual(['t_winners', 't_pupils', 't_has_plan']);
  });

  it('refuses an unchanged workbook, and imports an edited one as the next version', async () => {
    const same = await upload(await exported());
    expect(same.statusCode).toBe(409);
    expect(same.json().code).toBe('catalogue_unchanged');
    expect(same.json().message).toBe(
      'Методика «Тестовая методика показателей» не изменилась по сравнению с версией 1: новая версия не создана.',
    );
    const changed = await edit(await exported(), (wb) => {
      wb.getWorksheet('Показатели')!.getCell('B2').value = 'доля победителей и призёров олимпиад от общего числа обучающихся';
    });
    const created = await upload(changed);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'test-indicators', version: 2 });
    const v2 = await t.handle.db.selectFrom('framework').selectAll().where('id', '=', created.json().id).executeTakeFirstOrThrow();
    expect(v2).toMatchObject({ origin: 'import', file_name: 'методика.xlsx', loaded_by: expect.stringMatching(/^admin\./) });
    const v1 = await t.handle.db.selectFrom('framework').select('content').where('id', '=', indicatorsId).executeTakeFirstOrThrow();
    expect((v1.content as { indicators: { name: string }[] }).indicators[0]?.name).toBe(
      'доля победителей олимпиад от общего числа обучающихся',
    );
  });

  it('refuses a broken workbook whole, listing every error by sheet, row and column', async () => {
    const before = await t.handle.db.selectFrom('framework').select('id').execute();
    const broken = await edit(await exported(), (wb) => {
      const ws = wb.getWorksheet('Показатели')!;
      ws.getCell('D2').value = 'килограммы';
      ws.getCell('I3').value = 'share_orgs(t_has_plan';
      ws.getCell('C3').value = 'D1, D7';
      ws.getCell('A4').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    });
    const res = await upload(broken);
    expectInvalidCells(res, [
      {
        sheet: 'Показатели',
        row: 2,
        column: 'D',
        message:
          'лист «Показатели», строка 2, столбец D: «килограммы» — недопустимое значение. Допустимо: «%», «чел.», «ед.», «наличие (да/нет)», «ч», «баллы», «руб.».',
      },
      {
        sheet: 'Показатели',
        row: 3,
        column: 'C',
        message: 'лист «Показатели», строка 3, столбец C: Направление «D7» не описано в blocks.',
      },
      {
        sheet: 'Показатели',
        row: 3,
        column: 'I',
        message:
          'лист «Показатели», строка 3, столбец I: Ошибка в формуле «share_orgs(t_has_plan», символ 22: ожидается «)» в конце вызова share_orgs(…), а найдено конец формулы.',
      },
      {
        sheet: 'Показатели',
        row: 4,
        column: 'A',
        message:
          'лист «Показатели», строка 4, столбец A: Столбец «Код»: в ячейке формула Excel: замените её значением (Копировать → Специальная вставка → Значения).',
      },
    ]);
    expect(res.json().message).toMatch(/^Файл не загружен, ничего не изменено\. Ошибок: 4\./);
    expect(await t.handle.db.selectFrom('framework').select('id').execute()).toEqual(before);
  });

  it('refuses a formula nested 15,000 brackets deep with its sheet, row and column, not a stack overflow', async () => {
    const deep = await edit(await exported(), (wb) => {
      wb.getWorksheet('Показатели')!.getCell('I3').value = `${'('.repeat(15_000)}1${')'.repeat(15_000)}`;
    });
    const res = await upload(deep);
    expectInvalidCells(res, [
      {
        sheet: 'Показатели',
        row: 3,
        column: 'I',
        message: `лист «Показатели», строка 3, столбец I: Ошибка в формуле «${'('.repeat(120)}…», символ 101: вложенность скобок, функций и знаков «-» глубже 100 уровней: упростите формулу или разбейте её на показатели (@КОД).`,
      },
    ]);
  });

  it('marks indicators that depend on each other in a circle with the detail code formula_cycle', async () => {
    const cyclic = await edit(await exported(), (wb) => {
      const ws = wb.getWorksheet('Показатели')!;
      const [first, second] = [String(ws.getCell('A2').value), String(ws.getCell('A3').value)];
      ws.getCell('I2').value = `@${second} + 1`;
      ws.getCell('I3').value = `@${first} * 2`;
    });
    const res = await upload(cyclic);
    expect(res.statusCode).toBe(400);
    const cycles = (res.json().details as { code?: string; message: string }[]).filter((d) => d.code === 'formula_cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.message).toMatch(/зависит сам от себя: .+ → .+ → /);
  });

  it('refuses a malformed percent-encoded file name with a 400 naming the header', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/catalogues/import',
      headers: { cookie: t.cookies.admin, 'content-type': XLSX_TYPE, 'x-file-name': '%E0%A4%A' },
      payload: await exported(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', details: [{ path: 'headers.x-file-name' }] });
    expect(res.json().message).toContain('Значение заголовка x-file-name закодировано неверно');
  });

  it('refuses a file that is not a workbook, and an empty body', async () => {
    const res = await upload(Buffer.from('это не Excel'));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('Файл не читается как книга Excel (.xlsx)');
    const empty = await t.app.inject({
      method: 'POST',
      url: '/api/catalogues/import',
      headers: { cookie: t.cookies.admin, 'content-type': XLSX_TYPE },
    });
    expect(empty.statusCode).toBe(400);
  });

  it('does not let a municipal operator import', async () => {
    expect((await upload(await exported(), t.cookies.municipal_operator)).statusCode).toBe(403);
  });
});

describe('catalogue files', () => {
  it('refuses a file whose content changed without a new version, keeping the loaded one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soko-cat-'));
    cpSync(TEST_CATALOG_DIR, dir, { recursive: true });
    const file = join(dir, 'test-mechanisms.v1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('maxPoints: 2', 'maxPoints: 3'));
    const report = await syncCatalogues(t.handle.db, dir);
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]?.issues[0]?.message).toMatch(
      /^Содержимое методики test-mechanisms v1 изменилось, а версия осталась прежней\./,
    );
    writeFileSync(file, 'code: [unclosed');
    const broken = await syncCatalogues(t.handle.db, dir);
    expect(broken.refused[0]?.issues[0]?.message).toMatch(/^Файл test-mechanisms\.v1\.yaml — не корректный YAML \(строка 1, столбец \d+\)/);
  });
});
