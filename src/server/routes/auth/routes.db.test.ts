import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginCookie, type TestApp } from '../../../../test/helpers/test-app.ts';
import { buildUser, TEST_PASSWORD } from '../../../../test/helpers/factories.ts';

let t: TestApp;
let adminLogin: string;
beforeAll(async () => {
  t = await createTestApp();
  adminLogin = (await t.handle.db.selectFrom('app_user').select('login').where('role', '=', 'admin').executeTakeFirstOrThrow()).login;
});
afterAll(async () => {
  await t.close();
});

describe('auth routes', () => {
  it('refuses a wrong password and an unknown login with the same message', async () => {
    for (const login of [adminLogin, 'nobody']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password: 'wrong-password' } });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        code: 'invalid_credentials',
        message: 'Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock.',
      });
      expect(res.cookies).toHaveLength(0);
    }
  });

  it('locks an account after five failed logins in fifteen minutes, even for the right password, and audits it', async () => {
    const user = await buildUser(t.handle.db, 'viewer', t.tree.region.id, 'guessed.user');
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: user.login, password } });
    for (let i = 0; i < 5; i++) expect((await attempt(`guess-${i}`)).statusCode).toBe(401);
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({
      code: 'too_many_attempts',
      message: expect.stringMatching(/Слишком много неудачных попыток входа под именем «guessed\.user»: вход закрыт до \d\d:\d\d \(МСК\)/),
    });
    expect(locked.cookies).toHaveLength(0);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', 'guessed.user')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([...Array(5).fill('auth.login_failed'), 'auth.locked']);
    // another account is not affected
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: adminLogin, password: TEST_PASSWORD } })).statusCode,
    ).toBe(200);
  });

  it('sets an HTTP-only SameSite cookie, tells who is logged in, and logs out', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: adminLogin, password: TEST_PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'soko_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const header = `soko_session=${cookie?.value}`;
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: header } });
    expect(me.json().user).toMatchObject({ login: adminLogin, role: 'admin', roleName: 'Администратор', scopeOrgId: null });
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: header } });
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: header } });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });

  it('stores only a hash of the session token and a scrypt hash of the password', async () => {
    const header = await loginCookie(t.app, adminLogin);
    const token = header.split('=')[1] ?? '';
    const sessions = await t.handle.db.selectFrom('user_session').select('id').execute();
    expect(sessions.some((s) => s.id === token)).toBe(false);
    const user = await t.handle.db.selectFrom('app_user').select('password_hash').where('login', '=', adminLogin).executeTakeFirstOrThrow();
    expect(user.password_hash.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(user.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('refuses an expired session', async () => {
    const header = await loginCookie(t.app, adminLogin);
    await t.handle.db
      .updateTable('user_session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: header } });
    expect(res.statusCode).toBe(401);
  });

  it('serves the OpenAPI document with every API route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/orgs', '/api/orgs/{id}', '/api/users', '/api/audit']),
    );
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });
});
