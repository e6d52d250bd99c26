import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import { CONTENT_SECURITY_POLICY } from './same-origin.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const newPeriod = (headers: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/periods',
    headers: { cookie: t.cookies.admin, host: 'soko.example', ...headers },
    payload: { code: '2030', kind: 'calendar_year', name: '2030 год', startsOn: '2030-01-01', endsOn: '2030-12-31' },
  });

describe('writes from another site (CSRF)', () => {
  it('refuses a cookie-authenticated write whose Origin is another site, and writes nothing', async () => {
    const before = await t.handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await newPeriod({ origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining('со стороннего сайта (https://evil.example)') });
    const period = await t.handle.db.selectFrom('period').select('id').where('code', '=', '2030').executeTakeFirst();
    expect(period).toBeUndefined();
    const after = await t.handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses an Origin that is not a URL ("null" from a sandboxed frame)', async () => {
    expect((await newPeriod({ origin: 'null' })).statusCode).toBe(403);
  });

  it('lets the site’s own pages and programs without an Origin write', async () => {
    expect((await newPeriod({ origin: 'https://soko.example' })).statusCode).toBe(201);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/periods',
      headers: { cookie: t.cookies.admin },
      payload: { code: '2031', kind: 'calendar_year', name: '2031 год', startsOn: '2031-01-01', endsOn: '2031-12-31' },
    });
    expect(again.statusCode).toBe(201);
  });

  it('does not stop reads from another site’s links', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(200);
  });
});

describe('security headers', () => {
  it('sends the Content-Security-Policy, no framing and no sniffing on every response', async () => {
    for (const url of ['/api/health', '/api/auth/me', '/no-such-route']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  });
});
