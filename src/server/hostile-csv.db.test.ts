import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentCalls } from '../../test/helpers/assessment-calls.ts';
import { startCampaign } from '../../test/helpers/campaign-fixtures.ts';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.ts';

// Hostile CSV files sent to every route that reads CSV: the campaign upload, the assessment
// import's upload (which previews the file) and its background read. Each is refused with a 4xx
// and a Russian message (the background read: status «failed» and the message on the import),
// never a 5xx; and /api/health answers in under 200 ms while the file is being processed.

const MIB = 1024 * 1024;
const HEALTH_BOUND_MS = 200;

let t: TestApp;
let campaignId: number;
const { call, upload: uploadResults, readAndWait } = assessmentCalls(() => t);

beforeAll(async () => {
  t = await createTestApp();
  campaignId = (await startCampaign(t.handle.db, t.tree.m1.id)).id;
  await t.app.inject({ method: 'GET', url: '/api/health' }); // warm
});
afterAll(async () => t.close());

/** Runs `work` while calling /api/health one call after another; the work's answer and the slowest health answer. */
async function beside<T>(work: () => Promise<T>): Promise<{ result: T; slowestHealthMs: number }> {
  let done = false;
  const running = work().finally(() => (done = true));
  let slowest = 0;
  do {
    const started = performance.now();
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    slowest = Math.max(slowest, performance.now() - started);
    await new Promise((ok) => setTimeout(ok, 2));
  } while (!done);
  return { result: await running, slowestHealthMs: slowest };
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
    campaign: /Запрос слишком большой/,
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

  it.each(HOSTILE)('$name: the assessment import refuses it with a 4xx, health answers meanwhile', async (h) => {
    const { result, slowestHealthMs } = await beside(() => uploadResults(t.cookies.municipal_operator, h.body(RESULTS_HEADER), 'x.csv'));
    expect(result.statusCode, result.body).toBe(400);
    expect(result.json()).toMatchObject({ code: 'import_invalid', message: expect.stringMatching(h.results) as unknown });
    expect(slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
  });

  it.each(HOSTILE)('$name: the campaign upload refuses it with a 4xx, health answers meanwhile', async (h) => {
    const { result, slowestHealthMs } = await beside(() => uploadCampaign(h.body(CAMPAIGN_HEADER), 'форма.csv'));
    expect(result.statusCode, result.body).toBe(h.campaignStatus ?? 400);
    expect(result.json()).toMatchObject({ code: h.campaignStatus ? 'payload_too_large' : 'import_invalid' });
    // the message or, for problems of content, its details
    expect(result.body).toMatch(h.campaign);
    expect(slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
  });

  it('the background read of a file whose later line is 30 MB fails with the message on the import; health answers meanwhile', async () => {
    const code = t.tree.s1.code;
    const head = `${RESULTS_HEADER}\n${rows(3000, `${code};Математика;4\n`)}`;
    const up = await uploadResults(t.cookies.municipal_operator, Buffer.from(`${head}${code};${'x'.repeat(30 * MIB)}\n`), 'ВПР 2025.csv');
    expect(up.statusCode, up.body).toBe(201);
    const id = up.json().import.id as number;
    const { result, slowestHealthMs } = await beside(() =>
      readAndWait(t.cookies.municipal_operator, id, { kind: 'vpr', year: 2025, mapping: { orgCode: 0, subject: 1, mark: 2 } }),
    );
    expect(result).toMatchObject({ status: 'failed', error: expect.stringMatching(/строка 3002 длиннее 65\s536 символов/) as unknown });
    expect(slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
    const again = await call('GET', `/api/assessments/imports/${id}`, t.cookies.municipal_operator);
    expect(again.statusCode).toBe(200);
  });
});
