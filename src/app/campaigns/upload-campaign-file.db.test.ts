import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { createTestApp, TEST_CATALOG_DIR, type TestApp } from '../../../test/helpers/test-app.ts';
import { buildOrgTree } from '../../../test/helpers/factories.ts';
import { fillForm, startCampaign, systemContext } from '../../../test/helpers/campaign-fixtures.ts';
import { killableDatabase, runUntilThenKill, type KillableDatabase } from '../../../test/helpers/killable-process.ts';
import { zipArchive } from '../../../test/helpers/zip-archive.ts';
import { fillTemplate } from '../../../test/helpers/fill-template.ts';
import { seededRandom } from '../../domain/statistics/seeded-random.ts';
import { syncCatalogues } from '../catalogues/sync-catalogues.ts';
import { campaignTemplate } from './campaign-files.ts';

describe('uploading a filled-in template', () => {
  let t: TestApp;
  let campaignId: number;
  const upload = (file: Buffer | string, name: string, contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') =>
    t.app.inject({
      method: 'POST',
      url: `/api/campaigns/${campaignId}/upload`,
      headers: { cookie: t.cookies.org_representative, 'content-type': contentType, 'x-file-name': encodeURIComponent(name) },
      payload: file,
    });
  const drafts = () =>
    t.handle.db
      .selectFrom('submission_value')
      .select(['data_element_code', 'raw', 'source'])
      .where('campaign_id', '=', campaignId)
      .orderBy('data_element_code')
      .execute();
  let template: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    campaignId = (await startCampaign(t.handle.db, t.tree.m1.id)).id;
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/campaigns/${campaignId}/template.xlsx?orgId=${t.tree.s1.id}`,
      headers: { cookie: t.cookies.org_representative },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    template = res.rawPayload;
  });
  afterAll(async () => {
    await t.close();
  });

  it('accepts a template filled with good data into the draft, and the same file again changes nothing', async () => {
    const file = await fillTemplate(template, { 't_winners|': 7, 't_pupils|': '140' });
    const first = await upload(file, 'школа 1.xlsx');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().report).toMatchObject({ changed: 2, orgs: [{ orgId: t.tree.s1.id, changed: 2 }] });
    expect(await drafts()).toEqual([
      { data_element_code: 't_pupils', raw: '140', source: 'файл' },
      { data_element_code: 't_winners', raw: '7', source: 'файл' },
    ]);
    const again = await upload(file, 'школа 1.xlsx');
    expect(again.statusCode).toBe(200);
    expect(again.json().report).toMatchObject({ changed: 0 });
    const status = await t.handle.db
      .selectFrom('submission')
      .select(['status', 'version'])
      .where('campaign_id', '=', campaignId)
      .executeTakeFirstOrThrow();
    expect(status).toEqual({ status: 'draft', version: 2 });
    const uploads = await t.handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'campaign.upload')
      .orderBy('id')
      .execute();
    expect(uploads.map((u) => (u.after as { changed: number }).changed)).toEqual([2, 0]);
  });

  it('refuses a file with errors in several cells whole, naming every cell, and changes nothing', async () => {
    const before = await drafts();
    const file = await fillTemplate(template, { 't_winners|': 'много', 't_pupils|': -3 });
    const res = await upload(file, 'с ошибками.xlsx');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('import_invalid');
    expect(body.message).toMatch(/ничего не изменено/);
    const sheet = t.tree.s1.code;
    expect(body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet,
          column: 'F',
          row: expect.any(Number),
          message: expect.stringMatching(/не может быть отрицательным/),
        }),
        expect.objectContaining({ sheet, column: 'F', row: expect.any(Number), message: expect.stringMatching(/число/) }),
      ]),
    );
    expect(new Set(body.details.map((d: { row: number }) => d.row)).size).toBe(2);
    expect(await drafts()).toEqual(before);
  });

  it('refuses a rule broken across cells (winners more than pupils) and a foreign organisation’s sheet', async () => {
    const res = await upload(await fillTemplate(template, { 't_winners|': 500, 't_pupils|': 100 }), 'правило.xlsx');
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].message).toMatch(/больше, чем/);
    const csv = `Код организации;Ключ;Значение\r\n${t.tree.s2.code};t_pupils|;10\r\n`;
    const foreign = await upload(csv, 'чужая.csv', 'text/csv');
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().details[0]).toMatchObject({ row: 2 });
    expect(foreign.json().details[0].message).toMatch(/не участвует/);
  });

  it('refuses a ZIP bomb, a cut-off workbook and a 40,000-character cell with a clear message, and changes nothing', async () => {
    const before = await drafts();
    // 201 MiB of zeros packed into a few hundred kilobytes, beside a real template's parts
    const bomb = zipArchive([{ name: 'xl/worksheets/sheet9.xml', data: Buffer.alloc(201 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const bombed = await upload(bomb, 'бомба.xlsx');
    expect(bombed.statusCode).toBe(400);
    expect(bombed.json()).toMatchObject({ code: 'import_invalid' });
    expect(JSON.stringify(bombed.json())).toMatch(/больше чем в 200 МБ/);

    const cut = await upload(template.subarray(0, Math.floor(template.length / 2)), 'обрезан.xlsx');
    expect(cut.statusCode).toBe(400);
    expect(JSON.stringify(cut.json())).toMatch(/не читается как книга Excel/);

    const xls = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'старая книга.csv', 'text/csv');
    expect(xls.statusCode).toBe(400);
    expect(xls.json().code).toBe('import_invalid');
    expect(JSON.stringify(xls.json())).toMatch(/Excel 97–2003 \(\.xls\)/);

    const huge = await upload(await fillTemplate(template, { 't_pupils|': 'я'.repeat(40_000) }), 'огромная ячейка.xlsx');
    expect(huge.statusCode).toBe(400);
    const detail = huge.json().details[0];
    expect(detail).toMatchObject({ column: 'F', row: expect.any(Number) });
    expect(detail.message.length).toBeLessThan(400);
    expect(detail.message).toMatch(/40\u00a0000 символов/);
    expect(await drafts()).toEqual(before);
  });

  it('under a few hundred generated files (damaged workbooks, random CSV) answers 200 or 400, and a refused file changes nothing', async () => {
    const rnd = seededRandom(7);
    const good = await fillTemplate(template, { 't_winners|': 5, 't_pupils|': 50 });
    const cells = ['', '12', '-3', '1 234,5', 'много', '1e5', '=1+1', '12,5,6', 'я'.repeat(300), '0', ' 7 '];
    const problems: string[] = [];
    for (let i = 0; i < 300; i++) {
      let file: Buffer;
      let type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      if (i % 3 === 0) {
        file = Buffer.from(good);
        for (let k = rnd.int(1, 8); k > 0; k--) file[rnd.int(0, file.length - 1)] = rnd.int(0, 255);
      } else if (i % 3 === 1) {
        file = good.subarray(0, rnd.int(0, good.length));
      } else {
        type = 'text/csv';
        const lines = ['Код организации;Ключ;Значение'];
        for (let k = rnd.int(0, 6); k > 0; k--) {
          lines.push(
            [rnd.pick([t.tree.s1.code, t.tree.s2.code, 'X', '']), rnd.pick(['t_pupils|', 't_winners|', 'nope', '']), rnd.pick(cells)].join(
              rnd.pick([';', ',', ';;']),
            ),
          );
        }
        file = Buffer.from(lines.join(rnd.pick(['\r\n', '\n'])), 'utf8');
      }
      const before = await drafts();
      const res = await upload(file, i % 3 === 2 ? 'файл.csv' : 'файл.xlsx', type);
      if (res.statusCode !== 200 && res.statusCode !== 400) problems.push(`case ${i}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (res.statusCode === 400 && JSON.stringify(await drafts()) !== JSON.stringify(before))
        problems.push(`case ${i}: refused but changed the form`);
    }
    expect(problems).toEqual([]);
  });

  it('reads CSV in Windows-1251 with a decimal comma', async () => {
    const text = `Код организации;Ключ;Значение\r\n${t.tree.s1.code};t_pupils|;150\r\n${t.tree.s1.code};t_winners|;9,0\r\n`;
    // the header in Windows-1251: Cyrillic letters А..я are 0xC0..0xFF
    const bytes = Buffer.from([...text].map((ch) => (ch >= 'А' && ch <= 'я' ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))));
    const res = await upload(bytes, 'форма.csv', 'text/csv');
    expect(res.statusCode, res.body).toBe(200);
    expect((await drafts()).map((d) => d.raw)).toEqual(['150', '9,0']);
  });

  it('an operator downloads one template for all organisations; the regulation names period, participants, codes and responsible', async () => {
    const all = await campaignTemplate(systemContext(t.handle.db), campaignId);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(all.file as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Инструкция', t.tree.s1.code]);

    const res = await t.app.inject({
      method: 'GET',
      url: `/api/campaigns/${campaignId}/regulation.docx`,
      headers: { cookie: t.cookies.municipal_operator },
    });
    expect(res.statusCode).toBe(200);
    const mammoth = (await import('mammoth')).default;
    const { value: text } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(text).toContain('2024/2025 учебный год');
    // the organiser is the district's education authority by name, not «Орган управления образованием: …»
    expect(text).toContain('Организатор мониторинга: Управление образования администрации Первого района.');
    expect(text).not.toContain('Орган управления образованием');
    expect(text).toContain('Школа № 1 первого района');
    expect(text).toContain('D1.01');
    expect(text).toContain('Иванова Мария Петровна, методист ИМЦ');
    expect(text).toContain('31.01.2025');
    expect(text).toContain('Проект');
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/campaigns/${campaignId}/regulation/approve`,
      headers: { cookie: t.cookies.municipal_operator },
      payload: { orderNumber: '245-од', orderDate: '28.11.2024' },
    });
    expect(approved.json().campaign).toMatchObject({ orderNumber: '245-од', orderDate: '2024-11-28', published: false });
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/campaigns/${campaignId}/regulation.docx`,
      headers: { cookie: t.cookies.municipal_operator },
    });
    const { value: approvedText } = await mammoth.extractRawText({ buffer: again.rawPayload });
    expect(approvedText).toMatch(/приказом от 28\.11\.2024 № 245-од/);
  });
});

