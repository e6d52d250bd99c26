import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentCalls } from '../../test/helpers/assessment-calls.ts';
import { startCampaign } from '../../test/helpers/campaign-fixtures.ts';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.ts';

// Hostile CSV files sent to every route that reads CSV: the campaign upload, the assessment
// import's upload (which previews the file) and its background read. Each is refused with a 4xx
// and a Russian message (the background read: status «failed» and the message on the import),
// never a 5xx; and /api/health and a rating read answer in under 200 ms while the file is processed.

const MIB = 1024 * 1024;
const HEALTH_BOUND_MS = 200;

let t: TestApp;
let campaignId: number;
/** A computed rating to read while the files are processed. */
let ratingUrl: string;
const { call, upload: uploadResults, readAndWait } = assessmentCalls(() => t);

beforeAll(async () => {
  t = await createTestApp();
  campaignId = (await startCampaign(t.handle.db, t.tree.m1.id)).id;
  const { framework_id: catalogueId, period_id: periodId } = await t.handle.db
    .selectFrom('campaign')
    .select(['framework_id', 'period_id'])
    .where('id', '=', campaignId)
    .executeTakeFirstOrThrow();
  const computed = await call('POST', '/api/results/compute', t.cookies.admin, { catalogueId, periodId });
  expect(computed.statusCode, computed.body).toBe(200);
  const list = await call('GET', `/api/ratings?catalogueId=${catalogueId}&periodId=${periodId}`, t.cookies.admin);
  const key = (list.json().items as { key: string }[])[0]?.key;
  expect(key).toBeDefined();
  ratingUrl = `/api/ratings/view?catalogueId=${catalogueId}&periodId=${periodId}&key=${encodeURIComponent(key!)}`;
  // warm both
  await t.app.inject({ method: 'GET', url: '/api/health' });
  expect((await call('GET', ratingUrl, t.cookies.admin)).statusCode).toBe(200);
});
afterAll(async () => t.close());

/** Runs `work` while calling /api/health and reading a rating, one call after another; the work's answer and the slowest of those answers. */
async function beside<T>(work: () => Promise<T>): Promise<{ result: T; slowestHealthMs: number }> {
  let done = false;
  const running = work().finally(() => (done = true));
  let slowest = 0;
  let n = 0;
  do {
    const started = performance.now();
    const res = n++ % 2 === 0 ? await t.app.inject({ method: 'GET', url: '/api/health' }) : await call('GET', ratingUrl, t.cookies.admin);
    expect(res.statusCode).toBe(200);
    slowest = Math.max(slowest, performance.now() - started);
    await new Promise((ok) => setTimeout(ok, 2));
  } while (!done || n < 2);
  return { result: await running, slowestHealthMs: slowest };
}

/**
 * `beside`, tried up to three times until every call answered within the bound: a block of the
 * event loop by the work repeats on every try, while the noise of a machine shared with other test
 * processes (PGlite runs its queries on this same thread) does not.
 */
async function withinBound<T>(work: () => Promise<T>): Promise<{ result: T; slowestHealthMs: number }> {
  let best = await beside(work);
  for (let attempt = 1; attempt < 3 && best.slowestHealthMs >= HEALTH_BOUND_MS; attempt++) {
    const again = await beside(work);
    if (again.slowestHealthMs < best.slowestHealthMs) best = again;
  }
  return best;
}

