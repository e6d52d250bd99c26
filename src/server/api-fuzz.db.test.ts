import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, type SeededRandom } from '../domain/demo/seeded-random.ts';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import { startCampaign } from '../../test/helpers/campaign-fixtures.ts';

// A fuzz run over the JSON API: every registered route, called as the administrator (who passes
// every policy, so the input reaches the use cases) with generated path parameters, query strings
// and bodies. Whatever the input, the answer is a 2xx or a 4xx with the error shape — never a 5xx.
// Seeded: a failure is reproduced by running the test again.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await startCampaign(t.handle.db, t.tree.m1.id, 'Кампания для фаззинга');
});
afterAll(async () => {
  await t.close();
});

const STRINGS = [
  '',
  ' ',
  'абв',
  '0',
  '-1',
  '1e309',
  'NaN',
  '99999999999999999999',
  '../../etc/passwd',
  '%00',
  "'; drop table org; --",
  '<script>',
  'я'.repeat(5000),
  '=1+1',
  '2025-02-30',
  '31.12.2025',
  'null',
  '{"a":1}',
];

function value(rnd: SeededRandom, depth: number): unknown {
  switch (rnd.int(0, depth > 2 ? 5 : 7)) {
    case 0:
      return null;
    case 1:
      return rnd.pick([0, -1, 1, 2.5, 1e308, -1e308, 2 ** 53 + 1, 1.7976931348623157e308]);
    case 2:
      return rnd.pick([true, false]);
    case 3:
    case 4:
      return rnd.pick(STRINGS);
    case 5:
      return rnd.int(1, 1000);
    case 6:
      return Array.from({ length: rnd.int(0, 4) }, () => value(rnd, depth + 1));
    default:
      return object(rnd, depth + 1);
  }
}

const FIELDS = [
  'name',
  'code',
  'login',
  'password',
  'version',
  'values',
  'periodId',
  'frameworkId',
  'catalogueId',
  'orgId',
  'parentId',
  'scopeOrgId',
  'type',
  'kind',
  'role',
  'startsOn',
  'endsOn',
  'comment',
  'reason',
  'scores',
  'objects',
  'participants',
  'indicatorCodes',
  'stages',
  'currentPassword',
  'newPassword',
];

function object(rnd: SeededRandom, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = rnd.int(0, 5); i > 0; i--) out[rnd.pick(FIELDS)] = value(rnd, depth);
  return out;
}

function param(rnd: SeededRandom): string {
  return encodeURIComponent(String(rnd.pick([1, 2, 3, 0, -1, 999999, 2 ** 31, 'abc', '1.5', '', '%', "'", ...STRINGS.slice(0, 6)])));
}

describe('the JSON API under generated input', () => {
  it('never answers 5xx, whatever the path parameters, query and body', async () => {
    const rnd = seededRandom(20261202);
    const problems: string[] = [];
    let cases = 0;
    const routes = t.app.routeCatalog.filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs') && r.url !== '/api/auth/logout');
    for (const route of routes) {
      for (let i = 0; i < 30; i++) {
        const url = route.url.replace(/:[a-zA-Z]+/g, () => param(rnd));
        const query = Array.from({ length: rnd.int(0, 4) }, () => `${rnd.pick(FIELDS)}=${param(rnd)}`).join('&');
        const body = rnd.int(0, 9) === 0 ? '{"broken": ' : JSON.stringify(rnd.int(0, 5) === 0 ? value(rnd, 0) : object(rnd, 0));
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: query ? `${url}?${query}` : url,
          headers: { cookie: t.cookies.admin, ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }) },
          ...(route.method === 'GET' ? {} : { payload: body }),
        });
        cases++;
        if (res.statusCode >= 500)
          problems.push(`${route.method} ${url}?${query} ${body.slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 400 && !('code' in (res.json() as object)))
          problems.push(`${route.method} ${url}: ${res.statusCode} without an error code`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(cases).toBeGreaterThan(1500);
  });

  it('refuses an id beyond the database integer with the field named, in Russian', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/orgs/2147483648', headers: { cookie: t.cookies.admin } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', details: [{ path: 'params.id' }] });
    expect(res.json().message).toMatch(/[а-я]/);
  });
});
