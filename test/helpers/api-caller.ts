import type { TestApp } from './test-app.ts';

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A route called as a signed-in user (their cookie) or anonymously (null), with an optional JSON body. */
export function apiCaller(t: () => TestApp) {
  return (method: ApiMethod, url: string, cookie: string | null, payload?: unknown) =>
    t().app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });
}
