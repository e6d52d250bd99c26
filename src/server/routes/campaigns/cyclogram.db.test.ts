import { describe, expect, it } from 'vitest';
import { defaultCyclogram } from '../../../domain/collection/cyclogram.ts';
import { useTestApp } from '../../../../test/helpers/test-app.ts';

const t = useTestApp();
const { call } = t;

describe('the cyclogram of a municipality', () => {
  it('starts from the seed’s plan: instruments in December, collection in January, analysis February–March, measures in April', async () => {
    const res = await call('GET', `/api/cyclogram?scopeOrgId=${t.tree.m1.id}&year=2025`, t.cookies.expert);
    expect(res.statusCode).toBe(200);
    const { cyclogram } = res.json();
    expect(cyclogram.saved).toBe(false);
    expect(cyclogram.stages.map((s: { code: string; startsOn: string; endsOn: string }) => [s.code, s.startsOn, s.endsOn])).toEqual([
      ['instruments', '2024-12-01', '2024-12-31'],
      ['collection', '2025-01-01', '2025-01-31'],
      ['analysis', '2025-02-01', '2025-03-31'],
      ['recommendations', '2025-04-01', '2025-04-30'],
    ]);
    // 2025 is behind us: every stage not marked done is overdue
    expect(cyclogram.stages.map((s: { state: string }) => s.state)).toEqual(['overdue', 'overdue', 'overdue', 'overdue']);
  });

  it('is edited per municipality, checked in Russian, and gives a new campaign its dates', async () => {
    const stages = defaultCyclogram(2025, 'Методист ИМЦ Сидорова О. В.');
    const bad = stages.map((s) => (s.code === 'analysis' ? { ...s, startsOn: '2025-04-10' } : s));
    const refused = await call('PUT', '/api/cyclogram', t.cookies.municipal_operator, {
      scopeOrgId: t.tree.m1.id,
      year: 2025,
      stages: bad,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/Анализ результатов мониторинга.*поменяйте их местами/);
    // another district is out of the municipal operator's scope
    expect(
      (await call('PUT', '/api/cyclogram', t.cookies.municipal_operator, { scopeOrgId: t.tree.m2.id, year: 2025, stages })).statusCode,
    ).toBe(403);

    const edited = stages.map((s) =>
      s.code === 'collection'
        ? { ...s, startsOn: '2025-01-13', endsOn: '2025-02-07' }
        : s.code === 'instruments'
          ? { ...s, completedOn: '2024-12-20' }
          : s,
    );
    const saved = await call('PUT', '/api/cyclogram', t.cookies.municipal_operator, {
      scopeOrgId: t.tree.m1.id,
      year: 2025,
      stages: edited,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().cyclogram).toMatchObject({ saved: true, stages: [{ state: 'done' }, { state: 'overdue' }, {}, {}] });

    const catalogueId = (
      await t.handle.db.selectFrom('framework').select('id').where('code', '=', 'test-indicators').executeTakeFirstOrThrow()
    ).id;
    const periodId = (await t.handle.db.selectFrom('period').select('id').where('code', '=', '2024/2025').executeTakeFirstOrThrow()).id;
    const created = await call('POST', '/api/campaigns', t.cookies.municipal_operator, {
      name: 'Сбор по циклограмме',
      frameworkId: catalogueId,
      periodId,
      scopeOrgId: t.tree.m1.id,
      indicatorCodes: null,
      participants: {},
      responsible: 'Сидорова О. В.',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().campaign).toMatchObject({ startsOn: '2025-01-13', deadline: '2025-02-07' });
  });
});