const uploadCampaign = (body: Buffer, name: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/campaigns/${campaignId}/upload`,
    headers: { cookie: t.cookies.org_representative, 'content-type': 'text/csv', 'x-file-name': encodeURIComponent(name) },
    payload: body,
  });

interface Hostile {
  name: string;
  body: (header: string) => Buffer;
  /** What the answer says, per route. */
  results: RegExp;
  campaign: RegExp;
  /** The campaign upload refuses bodies over 10 MB before reading them. */
  campaignStatus?: number;
}

const rows = (n: number, row: string) => row.repeat(n);

const HOSTILE: Hostile[] = [
  {
    name: 'a 30 MB first line',
    body: (header) => Buffer.from(header + 'x'.repeat(30 * MIB)),
    results: /строка 1 длиннее 65\s536 символов — это не таблица/,
    campaign: /Запрос слишком большой \(более 10 МБ\)/,
    campaignStatus: 413,
  },
  {
    name: 'a 9 MB first line (under the campaign body limit)',
    body: (header) => Buffer.from(header + 'x'.repeat(9 * MIB)),
    results: /строка 1 длиннее 65\s536 символов/,
    campaign: /строка 1 длиннее 65\s536 символов/,
  },
  {
    name: 'a header whose quote is never closed',
    body: (header) => Buffer.from(`"${header}\n${rows(50, '1;2;3\n')}`),
    results: /в строке 1 открыта кавычка, которая не закрыта до конца файла/,
    campaign: /в строке 1 открыта кавычка, которая не закрыта до конца файла/,
  },
  {
    name: 'a header whose quote swallows 100,000 rows',
    body: (header) => Buffer.from(`${header.replace(';', ';"')}\n${rows(100_000, '1;2;3\n')}`),
    results: /строка 1 длиннее 65\s536 символов.*кавычк/,
    campaign: /строка 1 длиннее 65\s536 символов.*кавычк/,
  },
  {
    name: 'a header of 10,000 columns',
    body: () => Buffer.from(`${';'.repeat(10_000)}\n1;2;3\n`),
    results: /в строке 1 больше 500 столбцов/,
    campaign: /в строке 1 больше 50 столбцов/,
  },
  {
    name: 'a header only',
    body: (header) => Buffer.from(`${header}\r\n`),
    results: /только строка заголовков — строк с результатами нет/,
    campaign: /нет ни одной формы организаций этой кампании/,
  },
  {
    name: 'a file of NUL bytes',
    body: () => Buffer.alloc(MIB),
    results: /двоичные данные/,
    campaign: /не похож на книгу Excel \(\.xlsx\) или CSV/,
  },
];

describe('hostile CSV files', () => {
  const RESULTS_HEADER = 'Код ОО;Предмет;Отметка';
  const CAMPAIGN_HEADER = 'Код организации;Ключ;Значение';

  it.each(HOSTILE)('$name: the assessment import refuses it with a 4xx, health and a rating answer meanwhile', async (h) => {
    const body = h.body(RESULTS_HEADER);
    const { result, slowestHealthMs } = await withinBound(() => uploadResults(t.cookies.municipal_operator, body, 'x.csv'));
    expect(result.statusCode, result.body).toBe(400);
    expect(result.json()).toMatchObject({ code: 'import_invalid', message: expect.stringMatching(h.results) as unknown });
    expect(slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
  });

  it.each(HOSTILE)('$name: the campaign upload refuses it with a 4xx, health and a rating answer meanwhile', async (h) => {
    const body = h.body(CAMPAIGN_HEADER);
    const { result, slowestHealthMs } = await withinBound(() => uploadCampaign(body, 'форма.csv'));
    expect(result.statusCode, result.body).toBe(h.campaignStatus ?? 400);
    expect(result.json()).toMatchObject({ code: h.campaignStatus ? 'payload_too_large' : 'import_invalid' });
    // the message or, for problems of content, its details
    expect(result.body).toMatch(h.campaign);
    expect(slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
  });

  it('the background read of a file whose later line is 30 MB fails with the message on the import; health and a rating answer meanwhile', async () => {
    const code = t.tree.s1.code;
    const head = `${RESULTS_HEADER}\n${rows(3000, `${code};Математика;4\n`)}`;
    const body = Buffer.from(`${head}${code};${'x'.repeat(30 * MIB)}\n`);
    let id = 0;
    const { result, slowestHealthMs } = await withinBound(async () => {
      const up = await uploadResults(t.cookies.municipal_operator, body, 'ВПР 2025.csv');
      expect(up.statusCode, up.body).toBe(201);
      id = up.json().import.id as number;
      return readAndWait(t.cookies.municipal_operator, id, { kind: 'vpr', year: 2025, mapping: { orgCode: 0, subject: 1, mark: 2 } });
    });
    expect(result).toMatchObject({ status: 'failed', error: expect.stringMatching(/строка 3002 длиннее 65\s536 символов/) as unknown });
    expect(slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
    const again = await call('GET', `/api/assessments/imports/${id}`, t.cookies.municipal_operator);
    expect(again.statusCode).toBe(200);
  });
});
