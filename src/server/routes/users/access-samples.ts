import { access, readable, sharedRepresentative, type AccessSamples, type Sample } from '../../../../test/helpers/route-access.ts';

// one representative of the first municipality's school, managed by every manager (admin, operators); the
// actions are repeatable (block twice, reset again), so one account serves every call
const onRepresentative: Sample = ({ url }) => sharedRepresentative().then((id) => ({ url: url.replace(':id', String(id)) }));

/** Route × role samples of the user-management routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/users']),
  'POST /api/users/:id/unlock': onRepresentative,
  'POST /api/users/:id/block': onRepresentative,
  'POST /api/users/:id/unblock': onRepresentative,
  'POST /api/users/:id/reset-password': onRepresentative,
  'PUT /api/users/:id/access': () =>
    sharedRepresentative().then((id) => ({
      url: `/api/users/${id}/access`,
      payload: { role: 'org_representative', scopeOrgId: access.t.tree.s1.id },
    })),
  'POST /api/users/for-orgs/preview': () => ({ payload: { territoryId: access.t.tree.m1.id } }),
  'POST /api/users/for-orgs': () => ({ payload: { territoryId: access.t.tree.m1.id, orgIds: [access.t.tree.k1.id] } }),
  'POST /api/users': ({ n }) => ({
    payload: {
      login: `new.user.${n}`,
      fullName: 'Новый наблюдатель',
      role: 'viewer',
      scopeOrgId: access.t.tree.m1.id,
      password: 'a-long-password',
    },
  }),
};
