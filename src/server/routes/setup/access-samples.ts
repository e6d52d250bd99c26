import type { AccessSamples } from '../../../../test/helpers/route-access.ts';

/** Route × role samples of the first-run setup: public; with administrators present every token answers 404. */
export const accessSamples: AccessSamples = {
  'GET /api/setup/:token': () => ({ url: '/api/setup/some-token' }),
  'HEAD /api/setup/:token': () => ({ url: '/api/setup/some-token' }),
  'POST /api/setup/:token': ({ n }) => ({
    url: '/api/setup/some-token',
    payload: {
      admin: {
        login: `first.admin.${n}`,
        fullName: 'Первый администратор',
        password: 'Синий-кит-плывёт-2026',
        passwordRepeat: 'Синий-кит-плывёт-2026',
      },
      region: { name: 'Регион', code: `R-${n}` },
      municipalities: [],
    },
  }),
};
