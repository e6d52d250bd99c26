import { describe, expect, it } from 'vitest';
import { buildOrg } from '../../../../test/helpers/factories.ts';
import { useTestApp } from '../../../../test/helpers/test-app.ts';

// From an empty database: the test tree only (a region, two municipalities, three organisations).
const t = useTestApp();
const { post, get } = t;

describe('closing an organisation', () => {
  it('closes from a date with a reason, shows it in the tree and search, and audits it', async () => {
    const school = await buildOrg(t.handle.db, t.tree.m1, { name: 'Школа для закрытия' });
    const res = await post(`/api/orgs/${school.id}/close`, t.cookies.municipal_operator, { closedOn: '2026-09-01', reason: 'Ликвидация' });
    expect(res.statusCode).toBe(200);
    expect(res.json().org).toMatchObject({ closedOn: '2026-09-01', closedReason: 'Ликвидация', mergedInto: null });
    const children = (await get(`/api/orgs?parentId=${t.tree.m1.id}`, t.cookies.admin)).json().items as {
      id: number;
      closedOn: string | null;
    }[];
    expect(children.find((o) => o.id === school.id)?.closedOn).toBe('2026-09-01');
    const hidden = (await get(`/api/orgs?parentId=${t.tree.m1.id}&hideClosed=true`, t.cookies.admin)).json().items as { id: number }[];
    expect(hidden.map((o) => o.id)).not.toContain(school.id);
    const found = (await get(`/api/orgs/search?q=${encodeURIComponent('для закрытия')}&hideClosed=true`, t.cookies.admin)).json();
    expect(found.items).toEqual([]);
    const audit = await t.handle.db.selectFrom('audit_log').select('action').where('entity_id', '=', String(school.id)).execute();
    expect(audit.map((a) => a.action)).toContain('org.close');

    const again = await post(`/api/orgs/${school.id}/close`, t.cookies.admin, { closedOn: '2026-10-01', reason: 'Повтор' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'merge_refused', message: '«Школа для закрытия» уже закрыта с 01.09.2026.' });

    const reopened = await post(`/api/orgs/${school.id}/reopen`, t.cookies.regional_operator);
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json().org).toMatchObject({ closedOn: null, closedReason: null });
    const twice = await post(`/api/orgs/${school.id}/reopen`, t.cookies.regional_operator);
    expect(twice.json()).toMatchObject({ code: 'merge_refused', message: '«Школа для закрытия» не закрыта: открывать нечего.' });
  });

  it('refuses a region, a municipality with working organisations, and roles that do not edit the register', async () => {
    const region = await post(`/api/orgs/${t.tree.region.id}/close`, t.cookies.admin, { closedOn: '2026-09-01', reason: 'x' });
    expect(region.json()).toMatchObject({
      code: 'merge_refused',
      message: 'Регион закрыть нельзя: закрывают организации и муниципалитеты.',
    });
    const m2 = await post(`/api/orgs/${t.tree.m2.id}/close`, t.cookies.admin, { closedOn: '2026-09-01', reason: 'x' });
    expect(m2.statusCode).toBe(409);
    expect(m2.json().message).toBe('В «Второй район» ещё 1 действующих организаций: сначала закройте их или присоедините к другим.');
    const viewer = await post(`/api/orgs/${t.tree.s1.id}/close`, t.cookies.viewer, { closedOn: '2026-09-01', reason: 'x' });
    expect(viewer.statusCode).toBe(403);
    const outside = await post(`/api/orgs/${t.tree.s2.id}/close`, t.cookies.municipal_operator, { closedOn: '2026-09-01', reason: 'x' });
    expect(outside.statusCode).toBe(403);
    const badDate = await post(`/api/orgs/${t.tree.s1.id}/close`, t.cookies.admin, { closedOn: '01.09.2026', reason: 'x' });
    expect(badDate.statusCode).toBe(400);
  });
});

describe('merging an organisation', () => {
  it('merges into another of its kind: closed from the date, names the other, data kept', async () => {
    const a = await buildOrg(t.handle.db, t.tree.m1, { name: 'Школа А' });
    const b = await buildOrg(t.handle.db, t.tree.m1, { name: 'Школа Б' });
    const period = await t.handle.db.selectFrom('period').select('id').executeTakeFirstOrThrow();
    await t.handle.db
      .insertInto('data_value')
      .values({
        org_id: a.id,
        period_id: period.id,
        data_element_code: 't_pupils',
        value: 5,
        source: 'test',
        status: 'accepted',
        entered_by: null,
      })
      .execute();
    const before = await t.handle.db
      .selectFrom('data_value')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', a.id)
      .executeTakeFirstOrThrow();
    const res = await post(`/api/orgs/${a.id}/merge`, t.cookies.municipal_operator, { intoId: b.id, mergedOn: '2026-09-01' });
    expect(res.statusCode).toBe(200);
    expect(res.json().org).toMatchObject({
      closedOn: '2026-09-01',
      mergedInto: { id: b.id, name: 'Школа Б' },
      closedReason: 'Присоединена к «Школа Б»',
    });
    const after = await t.handle.db
      .selectFrom('data_value')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(Number(before.n)).toBe(1);
    expect(Number(after.n)).toBe(1);
    const audit = await t.handle.db.selectFrom('audit_log').select('action').where('entity_id', '=', String(a.id)).execute();
    expect(audit.map((x) => x.action)).toContain('org.merge');

    // Into a closed one, into itself, across kinds, outside the scope.
    const c = await buildOrg(t.handle.db, t.tree.m1, { name: 'Школа В' });
    const intoClosed = await post(`/api/orgs/${c.id}/merge`, t.cookies.admin, { intoId: a.id, mergedOn: '2026-09-01' });
    expect(intoClosed.statusCode).toBe(409);
    expect(intoClosed.json()).toMatchObject({
      code: 'merge_refused',
      message: '«Школа А» закрыта с 01.09.2026: присоединять можно только к действующей организации.',
    });
    const itself = await post(`/api/orgs/${c.id}/merge`, t.cookies.admin, { intoId: c.id, mergedOn: '2026-09-01' });
    expect(itself.json().message).toBe('Организацию «Школа В» нельзя присоединить к ней самой: выберите другую.');
    const acrossKinds = await post(`/api/orgs/${c.id}/merge`, t.cookies.admin, { intoId: t.tree.m2.id, mergedOn: '2026-09-01' });
    expect(acrossKinds.json().message).toBe('«Школа В» можно присоединить только к организации, а «Второй район» — муниципалитет.');
    const outside = await post(`/api/orgs/${c.id}/merge`, t.cookies.municipal_operator, { intoId: t.tree.s2.id, mergedOn: '2026-09-01' });
    expect(outside.json()).toMatchObject({
      code: 'merge_refused',
      message: `Организация с id ${t.tree.s2.id} не найдена в вашей зоне доступа: выберите другую.`,
    });

    const reopened = await post(`/api/orgs/${a.id}/reopen`, t.cookies.admin);
    expect(reopened.json().org).toMatchObject({ closedOn: null, mergedInto: null });
  });
});
