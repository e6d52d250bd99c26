import { access, type AccessSamples } from '../../../../test/helpers/route-access.ts';

/** Route × role samples of the local-only routes: no session opens them, only the run's key, which no caller here has. */
export const accessSamples: AccessSamples = {
  'POST /api/local/users': ({ n }) => ({
    payload: {
      login: `local.user.${n}`,
      fullName: 'Пользователь CLI',
      role: 'admin',
      scopeCode: null,
      password: 'Синий-кит-плывёт-2026',
    },
  }),
  'POST /api/local/users/unlock': () => ({ payload: { login: access.loginOf.viewer } }),
};
