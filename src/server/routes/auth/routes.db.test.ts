import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginCookie, type TestApp } from '../../../../test/helpers/test-app.ts';
import { buildUser, TEST_PASSWORD } from '../../../../test/helpers/factories.ts';
import { buildServer } from '../../build-server.ts';

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

  it('closes logins from an address after twenty failures in fifteen minutes, whatever the names, and audits it', async () => {
    const from = (remoteAddress: string, login: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { login, password } });
    // password spraying: a few guesses at many names, never five at one
    for (let i = 0; i < 20; i++) expect((await from('10.0.0.7', `sprayed.${i % 7}`, `guess-${i}`)).statusCode).toBe(401);
    const closed = await from('10.0.0.7', adminLogin, TEST_PASSWORD);
    expect(closed.statusCode).toBe(429);
    expect(closed.json().message).toMatch(/с вашего сетевого адреса: вход с него закрыт до \d\d:\d\d \(МСК\)/);
    expect((await from('10.0.0.8', adminLogin, TEST_PASSWORD)).statusCode).toBe(200);
    const audit = await t.handle.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'auth.address_locked').execute();
    expect(audit.map((a) => a.entity_id)).toEqual(['10.0.0.7']);
  });

  it('verifies at most five of thirty parallel wrong passwords for one login and refuses the rest before hashing', async () => {
    const user = await buildUser(t.handle.db, 'viewer', t.tree.region.id, 'parallel.victim');
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '10.1.0.1',
          payload: { login: user.login, password: `guess-${i}` },
        }),
      ),
    );
    const codes = answers.map((a) => a.json().code as string);
    expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(5);
    expect(codes.filter((c) => c === 'too_many_attempts')).toHaveLength(25);
    // every verified guess left one failure in the audit log; the refused ones were never verified
    const failed = await t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auth.login_failed')
      .where('entity_id', '=', user.login)
      .execute();
    expect(failed).toHaveLength(5);
  });

  it('verifies at most twenty of thirty parallel wrong passwords from one address', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '10.1.0.2',
          payload: { login: `spray.${i}`, password: 'guess' },
        }),
      ),
    );
    const codes = answers.map((a) => a.json().code as string);
    expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(20);
    expect(codes.filter((c) => c === 'too_many_attempts')).toHaveLength(10);
  });

  it('a lock caused from one address does not shut out the rightful user on another; the administrator unlocks it', async () => {
    const user = await buildUser(t.handle.db, 'viewer', t.tree.region.id, 'targeted.user');
    const from = (remoteAddress: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { login: user.login, password } });
    for (let i = 0; i < 5; i++) expect((await from('10.2.0.1', `guess-${i}`)).statusCode).toBe(401);
    expect((await from('10.2.0.1', TEST_PASSWORD)).statusCode).toBe(429);
    expect((await from('10.2.0.2', TEST_PASSWORD)).statusCode).toBe(200);

    const admin = await loginCookie(t.app, adminLogin);
    const listed = await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: admin } });
    const row = (listed.json().items as { login: string; lockedUntil: string | null }[]).find((u) => u.login === user.login);
    expect(row?.lockedUntil).toMatch(/^\d{4}-\d\d-\d\dT/);
    const unlock = await t.app.inject({ method: 'POST', url: `/api/users/${user.id}/unlock`, headers: { cookie: admin } });
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json()).toEqual({ cleared: 5 });
    expect((await from('10.2.0.1', TEST_PASSWORD)).statusCode).toBe(200);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['user_login', 'after'])
      .where('action', '=', 'auth.unlocked')
      .where('entity_id', '=', String(user.id))
      .execute();
    expect(audit).toEqual([{ user_login: adminLogin, after: { login: user.login, cleared: 5 } }]);
    // not an administrator's action for anyone else
    const viewer = await loginCookie(t.app, user.login);
    expect((await t.app.inject({ method: 'POST', url: `/api/users/${user.id}/unlock`, headers: { cookie: viewer } })).statusCode).toBe(403);
  });

  it('fifty failures from ten addresses do not shut out the rightful user; a guesser gets one try per new address', async () => {
    const user = await buildUser(t.handle.db, 'viewer', t.tree.region.id, 'distributed.victim');
    const from = (remoteAddress: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { login: user.login, password } });
    for (let a = 1; a <= 10; a++) {
      for (let i = 0; i < 5; i++) expect((await from(`10.6.0.${a}`, `guess-${a}-${i}`)).statusCode).toBe(401);
    }
    // the rightful user on a clean address logs in
    const rightful = await from('10.6.0.11', TEST_PASSWORD);
    expect(rightful.statusCode).toBe(200);
    expect(rightful.cookies).toHaveLength(1);
    // a new address gets one guess; after it even the right password is refused there, so the one guess is all it gets
    expect((await from('10.6.0.12', 'guess-12')).statusCode).toBe(401);
    const refused = await from('10.6.0.12', TEST_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({
      code: 'too_many_attempts',
      message: expect.stringMatching(
        /под именем «distributed\.victim» с разных адресов.*с вашего сетевого адреса закрыт до \d\d:\d\d \(МСК\)/,
      ),
    });
    expect(refused.cookies).toHaveLength(0);
    // parallel guesses from another new address: one is verified, the rest are refused before hashing
    const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => from('10.6.0.13', `burst-${i}`)));
    const codes = burst.map((r) => r.json().code as string);
    expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(1);
    expect(codes.filter((c) => c === 'too_many_attempts')).toHaveLength(7);
    // audited: every verified failure, each address's lock, and the login-wide lock once, when the fiftieth failure crossed it
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', user.login)
      .where('action', 'in', ['auth.login_failed', 'auth.locked'])
      .execute();
    expect(audit.filter((a) => a.action === 'auth.login_failed')).toHaveLength(52);
    const locks = audit.filter((a) => a.action === 'auth.locked').map((a) => a.after as Record<string, unknown>);
    expect(locks.filter((l) => 'ip' in l)).toHaveLength(10);
    expect(locks.filter((l) => l.loginWide === true)).toHaveLength(1);
  });

  it('drops attempt rows older than a day when the login comes again', async () => {
    const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await t.handle.db
      .insertInto('login_attempt')
      .values({ login: 'old.attempts', ip: '10.4.0.1', at: old, outcome: 'failed', source: 'login' })
      .execute();
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.4.0.2',
      payload: { login: 'old.attempts', password: 'x' },
    });
    const rows = await t.handle.db.selectFrom('login_attempt').select(['ip', 'outcome']).where('login', '=', 'old.attempts').execute();
    expect(rows).toEqual([{ ip: '10.4.0.2', outcome: 'failed' }]);
  });

  it('behind a reverse proxy (SOKO_TRUST_PROXY) counts the client’s address, not the proxy’s', async () => {
    const proxied = await buildServer({ db: t.handle.db, uiDir: null, trustProxy: true });
    try {
      const from = (client: string, login: string) =>
        proxied.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': client },
          payload: { login, password: 'a-guess' },
        });
      for (let i = 0; i < 20; i++) await from('203.0.113.5', `proxied.${i}`);
      expect((await from('203.0.113.5', 'proxied.new')).json().message).toMatch(/с вашего сетевого адреса/);
      // another client behind the same proxy is not shut out
      expect((await from('203.0.113.6', 'proxied.new')).json().code).toBe('invalid_credentials');
    } finally {
      await proxied.close();
    }
  });

  it('behind a reverse proxy, a client cannot choose its address by writing X-Forwarded-For itself', async () => {
    const proxied = await buildServer({ db: t.handle.db, uiDir: null, trustProxy: true });
    try {
      // the proxy appends the address it saw to whatever the client sent: the last entry is the real one
      const spoofed = (fake: string, login: string) =>
        proxied.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': `${fake}, 203.0.113.9` },
          payload: { login, password: 'a-guess' },
        });
      for (let i = 0; i < 20; i++) await spoofed(`198.51.100.${i}`, `spoof.${i}`);
      expect((await spoofed('198.51.100.99', 'spoof.new')).json().message).toMatch(/с вашего сетевого адреса/);
      const rows = await t.handle.db.selectFrom('login_attempt').select('ip').distinct().where('login', 'like', 'spoof.%').execute();
      expect(rows).toEqual([{ ip: '203.0.113.9' }]);
    } finally {
      await proxied.close();
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

  it('serves the OpenAPI document with every API route to a signed-in user', async () => {
    const cookie = await loginCookie(t.app, adminLogin);
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { cookie } });
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/orgs', '/api/orgs/{id}', '/api/users', '/api/audit']),
    );
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/', headers: { cookie } });
    expect(docs.statusCode).toBe(200);
  });

  it('keeps the API description and the version from anonymous callers, and the demo flag for the login page', async () => {
    for (const url of ['/api/openapi.json', '/api/docs', '/api/docs/', '/api/docs/static/index.html', '/api/docs/json']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json(), url).toMatchObject({ code: 'unauthenticated', message: expect.stringMatching(/войдите/) });
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/meta' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ demo: false });
    const signedIn = await t.app.inject({ method: 'GET', url: '/api/meta', headers: { cookie: await loginCookie(t.app, adminLogin) } });
    expect(signedIn.json()).toEqual({ demo: false, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });
});

