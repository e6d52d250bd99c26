import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/test-app.ts';

const t = useTestApp();
const { get } = t;

describe('organisation routes: scope', () => {
  it('lists the roots of each scope', async () => {
    const admin = (await get('/api/orgs', t.cookies.admin)).json();
    expect(admin.items.map((o: { id: number }) => o.id)).toEqual([t.tree.region.id]);
    const municipal = (await get('/api/orgs', t.cookies.municipal_operator)).json();
    expect(municipal.items).toMatchObject([{ id: t.tree.m1.id, kind: 'municipality', childCount: 2 }]);
    const rep = (await get('/api/orgs', t.cookies.org_representative)).json();
    expect(rep.items).toMatchObject([{ id: t.tree.s1.id, kind: 'organisation', type: 'school' }]);
  });

  it('refuses an id outside the scope with 403 and a Russian message', async () => {
    const res = await get(`/api/orgs/${t.tree.s2.id}`, t.cookies.municipal_operator);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ code: 'forbidden', message: 'Организация вне вашей зоны доступа.' });
    expect((await get(`/api/orgs?parentId=${t.tree.m2.id}`, t.cookies.municipal_operator)).statusCode).toBe(403);
    expect((await get(`/api/orgs/${t.tree.k1.id}`, t.cookies.org_representative)).statusCode).toBe(403);
  });

  it('search never leaks organisations outside the scope', async () => {
    const res = await get(`/api/orgs/search?q=${encodeURIComponent('Школа № 1')}`, t.cookies.municipal_operator);
    expect(res.json().items.map((o: { id: number }) => o.id)).toEqual([t.tree.s1.id]);
    const all = await get(`/api/orgs/search?q=${encodeURIComponent('Школа № 1')}`, t.cookies.admin);
    expect(all.json().items).toHaveLength(2);
    const byAlias = await get(`/api/orgs/search?q=${encodeURIComponent('СОШ № 1')}`, t.cookies.viewer);
    expect(byAlias.json().items.map((o: { id: number }) => o.id)).toEqual([t.tree.s1.id]);
  });

  it('answers 404 for an unknown id and 400 for a non-numeric one', async () => {
    const missing = await get('/api/orgs/999999', t.cookies.admin);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'not_found', message: 'Организация с id 999999 не найден(а). Проверьте идентификатор.' });
    const bad = await get('/api/orgs/abc', t.cookies.admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe('Поле «params.id» должно быть целым числом.');
  });

  it('shows the card with path, counts by type and groups', async () => {
    const region = (await get(`/api/orgs/${t.tree.region.id}`, t.cookies.admin)).json().org;
    expect(region.childrenByType).toEqual({ school: 2, kindergarten: 1 });
    const school = (await get(`/api/orgs/${t.tree.s1.id}`, t.cookies.org_representative)).json().org;
    expect(school.path.map((p: { id: number }) => p.id)).toEqual([t.tree.region.id, t.tree.m1.id]);
    expect(school.aliases).toEqual(['СОШ № 1']);
  });
});

describe('organisation routes: changes and bad input', () => {
  it('edits a card, bumps the version and refuses a stale version', async () => {
    const card = (await get(`/api/orgs/${t.tree.k1.id}`, t.cookies.municipal_operator)).json().org;
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${t.tree.k1.id}`,
      headers: { cookie: t.cookies.municipal_operator },
      payload: { version: card.version, attributes: { pupils: 120, settlement: 'rural' } },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().org).toMatchObject({ version: card.version + 1, attributes: { pupils: 120, settlement: 'rural' } });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${t.tree.k1.id}`,
      headers: { cookie: t.cookies.regional_operator },
      payload: { version: card.version, name: 'Другое имя' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect(stale.json().message).toContain('уже изменил другой пользователь');
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'org.update')
      .where('entity_id', '=', String(t.tree.k1.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toMatchObject({ attributes: {} });
    expect(audit[0]?.after).toMatchObject({ attributes: { pupils: 120 } });
  });

  it('refuses unknown fields, wrong types and bad codes, naming the field, and writes nothing', async () => {
    const patch = (payload: unknown) =>
      t.app.inject({ method: 'PATCH', url: `/api/orgs/${t.tree.s1.id}`, headers: { cookie: t.cookies.admin }, payload: payload as object });
    const unknown = await patch({ version: 1, colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'validation_failed',
      message: 'Неизвестное поле «colour»: уберите его или проверьте написание.',
    });
    const wrongType = await patch({ version: '1' });
    expect(wrongType.json().message).toBe('Поле «body.version» должно быть целым числом.');
    const attr = await patch({ version: 1, attributes: { pupils: -3 } });
    expect(attr.json().details).toEqual([
      { path: 'body.attributes.pupils', message: 'Поле «body.attributes.pupils» должно быть не меньше 0.' },
    ]);
    const inn = await patch({ version: 1, inn: '7707083894' });
    expect(inn.json()).toMatchObject({
      code: 'validation_failed',
      message: 'ИНН «7707083894» неверен: нужно 10 цифр с верной контрольной цифрой.',
    });
    const row = await t.handle.db.selectFrom('org').select(['inn', 'version']).where('id', '=', t.tree.s1.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ inn: null, version: 1 });
  });

  it('refuses malformed JSON and oversize bodies with stable codes', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { cookie: t.cookies.admin, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toEqual({
      code: 'invalid_json',
      message: 'Тело запроса — не корректный JSON. Проверьте кавычки, запятые и скобки.',
    });
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { cookie: t.cookies.admin, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('payload_too_large');
  });

  it('creates an organisation only inside the editor scope, with a unique code', async () => {
    const post = (cookie: string, payload: object) => t.app.inject({ method: 'POST', url: '/api/orgs', headers: { cookie }, payload });
    const outside = await post(t.cookies.municipal_operator, { parentId: t.tree.m2.id, type: 'school', name: 'Чужая школа', code: 'X-1' });
    expect(outside.statusCode).toBe(403);
    const created = await post(t.cookies.municipal_operator, {
      parentId: t.tree.m1.id,
      type: 'college',
      name: 'Колледж',
      code: 'X-2',
      inn: '7707083893',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().org).toMatchObject({ kind: 'organisation', type: 'college', parentId: t.tree.m1.id, inn: '7707083893' });
    const duplicate = await post(t.cookies.municipal_operator, { parentId: t.tree.m1.id, type: 'school', name: 'Ещё', code: 'X-2' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('already_exists');
    expect(duplicate.json().message).toBe('Код «X-2» уже занят другой организацией: укажите другой код.');
    const noType = await post(t.cookies.admin, { parentId: t.tree.m1.id, name: 'Без типа', code: 'X-3' });
    expect(noType.json().message).toBe('Укажите тип организации (школа, детский сад, доп. образование, колледж).');
    const underSchool = await post(t.cookies.admin, { parentId: t.tree.s1.id, type: 'school', name: 'Вложенная', code: 'X-4' });
    expect(underSchool.statusCode).toBe(400);
  });

  it('answers an unknown API address with route_not_found', async () => {
    const res = await get('/api/nothing-here', t.cookies.admin);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      code: 'route_not_found',
      message: 'Адрес GET /api/nothing-here не найден. Список адресов API: /api/docs.',
    });
  });
});