describe('an upload killed midway', () => {
  let killable: KillableDatabase;
  let dir: string;

  beforeAll(async () => {
    killable = await killableDatabase();
    dir = mkdtempSync(join(tmpdir(), 'soko-kill-file-'));
  }, 60_000);
  afterAll(async () => {
    await killable.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the data as it was before', async () => {
    const { db } = killable.handle;
    const tree = await buildOrgTree(db);
    await syncCatalogues(db, TEST_CATALOG_DIR);
    await db
      .insertInto('period')
      .values({ code: '2024/2025', kind: 'school_year', name: '2024/2025 учебный год', starts_on: '2024-09-01', ends_on: '2025-08-31' })
      .execute();
    const campaign = await startCampaign(db, tree.m1.id);
    await fillForm(db, campaign.id, tree.s1.id, { 't_winners|': '3', 't_pupils|': '30' });
    const file = join(dir, 'form.xlsx');
    writeFileSync(
      file,
      await fillTemplate((await campaignTemplate(systemContext(db), campaign.id, tree.s1.id)).file, { 't_winners|': 4, 't_pupils|': 40 }),
    );
    const snapshot = async (at: DatabaseHandle) => ({
      values: await at.db.selectFrom('submission_value').select(['data_element_code', 'raw']).orderBy('data_element_code').execute(),
      submission: await at.db.selectFrom('submission').select(['status', 'version']).execute(),
      audit: (
        await at.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    });
    const before = await snapshot(killable.handle);
    await killable.handOver();

    const out = await runUntilThenKill('upload-then-hang.ts', [killable.target, String(campaign.id), file], 'step: фиксация');
    expect(out).toContain('step: запись черновиков');

    expect(await snapshot(await killable.takeBack())).toEqual(before);
    expect(before.values.map((v) => v.raw)).toEqual(['30', '3']);
  }, 120_000);
});
