import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginCookie, type TestApp } from '../../../../test/helpers/test-app.ts';
import { TEST_PASSWORD } from '../../../../test/helpers/factories.ts';

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
