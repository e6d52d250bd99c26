import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupToken, SETUP_TTL_MS } from '../../../app/setup/setup-token.ts';
import type { DatabaseHandle } from '../../../db/create-database.ts';
import { createTestDatabase } from '../../../../test/helpers/test-database.ts';
import { buildServer } from '../../build-server.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock = new Date('2026-12-07T08:00:00Z');

beforeAll(async () => {
  handle = await createTestDatabase(); // empty: no demo, no users, no organisations
  app = await buildServer({ db: handle.db, uiDir: null, now: () => clock });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const PASSWORD = 'Тихий-берег-реки-2026';
const form = (overrides: Record<string, unknown> = {}) => ({
  admin: { login: 'ivanova', fullName: 'Иванова Мария Петровна', password: PASSWORD, passwordRepeat: PASSWORD },
  region: { name: 'Кемеровская область — Кузбасс', code: '42', oktmo: '32000000', okato: '32' },
  municipalities: [
    { name: 'Кемеровский городской округ', code: '42-01' },
    { name: 'Новокузнецкий городской округ', code: '42-02' },
  ],
  ...overrides,
});
const check = (token: string) => app.inject({ method: 'GET', url: `/api/setup/${token}` });
const submit = (token: string, body: unknown) => app.inject({ method: 'POST', url: `/api/setup/${token}`, payload: body as object });

/** Row counts of what a setup writes: a refusal must leave every one as it was. */
async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['app_user', 'org', 'audit_log', 'system_setting'] as const) {
    const row = await handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

const INVALID =
  /^Адрес настройки недействителен: он уже использован, устарел \(действует 24 часа с запуска сервера\) или набран с ошибкой\. Перезапустите сервер СОКО/;

describe('first-run setup from an empty database', () => {
  it('answers 404 with a Russian message before any address was issued and for an unknown token', async () => {
    const res = await check('no-such-token');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', message: expect.stringMatching(INVALID) });
  });

  it('a new address invalidates the old one; an address expires 24 hours after it was issued', async () => {
    const old = await issueSetupToken(handle.db, clock);
    expect(old.token.length).toBeGreaterThanOrEqual(43); // 256 random bits, base64url
    const fresh = await issueSetupToken(handle.db, clock);
    expect((await check(old.token)).statusCode).toBe(404);
    const ok = await check(fresh.token);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ expiresAt: new Date(clock.getTime() + SETUP_TTL_MS).toISOString() });
    const issuedAt = clock;
    clock = new Date(issuedAt.getTime() + SETUP_TTL_MS - 1);
    expect((await check(fresh.token)).statusCode).toBe(200);
    clock = new Date(issuedAt.getTime() + SETUP_TTL_MS);
    const expired = await submit(fresh.token, form());
    expect(expired.statusCode).toBe(404);
    expect(expired.json().message).toMatch(INVALID);
    expect(await handle.db.selectFrom('app_user').select('id').execute()).toEqual([]);
    clock = issuedAt;
    const issued = await handle.db
      .selectFrom('audit_log')
      .select(['action', 'user_login'])
      .where('action', '=', 'setup.address_issued')
      .execute();
    expect(issued).toHaveLength(2);
  });

  it('refuses a wrong form with a Russian message and writes nothing', async () => {
    const { token } = await issueSetupToken(handle.db, clock);
    // an organisation with the region's code already there (left from elsewhere): the admin is not created either
    await handle.db
      .insertInto('org')
      .values({ kind: 'region', name: 'Чужой регион', code: '77', path: '/x/', depth: 0, aliases: '[]', attributes: '{}' })
      .execute();
    const before = await counts();
    const cases: [unknown, number, RegExp | string][] = [
      [
        form({ admin: { ...form().admin, passwordRepeat: 'Другой-пароль-2026' } }),
        400,
        'Пароль и его повтор не совпадают: введите один и тот же пароль дважды.',
      ],
      [form({ admin: { ...form().admin, password: '12345678', passwordRepeat: '12345678' } }), 400, /Пароль/],
      [
        form({ admin: { ...form().admin, login: 'и в' } }),
        400,
        'Логин: от 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний.',
      ],
      [form({ region: { name: 'Кузбасс', code: '77' } }), 409, 'Код региона «77» уже занят другой организацией: укажите другой код.'],
      [form({ region: { name: 'Кузбасс', code: '42', oktmo: '3200' } }), 400, 'ОКТМО «3200» неверен: нужно 8 или 11 цифр.'],
      [form({ region: { name: '  ', code: 'a b' } }), 400, /^Укажите название региона\. Регион: код «a b» недопустим/],
      [
        form({
          municipalities: [
            { name: 'Кемерово', code: '42-01' },
            { name: '', code: '42-01' },
            { name: 'Белово', code: '42' },
          ],
        }),
        400,
        'Муниципалитет 2: укажите название. Муниципалитет 2: код «42-01» уже указан у муниципалитета 1; коды не должны повторяться. Муниципалитет 3: код «42» уже указан у региона; коды не должны повторяться.',
      ],
      [form({ municipalities: [{ name: 'Чужой', code: '77' }] }), 409, 'Код «77» уже занят другой организацией: укажите другой код.'],
    ];
    for (const [body, status, message] of cases) {
      const res = await submit(token, body);
      expect(res.statusCode, res.body).toBe(status);
      if (typeof message === 'string') expect(res.json().message).toBe(message);
      else expect(res.json().message).toMatch(message);
      expect(await counts()).toEqual(before);
    }
    const weak = await submit(token, cases[1]?.[0]);
    expect(weak.json().details[0].path).toBe('body.admin.password');
    expect((await check(token)).statusCode).toBe(200); // a refusal does not spend the address
    await handle.db.deleteFrom('org').where('code', '=', '77').execute();
  });

  it('creates the administrator, the region and its municipalities once; the admin logs in; then every setup address is 404', async () => {
    const { token } = await issueSetupToken(handle.db, clock);
    const res = await submit(token, form());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ login: 'ivanova', municipalities: 2 });

    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'ivanova', password: PASSWORD } });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ role: 'admin', fullName: 'Иванова Мария Петровна', scopeOrgId: null });

    const orgs = await handle.db
      .selectFrom('org')
      .select(['kind', 'name', 'code', 'attributes', 'parent_id', 'depth'])
      .orderBy('code')
      .execute();
    expect(orgs.map((o) => [o.kind, o.code, o.name, o.depth])).toEqual([
      ['region', '42', 'Кемеровская область — Кузбасс', 0],
      ['municipality', '42-01', 'Кемеровский городской округ', 1],
      ['municipality', '42-02', 'Новокузнецкий городской округ', 1],
    ]);
    expect(orgs[0]?.attributes).toEqual({ ОКТМО: '32000000', ОКАТО: '32' });

    const audit = await handle.db
      .selectFrom('audit_log')
      .select(['action', 'user_login'])
      .where('action', 'in', ['user.create', 'org.create', 'setup.complete'])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'user.create', user_login: 'setup' },
      { action: 'org.create', user_login: 'ivanova' },
      { action: 'org.create', user_login: 'ivanova' },
      { action: 'org.create', user_login: 'ivanova' },
      { action: 'setup.complete', user_login: 'ivanova' },
    ]);

    for (const res2 of [await check(token), await submit(token, form({ admin: { ...form().admin, login: 'second' } }))]) {
      expect(res2.statusCode).toBe(404);
      expect(res2.json().message).toBe(
        'Первоначальная настройка уже выполнена: в системе есть администратор. Войдите под его учётной записью на странице входа; новых пользователей добавляет администратор на странице «Пользователи».',
      );
    }
    // even a freshly issued token is refused while an administrator exists
    const late = await issueSetupToken(handle.db, clock);
    expect((await check(late.token)).statusCode).toBe(404);
    expect(await handle.db.selectFrom('app_user').select('login').execute()).toEqual([{ login: 'ivanova' }]);
  });
});
