import { hashPassword } from '../../../app/password.ts';
import { TEST_PASSWORD } from '../../../../test/helpers/factories.ts';
import { access, loginFor, readable, type AccessSamples } from '../../../../test/helpers/route-access.ts';

/** Route × role samples of the session and password routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/auth/me']),
  'POST /api/auth/login': ({ role }) => ({ payload: { login: loginFor(role), password: TEST_PASSWORD } }),
  'POST /api/auth/logout': () => ({ freshSession: true }),
  'POST /api/auth/sessions/end-others': () => ({}),
  'POST /api/auth/password': ({ role }) => {
    // The caller's password is first set to a known old one, and the call sets it back.
    if (role === 'anonymous') return { payload: { currentPassword: TEST_PASSWORD, newPassword: 'another-long-password' } };
    return hashPassword('the-old-password')
      .then((hash) =>
        access.t.handle.db.updateTable('app_user').set({ password_hash: hash }).where('login', '=', access.loginOf[role]).execute(),
      )
      .then(() => ({ payload: { currentPassword: 'the-old-password', newPassword: TEST_PASSWORD } }));
  },
};
