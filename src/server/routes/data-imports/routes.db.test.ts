import { describe, expect, it } from 'vitest';
import { useTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';

const t = useTestApp();

const table = (rows: string) => Buffer.from(`Код;Победители\n${rows}`).toString('base64');
const mapping = { columns: { Код: { role: 'org_code' }, Победители: { role: 'value', element: 't_winners' } } };
const post = (url: string, role: keyof TestApp['cookies'], payload: object) => t.post(url, t.cookies[role], payload);

describe('POST /api/data-imports', () => {
  it('previews and applies a table for the operator of the municipality, values from the import', async () => {
    const body = { fileName: 'p.csv', content: table(`${t.tree.s1.code};7\n`), period: '2024/2025', mapping };
    const preview = await post('/api/data-imports/preview', 'municipal_operator', body);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ territory: { code: t.tree.m1.code }, counts: { new: 1, rowsMatched: 1 }, issueCount: 0 });
    const applied = await post('/api/data-imports/apply', 'municipal_operator', { ...body, acceptProposals: false });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ changed: true, counts: { new: 1 } });
    const v = await t.handle.db
      .selectFrom('data_value')
      .select(['value', 'source', 'status'])
      .where('org_id', '=', t.tree.s1.id)
      .where('data_element_code', '=', 't_winners')
      .executeTakeFirstOrThrow();
    expect({ ...v, value: Number(v.value) }).toEqual({ value: 7, source: 'import', status: 'accepted' });
  });

  it('refuses a table with a wrong number, saying where', async () => {
    const r = await post('/api/data-imports/preview', 'admin', {
      fileName: 'p.csv',
      content: table(`${t.tree.s1.code};7,5\n`),
      period: '2024/2025',
      mapping,
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().issues[0].message).toBe(
      'Лист «p.csv», строка 2, столбец B («Победители»): 7,5 — «Число победителей олимпиад (тест)» считается целыми числами',
    );
    const a = await post('/api/data-imports/apply', 'admin', {
      fileName: 'p.csv',
      content: table(`${t.tree.s1.code};7,5\n`),
      period: '2024/2025',
      mapping,
      acceptProposals: true,
    });
    expect(a.statusCode).toBe(400);
    expect(a.json().code).toBe('import_invalid');
  });

  it('refuses an unknown period, a bad mapping, a territory outside the scope and a viewer', async () => {
    const base = { fileName: 'p.csv', content: table(`${t.tree.s1.code};7\n`), period: '2024/2025', mapping };
    const period = await post('/api/data-imports/preview', 'admin', { ...base, period: '1999/2000' });
    expect(period.statusCode).toBe(404);
    expect(period.json().message).toBe(
      'Период «1999/2000» не найден: создайте его в разделе «Периоды» или укажите код существующего (например, 2015/2016).',
    );
    const bad = await post('/api/data-imports/preview', 'admin', { ...base, mapping: { columns: { Код: { role: 'sum' } } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^Сопоставление столбцов: columns\["Код"\]: неизвестная роль «sum»/);
    const outside = await post('/api/data-imports/preview', 'municipal_operator', { ...base, territory: t.tree.m2.code });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().message).toBe(`«${t.tree.m2.name}» вне вашей зоны доступа.`);
    expect((await post('/api/data-imports/preview', 'viewer', base)).statusCode).toBe(403);
  });
});
