import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { syncCatalogues } from '../../src/app/catalogues/sync-catalogues.ts';
import { ROLES, type Role } from '../../src/domain/access/role.ts';
import type { DatabaseHandle } from '../../src/db/create-database.ts';
import { buildServer } from '../../src/server/build-server.ts';
import { buildOrgTree, buildUser, scopeFor, TEST_PASSWORD, type OrgTree } from './factories.ts';
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
  await handle.db
    .insertInto('period')
    .values({ code: '2024/2025', kind: 'school_year', name: '2024/2025 учебный год', starts_on: '2024-09-01', ends_on: '2025-08-31' })
    .execute();
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
