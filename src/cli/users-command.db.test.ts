import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIALS_HEADERS, CREDENTIALS_SHEET } from '../app/users/credentials-workbook.ts';
import { verifyPassword } from '../app/password.ts';
import type { DatabaseHandle } from '../db/create-database.ts';
import { buildOrgTree, type OrgTree } from '../../test/helpers/factories.ts';
import { createTestDatabase } from '../../test/helpers/test-database.ts';
import { createForOrgs } from './users-command.ts';

let handle: DatabaseHandle;
let tree: OrgTree;
let dir: string;
beforeAll(async () => {
  handle = await createTestDatabase(); // empty: no demo, no users
  tree = await buildOrgTree(handle.db);
  dir = mkdtempSync(join(tmpdir(), 'soko-accounts-'));
});
afterAll(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('soko users create-for-orgs', () => {
  it('creates the accounts of a territory and writes the credentials workbook 0600, with progress', async () => {
    const out = join(dir, 'accounts.xlsx');
    const progress: [number, number][] = [];
    const count = await createForOrgs(handle.db, { territory: tree.m1.code, out, url: 'https://soko.example.ru/' }, (done, total) =>
      progress.push([done, total]),
    );
    expect(count).toBe(2);
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet(CREDENTIALS_SHEET)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(CREDENTIALS_HEADERS);
    const rows = [2, 3].map((r) => (sheet.getRow(r).values as unknown[]).slice(1) as string[]);
    expect(rows.map((r) => r[0]).sort()).toEqual(['Детский сад № 1 первого района', 'Школа № 1 первого района']);
    for (const [, code, territory, login, password, url] of rows) {
      expect(territory).toBe('Первый район');
      expect(url).toBe('https://soko.example.ru/');
      const user = await handle.db.selectFrom('app_user').selectAll().where('login', '=', login!).executeTakeFirstOrThrow();
      expect(user.must_change_password).toBe(true);
      expect(await verifyPassword(password!, user.password_hash)).toBe(true);
      const org = await handle.db.selectFrom('org').select('code').where('id', '=', user.scope_org_id!).executeTakeFirstOrThrow();
      expect(org.code).toBe(code);
    }
  });

  it('with --without-account skips those that have one; never overwrites a file; says what is wrong', async () => {
    await expect(createForOrgs(handle.db, { territory: tree.m1.code, out: join(dir, 'accounts.xlsx'), url: 'x' })).rejects.toThrow(
      /уже есть: укажите в --out новый файл/,
    );
    await expect(
      createForOrgs(handle.db, { territory: tree.region.code, withoutAccount: true, out: join(dir, 'second.xlsx'), url: 'x' }),
    ).resolves.toBe(1); // only the second municipality's school is left
    await expect(createForOrgs(handle.db, { territory: 'NO-SUCH', out: join(dir, 'third.xlsx'), url: 'x' })).rejects.toThrow(
      'Территория с кодом «NO-SUCH» не найдена: укажите код региона или муниципалитета.',
    );
    await expect(
      createForOrgs(handle.db, { territory: tree.m1.code, type: 'zoo', out: join(dir, 'third.xlsx'), url: 'x' }),
    ).rejects.toThrow(/Тип «zoo» неизвестен/);
  });
});
