import type { ChangePasswordBody, LoggedOut, LoginBody, SessionsEnded, SignedInUser } from '../../api/auth.ts';
import { apiRequest } from './api-request.ts';
import type { Me, Meta } from './types.ts';

export const authApi = {
  async me(): Promise<Me> {
    const res = await apiRequest<SignedInUser>('/api/auth/me');
    return res.user;
  },
  async login(login: string, password: string): Promise<Me> {
    const body: LoginBody = { login, password };
    const res = await apiRequest<SignedInUser>('/api/auth/login', { method: 'POST', body });
    return res.user;
  },
  async logout(): Promise<void> {
    await apiRequest<LoggedOut>('/api/auth/logout', { method: 'POST', body: {} });
  },
  /** Changes the caller's own password; the other sessions end. */
  changePassword(currentPassword: string, newPassword: string): Promise<SessionsEnded> {
    const body: ChangePasswordBody = { currentPassword, newPassword };
    return apiRequest('/api/auth/password', { method: 'POST', body });
  },
  /** Ends every session of the caller but this one. */
  endOtherSessions(): Promise<SessionsEnded> {
    return apiRequest('/api/auth/sessions/end-others', { method: 'POST', body: {} });
  },
  meta(): Promise<Meta> {
    return apiRequest<Meta>('/api/meta');
  },
};
