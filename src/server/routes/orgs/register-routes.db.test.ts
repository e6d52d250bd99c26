import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/test-app.ts';

// The register import over HTTP: who may load where, and the refusals with their Russian messages.

const t = useTestApp();

const upload = (role: 'admin' | 'regional_operator' | 'municipal_operator', csv: string, query = '') =>
  t.app.inject({
    method: 'POST',
    url: `/api/orgs/register/imports${query}`,
    payload: Buffer.from(csv),
    headers: { 'content-type': 'text/csv', 'x-file-name': encodeURIComponent('реестр.csv'), cookie: t.cookies[role] },
  });

describe('register import over HTTP', () => {
  it('a municipal operator cannot load into the region, nor put a school into another municipality', async () => {
    const refused = await upload('municipal_operator', 'Наименование;Тип\nШкола № 9;СОШ\n', `?territoryId=${t.tree.region.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({
      code: 'forbidden',
      message: 'Территория «Тестовая область» вне вашей зоны доступа: выберите свой регион или муниципалитет.',
    });

    const res = await upload(
      'municipal_operator',
      'Наименование;Тип;Муниципалитет\nШкола № 9;СОШ;Второй район\nШкола № 10;СОШ;Первый район\n',
    );
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view.root).toMatchObject({ kind: 'municipality', id: t.tree.m1.id });
    expect(view.unplaced).toEqual([
      {
        line: 2,
        name: 'Школа № 9',
        territory: 'Второй район',
        reason: 'муниципалитет «Второй район» — не «Первый район», куда идёт загрузка',
      },
    ]);
    expect(view.created.map((c: { name: string }) => c.name)).toEqual(['Школа № 10']);
    const apply = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/register/imports/${view.id}/apply`,
      headers: { cookie: t.cookies.municipal_operator },
    });
    expect(apply.statusCode).toBe(409);
    expect(apply.json().message).toContain('Реестр не изменён: строк без территории: 1.');
  });

  it('a regional operator sees a new municipality proposed and applies only after confirming it', async () => {
    const res = await upload('regional_operator', 'Наименование;Тип;ОГРН;Район\nШкола № 11;Гимназия;1027700132195;Третий район\n');
    const view = res.json();
    expect(view.territories).toEqual([expect.objectContaining({ name: 'Третий район', orgId: null })]);
    expect(view.unconfirmedTerritories).toBe(1);
    const confirmed = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/register/imports/${view.id}/preview`,
      payload: { createTerritories: true },
      headers: { cookie: t.cookies.regional_operator },
    });
    expect(confirmed.json().ready).toBe(true);
    const apply = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/register/imports/${view.id}/apply`,
      headers: { cookie: t.cookies.regional_operator },
    });
    expect(apply.json()).toMatchObject({ created: 1, territoriesCreated: [{ name: 'Третий район' }] });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/register/imports/${view.id}/apply`,
      headers: { cookie: t.cookies.regional_operator },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Этот файл уже загружен в реестр: повторно применить его нельзя, выберите файл заново.');
  });

  it('an ОГРН with a wrong check digit and an empty name are errors with row, column and the fix; apply refuses', async () => {
    const res = await upload(
      'admin',
      'Наименование;Тип;ОГРН;Район\nШкола № 12;СОШ;1027700132196;Первый район\n;СОШ;;Первый район\n',
      `?territoryId=${t.tree.region.id}`,
    );
    const view = res.json();
    expect(view.errors).toEqual([
      {
        line: 2,
        column: 'ОГРН',
        message: 'ОГРН «1027700132196» неверен: не сходится контрольная цифра или не 13 цифр',
        fix: 'сверьте ОГРН с выпиской ЕГРЮЛ',
      },
      {
        line: 3,
        column: 'Наименование',
        message: 'пустое наименование',
        fix: 'впишите полное наименование организации или удалите строку',
      },
    ]);
    const apply = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/register/imports/${view.id}/apply`,
      headers: { cookie: t.cookies.admin },
    });
    expect(apply.statusCode).toBe(409);
    expect(apply.json().details[0]).toMatchObject({ row: 2, column: 'ОГРН' });
  });

  it('a file that is not a table is refused with what to do', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/orgs/register/imports',
      payload: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 3]),
      headers: { 'content-type': 'application/octet-stream', cookie: t.cookies.admin },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('import_invalid');
  });

  it('a corrected mapping is saved by header and proposed again for the next file with that header', async () => {
    const csv = 'Учреждение;Вид;Район\nШкола № 13;СОШ;Первый район\n';
    const first = (await upload('admin', csv, `?territoryId=${t.tree.region.id}`)).json();
    expect(first.mapping['Учреждение']).toBe('attribute');
    expect(first.errors).toEqual([expect.objectContaining({ line: 1, message: 'не выбран столбец с наименованием организации' })]);
    const corrected = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/register/imports/${first.id}/preview`,
      payload: { territoryId: t.tree.region.id, mapping: { Учреждение: 'name' } },
      headers: { cookie: t.cookies.admin },
    });
    expect(corrected.json()).toMatchObject({ ready: true, counts: { created: 1 } });
    const next = (await upload('admin', csv, `?territoryId=${t.tree.region.id}`)).json();
    expect(next.mapping).toEqual({ Учреждение: 'name', Вид: 'type', Район: 'municipality' });
  });
});
