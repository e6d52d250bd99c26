import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../db/create-database.ts';
import { createTestDatabase } from '../../../../test/helpers/test-database.ts';
import { buildOrgTree } from '../../../../test/helpers/factories.ts';
import { buildServer } from '../../build-server.ts';

const TOKEN = 'local-token-of-this-run-0123456789abcdef';
let handle: DatabaseHandle;
let app: FastifyInstance;
let bare: FastifyInstance;

beforeAll(async () => {
  handle = await createTestDatabase();
  await buildOrgTree(handle.db);
  app = await buildServer({ db: handle.db, uiDir: null, localToken: TOKEN });
  bare = await buildServer({ db: handle.db, uiDir: null });
});
afterAll(async () => {
  await app.close();
  await bare.close();
  await handle.close();
});

const body = {
  login: 'beside',
  fullName: 'Рядом Пётр',
  role: 'viewer',
  scopeCode: null as string | null,
  password: 'Синий-кит-плывёт-2026',
};
const REFUSED =
  'Этот адрес только для команды soko на компьютере сервера: она берёт ключ текущего запуска из файла server.json в каталоге данных.';

describe('the CLI through the running server (local-only routes)', () => {
  it('refuses without the run’s key, with a wrong one, from another machine, and on a server started without one', async () => {
    const attempts = [
      app.inject({ method: 'POST', url: '/api/local/users', payload: body }),
      app.inject({ method: 'POST', url: '/api/local/users', payload: body, headers: { 'x-soko-local-token': `${TOKEN}x` } }),
      app.inject({
        method: 'POST',
        url: '/api/local/users',
        payload: body,
        headers: { 'x-soko-local-token': TOKEN },
        remoteAddress: '10.1.2.3',
      }),
      bare.inject({ method: 'POST', url: '/api/local/users', payload: body, headers: { 'x-soko-local-token': TOKEN } }),
      app.inject({ method: 'POST', url: '/api/local/users/unlock', payload: { login: 'x' } }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden', message: REFUSED });
    }
    expect(await handle.db.selectFrom('app_user').select('id').where('login', '=', 'beside').execute()).toEqual([]);
  });

  it('creates a user exactly as createUser does (same rules), audited as the CLI’s; unlocks by login', async () => {
    const headers = { 'x-soko-local-token': TOKEN };
    const noScope = await app.inject({ method: 'POST', url: '/api/local/users', payload: body, headers });
    expect(noScope.statusCode).toBe(400);
    expect(noScope.json().message).toBe(
      'Для роли «Наблюдатель» укажите существующую организацию, в пределах которой работает пользователь.',
    );
    const unknown = await app.inject({ method: 'POST', url: '/api/local/users', payload: { ...body, scopeCode: 'нет' }, headers });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('Организация с кодом «нет» не найдена.');
    const region = await handle.db.selectFrom('org').select('code').where('kind', '=', 'region').executeTakeFirstOrThrow();
    const created = await app.inject({ method: 'POST', url: '/api/local/users', payload: { ...body, scopeCode: region.code }, headers });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({ login: 'beside', roleName: 'Наблюдатель' });
    const again = await app.inject({ method: 'POST', url: '/api/local/users', payload: { ...body, scopeCode: region.code }, headers });
    expect(again.statusCode).toBe(409);
    const audit = await handle.db.selectFrom('audit_log').select(['action', 'user_login']).where('action', '=', 'user.create').execute();
    expect(audit).toEqual([{ action: 'user.create', user_login: 'cli' }]);
    const unlocked = await app.inject({ method: 'POST', url: '/api/local/users/unlock', payload: { login: 'beside' }, headers });
    expect(unlocked.json()).toEqual({ login: 'beside', cleared: 0 });
  });
});
