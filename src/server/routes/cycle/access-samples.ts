import { access, cycle, readable, reports, type AccessSamples } from '../../../../test/helpers/route-access.ts';

const territory = () => access.t.tree.m1.id;

/** Route × role samples of the management-cycle routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/cycle/recommendations'], ({ url }) =>
    cycle().then(async (c) => (await c.recommendation(), { url: `${url}?territoryId=${territory()}` })),
  ),
  ...readable(['/api/cycle/recommendations/mine']),
  ...readable(['/api/cycle/recommendations/:id'], ({ url }) =>
    cycle().then(async (c) => ({ url: url.replace(':id', String(await c.recommendation())) })),
  ),
  'POST /api/cycle/recommendations/:id/acknowledge': ({ url }) =>
    cycle().then(async (c) => ({ url: url.replace(':id', String(await c.recommendation())), payload: { version: 1 } })),
  'POST /api/cycle/recommendations/:id/report': ({ url }) =>
    cycle().then(async (c) => ({
      url: url.replace(':id', String(await c.recommendation())),
      payload: { text: 'Проведён педсовет', version: 1 },
    })),
  'POST /api/cycle/recommendations/approve': ({ url, n }) =>
    cycle().then(async (c) => ({
      url: `${url}?territoryId=${territory()}`,
      payload: { ids: [await c.recommendation()], meetingDate: '15.04.2025', minutesNumber: String(n) },
    })),
  ...readable(['/api/cycle/reports/:id/suggestions'], ({ url }) =>
    cycle().then(async (c) => ({ url: url.replace(':id', String(await c.reportId())) })),
  ),
  'POST /api/cycle/reports/:id/recommendations': ({ url, n }) =>
    cycle().then(async (c) => ({
      url: url.replace(':id', String(await c.reportId())),
      payload: { items: [{ orgId: access.t.tree.s1.id, text: `Рекомендация ${n}`, dueOn: '30.06.2025' }] },
    })),
  ...readable(['/api/cycle/actions'], ({ url }) => ({ url: `${url}?territoryId=${territory()}` })),
  'POST /api/cycle/actions': ({ url, n }) =>
    cycle().then((c) => ({ url: `${url}?territoryId=${territory()}`, payload: c.actionInput(n % 2 ? 'measure' : 'decision') })),
  'PUT /api/cycle/actions/:id/status': ({ url }) =>
    cycle().then(async (c) => ({
      url: url.replace(':id', String(await c.action())),
      payload: { status: 'in_progress', version: 1 },
    })),
  ...readable(['/api/cycle/roadmap/export'], ({ url, n }) => ({
    url: `${url}?territoryId=${territory()}&format=${n % 2 ? 'xlsx' : 'docx'}`,
  })),
  ...readable(['/api/cycle/effectiveness'], ({ url }) =>
    cycle()
      .then(() => reports())
      .then((r) => ({ url: `${url}?territoryId=${territory()}&frameworkId=${r.f.catalogueId}&directionCode=D1` })),
  ),
  'PUT /api/cycle/effectiveness': ({ n }) =>
    cycle().then(async (c) => {
      const { version } = await c.analysis();
      const r = await reports();
      return {
        payload: {
          territoryId: territory(),
          frameworkId: r.f.catalogueId,
          directionCode: 'D1',
          conclusions: {},
          summary: `Итог ${n}`,
          problems: ['Проблема'],
          version,
        },
      };
    }),
  'POST /api/cycle/effectiveness/:id/next-cycle': ({ url, n }) =>
    cycle().then(async (c) => ({ url: url.replace(':id', String((await c.analysis()).id)), payload: { cycle: `Цикл ${n}` } })),
  'POST /api/cycle/effectiveness/:id/report': ({ url }) =>
    cycle().then(async (c) => ({ url: url.replace(':id', String((await c.analysis()).id)) })),
};
