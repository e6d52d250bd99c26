import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { buildOrg } from '../../../test/helpers/factories.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { verifyPassword } from '../../app/password.ts';
import { commonPasswords } from '../../app/check-new-password.ts';
import { passwordProblems } from '../../domain/auth/password-rule.ts';
import { isDemoDatabase, loadDemo } from './load-demo.ts';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(async () => {
  await handle.close();
});

describe('loadDemo', () => {
  it('loads the region, periods and one account per role with generated passwords', async () => {
    const steps: string[] = [];
    const result = await loadDemo(handle.db, { lastYear: 2025, onProgress: (s) => steps.push(s) });
    expect(steps).toEqual(['Организации', 'Периоды', 'Учётные записи', 'Значения показателей (демо)', 'Руководители и кадровый резерв']);
    expect(await isDemoDatabase(handle.db)).toBe(true);
    const municipalities = await handle.db.selectFrom('org').select('id').where('kind', '=', 'municipality').execute();
    expect(municipalities.length).toBeGreaterThanOrEqual(8);
    expect(result.accounts.map((a) => a.role).sort()).toEqual([
      'admin',
      'expert',
      'municipal_operator',
      'org_representative',
      'regional_operator',
      'viewer',
    ]);
    const passwords = new Set(result.accounts.map((a) => a.password));
    expect(passwords.size).toBe(result.accounts.length);
    // the generated demo passwords pass the password rule every user's password must pass
    for (const a of result.accounts) expect(passwordProblems(a.password, a, commonPasswords()), a.login).toEqual([]);
    const first = result.accounts[0];
    const row = await handle.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('login', '=', first?.login ?? '')
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(first?.password ?? '', row.password_hash)).toBe(true);
    const periods = await handle.db.selectFrom('period').select('code').orderBy('code').execute();
    expect(periods.map((p) => p.code)).toContain('2025/2026');
    const orgs = await handle.db.selectFrom('org').select('is_demo').distinct().execute();
    expect(orgs).toEqual([{ is_demo: true }]);
  });

  it('refuses a second load and a database with real data, changing nothing', async () => {
    await loadDemo(handle.db);
    await expect(loadDemo(handle.db)).rejects.toThrow('Демо-данные уже загружены');
    const other = await createTestDatabase();
    try {
      await buildOrg(other.db, null, { name: 'Настоящая область' });
      await expect(loadDemo(other.db)).rejects.toMatchObject({ code: 'demo_refused' });
      const rows = await other.db.selectFrom('org').select('name').execute();
      expect(rows).toEqual([{ name: 'Настоящая область' }]);
      expect(await isDemoDatabase(other.db)).toBe(false);
    } finally {
      await other.close();
    }
  });
});
