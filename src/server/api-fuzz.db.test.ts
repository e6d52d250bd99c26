import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCatalogueWorkbook } from '../app/catalogues/catalogue-workbook.ts';
import type { Catalogue } from '../domain/catalogue/catalogue.ts';
import type { Role } from '../domain/access/role.ts';
import { buildServer } from './build-server.ts';
import { XLSX_TYPE } from './routes/catalogues/routes.ts';
import { seededRandom, type SeededRandom } from '../domain/statistics/seeded-random.ts';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import { startCampaign } from '../../test/helpers/campaign-fixtures.ts';

// A fuzz run over the JSON API: every registered route, called as the administrator (who passes
// every policy, so the input reaches the use cases) with generated path parameters, query strings
// and bodies. Whatever the input, the answer is a 2xx or a 4xx with the error shape — never a 5xx.
// Seeded: a failure is reproduced by running the test again.

let t: TestApp;
// The same database served with a built UI (an index.html and one asset), for the static paths.
let withUi: FastifyInstance;
let uiDir: string;
beforeAll(async () => {
  t = await createTestApp();
  await startCampaign(t.handle.db, t.tree.m1.id, 'Кампания для фаззинга');
  uiDir = mkdtempSync(join(tmpdir(), 'soko-ui-'));
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>СОКО</title>');
  mkdirSync(join(uiDir, 'assets'));
  writeFileSync(join(uiDir, 'assets', 'app.js'), 'console.log(1)');
  withUi = await buildServer({ db: t.handle.db, uiDir });
  await withUi.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await withUi.close();
  await t.close();
  rmSync(uiDir, { recursive: true, force: true });
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

/** A refusal as the project answers: a 4xx with a stable code and a Russian message. */
function expectRefusal(res: LightMyRequestResponse, what: string, status?: number): { code: string; message: string } {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
  if (status !== undefined) expect(res.statusCode, what).toBe(status);
  expect(res.headers['content-type'], what).toMatch(/^application\/json/);
  const body = res.json<{ code: string; message: string }>();
  expect(body, what).toEqual(
    expect.objectContaining({ code: expect.stringMatching(/^[a-z_]+$/), message: expect.stringMatching(/[а-яё]/i) }),
  );
  expect(body, what).not.toHaveProperty('error');
  expect(body, what).not.toHaveProperty('statusCode');
  return body;
}

/** A GET sent over a socket with the path exactly as written. */
async function rawGet(path: string): Promise<LightMyRequestResponse> {
  const address = withUi.server.address();
  if (!address || typeof address === 'string') throw new Error('the UI server is not listening');
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: address.port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) } as LightMyRequestResponse);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the caller’s mistakes outside the JSON bodies', () => {
  it('refuses a malformed percent-encoded x-file-name on every upload route with a 400 in Russian', async () => {
    const uploads = t.app.routeCatalog.filter((r) => r.method === 'POST' && /\/(import|imports|upload|files|evidence)$/.test(r.url));
    expect(uploads.map((r) => r.url).sort()).toEqual([
      '/api/assessments/imports',
      '/api/campaigns/:id/upload',
      '/api/catalogues/import',
      '/api/orgs/register/imports',
      '/api/reports/:id/files',
      '/api/scoring/rounds/:id/import',
      '/api/scoring/rounds/:id/objects/:orgId/evidence',
    ]);
    for (const route of uploads) {
      const policy = route.policy;
      const role = (policy?.access === 'authenticated' && policy.roles !== 'all' ? policy.roles[0] : 'admin') as Role;
      for (const name of ['%E0%A4%A', '%', '%D0', 'отчёт%ZZ.xlsx']) {
        const res = await t.app.inject({
          method: 'POST',
          url: route.url.replace(/:[a-zA-Z]+/g, '1'),
          headers: {
            cookie: t.cookies[role],
            'content-type': route.url.startsWith('/api/catalogues') ? XLSX_TYPE : 'application/octet-stream',
            'x-file-name': name,
            'x-position': 'D1.goals.1',
          },
          payload: Buffer.from('PK not really a workbook'),
        });
        const body = expectRefusal(res, `${route.url} x-file-name: ${name}`, 400);
        expect(body).toMatchObject({ code: 'validation_failed', details: [{ path: 'headers.x-file-name' }] });
        expect(body.message).toContain('заголовка x-file-name закодировано неверно');
      }
    }
  });

  it('refuses a malformed x-position on the evidence upload the same way', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/scoring/rounds/1/objects/1/evidence',
      headers: { cookie: t.cookies.admin, 'content-type': 'application/pdf', 'x-file-name': 'a.pdf', 'x-position': '%E0%A4%A' },
      payload: Buffer.from('%PDF-1.4'),
    });
    expect(expectRefusal(res, 'x-position', 400)).toMatchObject({ details: [{ path: 'headers.x-position' }] });
  });

  it('refuses a catalogue whose formula is nested 15,000 brackets deep, naming the cell', async () => {
    const framework = await t.handle.db
      .selectFrom('framework')
      .select('content')
      .where('code', '=', 'test-indicators')
      .executeTakeFirstOrThrow();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportCatalogueWorkbook(framework.content as Catalogue, [])) as unknown as ArrayBuffer);
    wb.getWorksheet('Показатели')!.getCell('I2').value = `${'('.repeat(15_000)}1${')'.repeat(15_000)}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/catalogues/import',
      headers: { cookie: t.cookies.admin, 'content-type': XLSX_TYPE },
      payload: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    const body = expectRefusal(res, 'deep formula', 400) as { code: string; details?: unknown[] };
    expect(body.code).toBe('import_invalid_cell');
    expect(body.details).toEqual([
      expect.objectContaining({ sheet: 'Показатели', row: 2, column: 'I', message: expect.stringContaining('глубже 100 уровней') }),
    ]);
  });

  it('answers 404 to a path leaving the UI folder, however it is spelt, and still serves the UI', async () => {
    for (const url of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%2E%2E/%2E%2E/etc/passwd',
      '/assets/../../../etc/passwd',
      '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/..%5c..%5cetc%5cpasswd',
      '/./assets/app.js',
      '/api/docs/static/../../../etc/passwd',
    ]) {
      // Sent as is over HTTP: an injected request's URL would be normalised (`/../x` → `/x`) on the way.
      const res = await rawGet(url);
      expect(res.body, url).not.toContain('root:');
      expect(expectRefusal(res, url, 404).code).toBe('route_not_found');
    }
    // The file server's own refusals: a range beyond the file, a NUL byte in the name.
    for (const [url, headers] of [
      ['/assets/app.js', { range: 'bytes=999-1000' }],
      ['/assets/app.js', { range: 'bytes=5-2' }],
      ['/assets/app.js%00', {}],
      ['/assets/%00', {}],
    ] as const) {
      expectRefusal(await withUi.inject({ method: 'GET', url, headers }), `${url} ${JSON.stringify(headers)}`);
    }
    const page = await withUi.inject({ method: 'GET', url: '/orgs/5' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>СОКО</title>');
    const asset = await withUi.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
  });

  it('answers the framework’s own refusals in the project’s shape and in Russian', async () => {
    const admin = { cookie: t.cookies.admin };
    const json = { ...admin, 'content-type': 'application/json' };
    const cases: { what: string; code: string; status: number; req: InjectOptions }[] = [
      {
        what: 'bad percent in the path',
        code: 'validation_failed',
        status: 400,
        req: { method: 'GET', url: '/api/orgs/%', headers: admin },
      },
      { what: 'bad percent, anonymous', code: 'validation_failed', status: 400, req: { method: 'GET', url: '/api/orgs/%' } },
      { what: 'bad percent on the UI', code: 'validation_failed', status: 400, req: { method: 'GET', url: '/%' } },
      {
        // The API has no such route (404); with the UI its wildcard matches and the router refuses the length (400).
        what: 'path parameter too long',
        code: 'route_not_found|validation_failed',
        status: 0,
        req: { method: 'GET', url: `/api/orgs/${'1'.repeat(500)}`, headers: admin },
      },
      { what: 'unknown route', code: 'route_not_found', status: 404, req: { method: 'GET', url: '/api/nothing-here', headers: admin } },
      { what: 'unknown method', code: 'route_not_found', status: 404, req: { method: 'PATCH', url: '/api/health' } },
      {
        what: 'broken JSON',
        code: 'invalid_json',
        status: 400,
        req: { method: 'POST', url: '/api/periods', headers: json, payload: '{"a":' },
      },
      {
        what: 'prototype poisoning',
        code: 'invalid_json',
        status: 400,
        req: { method: 'POST', url: '/api/periods', headers: json, payload: '{"__proto__":{"x":1}}' },
      },
      {
        what: 'unsupported media type',
        code: 'unsupported_media_type',
        status: 415,
        req: { method: 'POST', url: '/api/periods', headers: { ...admin, 'content-type': 'application/xml' }, payload: '<a/>' },
      },
      {
        what: 'body too large',
        code: 'payload_too_large',
        status: 413,
        req: { method: 'POST', url: '/api/periods', headers: json, payload: JSON.stringify({ name: 'я'.repeat(1_000_000) }) },
      },
    ];
    for (const server of [t.app, withUi]) {
      for (const c of cases) {
        if (server === withUi && c.req.method === 'GET' && !String(c.req.url).startsWith('/api/') && c.code === 'route_not_found') continue;
        const res = await server.inject(c.req);
        expect(c.code.split('|'), c.what).toContain(expectRefusal(res, c.what, c.status || undefined).code);
      }
    }
  });

  it('serves the API description and the version to signed-in users only', async () => {
    for (const url of ['/api/openapi.json', '/api/docs', '/api/docs/', '/api/docs/json', '/api/docs/static/index.html']) {
      expect(expectRefusal(await t.app.inject({ method: 'GET', url }), url, 401).code).toBe('unauthenticated');
      const signedIn = await t.app.inject({ method: 'GET', url, headers: { cookie: t.cookies.viewer } });
      expect(signedIn.statusCode, url).toBeLessThan(400);
    }
    const meta = await t.app.inject({ method: 'GET', url: '/api/meta' });
    expect(meta.json()).not.toHaveProperty('version');
    const publicPage = await t.app.inject({ method: 'GET', url: '/api/public/documents' });
    expect(publicPage.statusCode).toBeLessThan(400);
  });
});
