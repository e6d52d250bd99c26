import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../app/actor.ts';
import { blockUser } from '../../../app/user-life.ts';
import { CREDENTIALS_HEADERS, CREDENTIALS_SHEET } from '../../../app/users/credentials-workbook.ts';
import { buildUser, TEST_PASSWORD } from '../../../../test/helpers/factories.ts';
import { loginCookie, useTestApp, type Method } from '../../../../test/helpers/test-app.ts';

// An empty system (no demo): the test tree of one region, two municipalities and three organisations.
const t = useTestApp();
// The cookie first: most calls here are «this user does that».
const call = (cookie: string, method: Method, url: string, payload?: object) => t.call(method, url, cookie, payload);

const login = (name: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: name, password } });

const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  `soko_session=${res.cookies.find((c) => c.name === 'soko_session')!.value}`;

async function readWorkbook(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(CREDENTIALS_SHEET)!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('accounts for organisations', () => {
  it('previews, creates in one action and hands the credentials workbook over once; the password must be changed first', async () => {
    const op = t.cookies.municipal_operator;
    const preview = await call(op, 'POST', '/api/users/for-orgs/preview', { territoryId: t.tree.m1.id });
    expect(preview.statusCode).toBe(200);
    const items = preview.json().items as { orgId: number; login: string; existingAccounts: number }[];
    expect(items.map((i) => i.orgId).sort()).toEqual([t.tree.s1.id, t.tree.k1.id].sort());
    const s1Code = t.tree.s1.code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    expect(items.find((i) => i.orgId === t.tree.s1.id)).toMatchObject({ login: `org-${s1Code}`, existingAccounts: 1 });
    expect(await t.handle.db.selectFrom('app_user').select('id').where('login', 'like', 'org-%').execute()).toEqual([]);

    const created = await call(op, 'POST', '/api/users/for-orgs', { territoryId: t.tree.m1.id, withoutAccount: true });
    expect(created.statusCode).toBe(200);
    expect(created.headers['content-type']).toContain('spreadsheetml');
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.headers['x-created-count']).toBe('1'); // the school has a representative already
    const rows = await readWorkbook(created.rawPayload);
    expect(rows[0]).toEqual(CREDENTIALS_HEADERS);
    expect(rows).toHaveLength(2);
    const [orgName, orgCode, territory, newLogin, password, address] = rows[1]!;
    expect([orgName, orgCode, territory]).toEqual(['Детский сад № 1 первого района', t.tree.k1.code, 'Первый район']);
    expect(newLogin).toBe(`org-${t.tree.k1.code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
    expect(address).toMatch(/^http:\/\/.+\/$/);
    expect(password).toMatch(/^[a-zA-Z0-9]{16}$/);

    const stored = await t.handle.db.selectFrom('app_user').selectAll().where('login', '=', newLogin!).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ role: 'org_representative', scope_org_id: t.tree.k1.id, must_change_password: true });
    expect(stored.password_hash).not.toContain(password);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', String(stored.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('user.create');
    expect(JSON.stringify(audit[0]!.after)).not.toContain(password!);

    // the first login: nothing but the password change until it is changed
    const first = await login(newLogin!, password!);
    expect(first.statusCode).toBe(200);
    expect(first.json().user.mustChangePassword).toBe(true);
    const rep = cookieOf(first);
    const refused = await call(rep, 'GET', '/api/orgs');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({
      code: 'password_change_required',
      message: expect.stringContaining('Пароль выдан вам администратором или оператором и действует один раз: смените его'),
    });
    expect((await call(rep, 'GET', '/api/auth/me')).json().user.mustChangePassword).toBe(true);
    const changed = await call(rep, 'POST', '/api/auth/password', { currentPassword: password, newPassword: 'amber-Kettle-3917' });
    expect(changed.statusCode).toBe(200);
    expect((await call(rep, 'GET', '/api/orgs')).statusCode).toBe(200);
    expect((await call(rep, 'GET', '/api/auth/me')).json().user.mustChangePassword).toBe(false);
  });

  it('selects by type and refuses an empty selection, changing nothing', async () => {
    const admin = t.cookies.admin;
    const kinds = await call(admin, 'POST', '/api/users/for-orgs/preview', { territoryId: t.tree.region.id, type: 'kindergarten' });
    expect(kinds.json().items.map((i: { orgId: number }) => i.orgId)).toEqual([t.tree.k1.id]);
    const before = await t.handle.db.selectFrom('app_user').select('id').execute();
    const empty = await call(admin, 'POST', '/api/users/for-orgs', {
      territoryId: t.tree.m1.id,
      type: 'kindergarten',
      withoutAccount: true,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({
      code: 'validation_failed',
      message:
        'Под отбор не попала ни одна организация: выберите другую территорию, тип или группу либо снимите отметку «только без учётной записи».',
    });
    expect(await t.handle.db.selectFrom('app_user').select('id').execute()).toHaveLength(before.length);
  });

  it('selects by group', async () => {
    const group = await t.handle.db
      .insertInto('org_group')
      .values({ scope_org_id: t.tree.region.id, code: 'g-1', name: 'Пилотные школы' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.handle.db.insertInto('org_group_member').values({ group_id: group.id, org_id: t.tree.s2.id }).execute();
    const res = await call(t.cookies.regional_operator, 'POST', '/api/users/for-orgs/preview', { groupId: group.id });
    expect(res.json().items.map((i: { orgId: number }) => i.orgId)).toEqual([t.tree.s2.id]);
    expect(res.json().groups).toEqual([{ id: group.id, name: 'Пилотные школы' }]);
    const missing = await call(t.cookies.regional_operator, 'POST', '/api/users/for-orgs/preview', { groupId: 999999 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toBe('Группа организаций не найдена: выберите её из списка.');
  });

  it('refuses a municipal operator another municipality', async () => {
    for (const url of ['/api/users/for-orgs/preview', '/api/users/for-orgs']) {
      const res = await call(t.cookies.municipal_operator, 'POST', url, { territoryId: t.tree.m2.id });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({
        code: 'forbidden',
        message: 'Эта территория вне вашей зоны доступа: создавать учётные записи можно только для организаций своей территории.',
      });
    }
    const unknown = await call(t.cookies.admin, 'POST', '/api/users/for-orgs', { territoryId: 999999 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toBe('Территория не найдена: выберите регион или муниципалитет из списка.');
  });
});

describe('the life of an account', () => {
  it('blocks a user: the sessions end at once, the login is refused in Russian; unblocking lets them in again', async () => {
    const user = await buildUser(t.handle.db, 'expert', t.tree.m1.id, 'blocked.expert');
    const session = await loginCookie(t.app, user.login);
    const blocked = await call(t.cookies.municipal_operator, 'POST', `/api/users/${user.id}/block`);
    expect(blocked.statusCode).toBe(200);
    expect(blocked.json()).toEqual({ sessionsEnded: 1 });
    expect((await call(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const refused = await login(user.login, TEST_PASSWORD);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({
      code: 'account_blocked',
      message:
        'Учётная запись заблокирована: войти нельзя. Обратитесь к администратору или оператору вашей территории, чтобы её разблокировали.',
    });
    // a wrong password does not learn that the account exists
    expect((await login(user.login, 'wrong-password-1')).json().code).toBe('invalid_credentials');
    const list = await call(t.cookies.municipal_operator, 'GET', '/api/users?status=blocked');
    expect(list.json().items.map((u: { login: string }) => u.login)).toEqual(['blocked.expert']);
    expect((await call(t.cookies.municipal_operator, 'POST', `/api/users/${user.id}/unblock`)).statusCode).toBe(200);
    expect((await login(user.login, TEST_PASSWORD)).statusCode).toBe(200);
    const actions = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(user.id))
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'user.create',
      'auth.login',
      'user.blocked',
      'auth.login_blocked',
      'user.unblocked',
      'auth.login',
    ]);
  });

  it('records and shows the last login, and filters by role, territory and status', async () => {
    const user = await buildUser(t.handle.db, 'viewer', t.tree.m2.id, 'viewer.second');
    const before = await call(t.cookies.admin, 'GET', `/api/users?territoryId=${t.tree.m2.id}`);
    expect(before.json().items).toEqual([expect.objectContaining({ login: 'viewer.second', lastLoginAt: null, isActive: true })]);
    await loginCookie(t.app, user.login);
    const after = await call(t.cookies.admin, 'GET', `/api/users?territoryId=${t.tree.m2.id}&role=viewer&status=active`);
    expect(Date.parse(after.json().items[0].lastLoginAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await call(t.cookies.admin, 'GET', `/api/users?territoryId=${t.tree.m2.id}&role=expert`)).json().items).toEqual([]);
    // an operator sees only its territory's accounts
    const own = await call(t.cookies.municipal_operator, 'GET', '/api/users');
    const logins = own.json().items.map((u: { login: string }) => u.login) as string[];
    expect(logins).not.toContain('viewer.second');
    expect(own.json().items.every((u: { role: string }) => u.role !== 'admin')).toBe(true);
    const bad = await call(t.cookies.admin, 'GET', '/api/users?status=sleeping');
    expect(bad.statusCode).toBe(400);
  });

  it('resets a password: shown once, the old one stops working, the new one must be changed', async () => {
    const user = await buildUser(t.handle.db, 'org_representative', t.tree.s1.id, 'forgetful.rep');
    const res = await call(t.cookies.municipal_operator, 'POST', `/api/users/${user.id}/reset-password`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { login: name, password } = res.json() as { login: string; password: string };
    expect(name).toBe('forgetful.rep');
    expect((await login(name, TEST_PASSWORD)).statusCode).toBe(401);
    const first = await login(name, password);
    expect(first.json().user.mustChangePassword).toBe(true);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'user.password_reset')
      .where('entity_id', '=', String(user.id))
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).not.toContain(password);
  });

  it('changes role and scope within what the caller may grant, and refuses the rest in Russian', async () => {
    const rep = await buildUser(t.handle.db, 'org_representative', t.tree.s1.id, 'moved.rep');
    const ok = await call(t.cookies.municipal_operator, 'PUT', `/api/users/${rep.id}/access`, { role: 'viewer', scopeOrgId: t.tree.m1.id });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ role: 'viewer', roleName: 'Наблюдатель', scopeOrgName: 'Первый район' });

    const promote = await call(t.cookies.municipal_operator, 'PUT', `/api/users/${rep.id}/access`, {
      role: 'municipal_operator',
      scopeOrgId: t.tree.m1.id,
    });
    expect(promote.statusCode).toBe(403);
    expect(promote.json().message).toBe(
      'Роль «Муниципальный оператор» вам недоступна: вы управляете только ролями «Эксперт», «Представитель организации», «Наблюдатель».',
    );

    const away = await call(t.cookies.municipal_operator, 'PUT', `/api/users/${rep.id}/access`, {
      role: 'viewer',
      scopeOrgId: t.tree.m2.id,
    });
    expect(away.statusCode).toBe(403);
    expect(away.json().message).toBe('Организация учётной записи вне вашей зоны доступа: выберите организацию своей территории.');

    const me = (await call(t.cookies.municipal_operator, 'GET', '/api/auth/me')).json().user as { id: number };
    for (const [method, url, payload] of [
      ['PUT', `/api/users/${me.id}/access`, { role: 'regional_operator', scopeOrgId: t.tree.region.id }],
      ['POST', `/api/users/${me.id}/block`, undefined],
    ] as const) {
      const self = await call(t.cookies.municipal_operator, method, url, payload);
      expect(self.statusCode).toBe(403);
      expect(self.json().message).toBe(
        'Свою учётную запись так изменить нельзя: роль, зону доступа и блокировку вам меняет другой администратор или оператор.',
      );
    }

    const wrongKind = await call(t.cookies.admin, 'PUT', `/api/users/${rep.id}/access`, {
      role: 'org_representative',
      scopeOrgId: t.tree.m1.id,
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().message).toBe(
      'Для роли «Представитель организации» зона доступа должна быть уровня «Организация», а выбран «Муниципалитет».',
    );

    const missing = await call(t.cookies.admin, 'POST', '/api/users/999999/block');
    expect(missing.statusCode).toBe(404);

    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(rep.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.access_changed']);
  });

  it('lets a municipal operator create only what it may grant', async () => {
    const res = await call(t.cookies.municipal_operator, 'POST', '/api/users', {
      login: 'too.high',
      fullName: 'Оператор',
      role: 'regional_operator',
      scopeOrgId: t.tree.region.id,
      password: 'a-long-password',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('Роль «Региональный оператор» вам недоступна');
    const other = await call(t.cookies.municipal_operator, 'POST', '/api/users', {
      login: 'other.viewer',
      fullName: 'Наблюдатель',
      role: 'viewer',
      scopeOrgId: t.tree.m2.id,
      password: 'a-long-password',
    });
    expect(other.statusCode).toBe(403);
  });

  it('never leaves the system without an active administrator', async () => {
    const admin = await t.handle.db.selectFrom('app_user').select('id').where('role', '=', 'admin').executeTakeFirstOrThrow();
    const ctx = { db: t.handle.db, actor: SYSTEM_ACTOR, requestId: null };
    await expect(blockUser(ctx, admin.id)).rejects.toMatchObject({
      code: 'conflict',
      message:
        'Это последний действующий администратор: его нельзя заблокировать или лишить роли. Сначала назначьте другого администратора.',
    });
    const second = await buildUser(t.handle.db, 'admin', null, 'second.admin');
    const res = await call(t.cookies.admin, 'POST', `/api/users/${second.id}/block`);
    expect(res.statusCode).toBe(200);
    await expect(blockUser(ctx, admin.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses a regional operator an administrator', async () => {
    const admin = await t.handle.db.selectFrom('app_user').select('id').where('login', 'like', 'admin.%').executeTakeFirstOrThrow();
    const res = await call(t.cookies.regional_operator, 'POST', `/api/users/${admin.id}/reset-password`);
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('Роль «Администратор» вам недоступна');
  });
});