describe('own account', () => {
  it('changes the password with the current one, ends the other sessions and keeps this one', async () => {
    const user = await buildUser(t.handle.db, 'viewer', t.tree.region.id, 'changing.user');
    const here = await loginCookie(t.app, user.login);
    const elsewhere = await loginCookie(t.app, user.login);
    const change = (payload: object, cookie = here) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload });

    const wrong = await change({ currentPassword: 'not-my-password', newPassword: 'a-new-long-password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      code: 'validation_failed',
      message: 'Текущий пароль введён неверно. Пароль не изменён.',
      details: [{ path: 'body.currentPassword' }],
    });
    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.json()).toMatchObject({ code: 'validation_failed', details: [{ path: 'body.newPassword' }] });
    const same = await change({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
    expect(same.json()).toMatchObject({ code: 'validation_failed', message: 'Новый пароль совпадает с текущим. Придумайте другой.' });

    const ok = await change({ currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-password' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ sessionsEnded: 1 });
    const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    const login = (password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: user.login, password } });
    expect((await login(TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('a-new-long-password')).statusCode).toBe(200);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'auth.password_changed')
      .where('entity_id', '=', String(user.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.after)).not.toContain('a-new-long-password');
  });

  it('counts a wrong current password like a failed login: audited, and locked after five', async () => {
    const user = await buildUser(t.handle.db, 'viewer', t.tree.region.id, 'session.holder');
    const cookie = await loginCookie(t.app, user.login);
    const change = (currentPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        remoteAddress: '10.3.0.1',
        headers: { cookie },
        payload: { currentPassword, newPassword: 'Сирень-над-рекой-42' },
      });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => change(`guess-${i}`)));
    const codes = answers.map((a) => a.json().code as string);
    expect(codes.filter((c) => c === 'validation_failed')).toHaveLength(5);
    expect(codes.filter((c) => c === 'too_many_attempts')).toHaveLength(7);
    // even the right password is refused now, and a login from the same address too
    expect((await change(TEST_PASSWORD)).json().code).toBe('too_many_attempts');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.3.0.1',
      payload: { login: user.login, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(429);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', user.login)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([...Array(5).fill('auth.login_failed'), 'auth.locked']);
    expect(audit[0]?.after).toMatchObject({ source: 'password_change', ip: '10.3.0.1' });
  });

  it('refuses weak passwords with the Russian reasons, when an administrator creates a user and when a user changes theirs', async () => {
    const admin = await loginCookie(t.app, adminLogin);
    const create = (login: string, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: admin },
        payload: { login, fullName: 'Петрова Анна Сергеевна', role: 'viewer', scopeOrgId: t.tree.region.id, password },
      });
    const refusals = {
      aaaaaaaaaa: /повторов/,
      '1234567890': /последовательностей/,
      'qwerty12345!': /последовательностей/,
      'a.petrova-2025': /Содержит логин/,
      'petrova-anna-42': /Содержит часть/,
      'Пароль2024!': /распространённый/,
    };
    for (const [password, reason] of Object.entries(refusals)) {
      const res = await create('a.petrova', password);
      expect(res.statusCode, password).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      expect(res.json().message, password).toMatch(/^Пароль не подходит: /);
      expect(
        res
          .json()
          .details.map((d: { message: string }) => d.message)
          .join(' '),
        password,
      ).toMatch(reason);
      expect(res.json().details[0].path).toBe('body.password');
    }
    expect((await create('a.petrova', 'Сирень-над-рекой-42')).statusCode).toBe(201);

    const user = await buildUser(t.handle.db, 'viewer', t.tree.region.id, 'weak.changer');
    const cookie = await loginCookie(t.app, user.login);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'йцукен12345' },
    });
    expect(change.statusCode).toBe(400);
    expect(change.json().code).toBe('validation_failed');
    expect(change.json().details.map((d: { path: string }) => d.path)).toEqual(['body.newPassword', 'body.newPassword']);
    expect(change.json().message).toMatch(/последовательностей.*распространённый/);
  });

  it('logs out on the other devices and stays logged in here', async () => {
    const user = await buildUser(t.handle.db, 'viewer', t.tree.region.id, 'travelling.viewer');
    const here = await loginCookie(t.app, user.login);
    const others = [await loginCookie(t.app, user.login), await loginCookie(t.app, user.login)];
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sessions/end-others', headers: { cookie: here } });
    expect(res.json()).toEqual({ sessionsEnded: 2 });
    const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect((await me(here)).statusCode).toBe(200);
    for (const cookie of others) expect((await me(cookie)).statusCode).toBe(401);
  });
});
