import { access, ids, readable, type AccessSamples } from '../../../../test/helpers/route-access.ts';

const key = () => `municipality:${access.t.tree.m1.id}:school`;

/** Route × role samples of the results and rating routes. */
export const accessSamples: AccessSamples = {
  'POST /api/results/compute': () => ids().then((x) => ({ payload: { catalogueId: x.catalogueId, periodId: x.periodId } })),
  ...readable(['/api/ratings'], () => ids().then((x) => ({ url: `/api/ratings?catalogueId=${x.catalogueId}&periodId=${x.periodId}` }))),
  ...readable(['/api/ratings/readiness'], () =>
    ids().then((x) => ({ url: `/api/ratings/readiness?catalogueId=${x.catalogueId}&periodId=${x.periodId}` })),
  ),
  ...readable(['/api/ratings/view'], () =>
    ids().then((x) => ({ url: `/api/ratings/view?catalogueId=${x.catalogueId}&periodId=${x.periodId}&key=${key()}` })),
  ),
  ...readable(['/api/ratings/clusters'], () =>
    ids().then((x) => ({ url: `/api/ratings/clusters?catalogueId=${x.catalogueId}&periodId=${x.periodId}&key=${key()}` })),
  ),
  ...readable(['/api/ratings/export'], () =>
    ids().then((x) => ({
      url: `/api/ratings/export?catalogueId=${x.catalogueId}&periodId=${x.periodId}&key=${key()}&clustering=settlement&cluster=none`,
    })),
  ),
  ...readable(['/api/results/explain'], () =>
    ids().then((x) => ({
      url: `/api/results/explain?catalogueId=${x.catalogueId}&periodId=${x.periodId}&orgId=${access.t.tree.s1.id}&indicator=D1.01`,
    })),
  ),
  ...readable(['/api/results/card'], () =>
    ids().then((x) => ({ url: `/api/results/card?catalogueId=${x.catalogueId}&orgId=${access.t.tree.s1.id}` })),
  ),
  ...readable(['/api/results/indicator'], () =>
    ids().then((x) => ({
      url: `/api/results/indicator?catalogueId=${x.catalogueId}&periodId=${x.periodId}&key=${key()}&indicator=D1.01`,
    })),
  ),
};
