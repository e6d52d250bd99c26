import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

type Method = 'GET' | 'POST' | 'PUT';

/** The assessment import's API calls as the tests make them (what the page and the CLI do). */
export function assessmentCalls(t: () => TestApp) {
  const call = (method: Method, url: string, cookie: string | null, payload?: unknown) =>
    t().app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });

  async function upload(cookie: string, body: Buffer, fileName: string, territoryId?: number) {
    return t().app.inject({
      method: 'POST',
      url: `/api/assessments/imports${territoryId ? `?territoryId=${territoryId}` : ''}`,
      headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
      payload: body,
    });
  }

  async function readAndWait(cookie: string, id: number, body: object) {
    const started = await call('POST', `/api/assessments/imports/${id}/read`, cookie, body);
    expect(started.statusCode, started.body).toBe(202);
    for (let i = 0; i < 600; i++) {
      const r = await call('GET', `/api/assessments/imports/${id}`, cookie);
      const imp = r.json().import;
      if (imp.status !== 'reading') return imp;
      await new Promise((ok) => setTimeout(ok, 50));
    }
    throw new Error('reading did not end');
  }

  return { call, upload, readAndWait };
}
