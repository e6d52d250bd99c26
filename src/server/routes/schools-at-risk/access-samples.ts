import { access, readable, type AccessSamples } from '../../../../test/helpers/route-access.ts';

/** Route × role samples of the schools-at-risk routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/schools-at-risk/shnor', '/api/schools-at-risk/shfnsu'], ({ url }) => ({
    url: `${url}?territoryId=${access.t.tree.m1.id}`,
  })),
  'POST /api/schools-at-risk/groups': ({ n }) => ({
    payload: { territoryId: access.t.tree.m1.id, list: 'shnor', name: `Школы с низкими результатами ${n}`, orgIds: [access.t.tree.s1.id] },
  }),
};
