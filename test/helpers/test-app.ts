import { resolve } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { syncCatalogues } from '../../src/app/catalogues/sync-catalogues.ts';
import { ROLES, type Role } from '../../src/domain/access/role.ts';
import type { DatabaseHandle } from '../../src/db/create-database.ts';
import { buildServer } from '../../src/server/build-server.ts';
import { buildOrgTree, buildSchoolYear, buildUser, scopeFor, TEST_PASSWORD, type OrgTree } from './factories.ts';
import { createTestDatabase } from './test-database.ts';

/** Small catalogues for tests, independent of the shipped ones. */
export const TEST_CATALOG_DIR = resolve(import.meta.dirname, '../fixtures/catalogs');

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  tree: OrgTree;
  /** Session cookie of a logged-in user of each role. */
  cookies: Record<Role, string>;
  close(): Promise<void>;
}

/** Logs in through the API and returns the session cookie header value. */
export async function loginCookie(app: FastifyInstance, login: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`login ${login} failed: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'soko_session');
  if (!cookie) throw new Error('no session cookie');
  return `soko_session=${cookie.value}`;
}

/** An in-process server over a fresh database with the test tree and one user per role. */
export async function createTestApp(options: { uploadsDir?: string } = {}): Promise<TestApp> {
  const handle = await createTestDatabase();
  const tree = await buildOrgTree(handle.db);
  await syncCatalogues(handle.db, TEST_CATALOG_DIR);
  await buildSchoolYear(handle.db, '2024/2025');
  const app = await buildServer({ db: handle.db, uiDir: null, ...options });
  const cookies = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await buildUser(handle.db, role, scopeFor(role, tree));
    cookies[role] = await loginCookie(app, user.login);
  }
  return {
    app,
    handle,
    tree,
    cookies,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Requests with a user's session cookie (null: anonymous), and a JSON payload when one is given. */
export interface SessionCalls {
  call(method: Method, url: string, cookie: string | null, payload?: unknown): Promise<LightMyRequestResponse>;
  get(url: string, cookie: string): Promise<LightMyRequestResponse>;
  post(url: string, cookie: string, payload?: object): Promise<LightMyRequestResponse>;
}

/**
 * The test app of one test file: created before its tests, closed after them. The object is
 * returned at once and filled in by the first `beforeAll`, so a file declares it at the top
 * (`const t = useTestApp();`) and its own `beforeAll` hooks, registered later, run after it.
 */
export function useTestApp(options: { uploadsDir?: string } = {}): TestApp & SessionCalls {
  const t = {} as TestApp;
  const call: SessionCalls['call'] = (method, url, cookie, payload) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });
  beforeAll(async () => {
    Object.assign(t, await createTestApp(options));
  });
  afterAll(async () => {
    // Not there when the app did not start: the hook's own error is the one to see.
    await (t as Partial<TestApp>).close?.();
  });
  return Object.assign(t, {
    call,
    get: (url: string, cookie: string) => call('GET', url, cookie),
    post: (url: string, cookie: string, payload?: object) => call('POST', url, cookie, payload),
  });
}
