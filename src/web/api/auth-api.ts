import { apiRequest } from './api-request.ts';
import type { Me, Meta } from './types.ts';

export const authApi = {
  async me(): Promise<Me> {
    const res = await apiRequest<{ user: Me }>('/api/auth/me');
    return res.user;
  },
  async login(login: string, password: string): Promise<Me> {
    const res = await apiRequest<{ user: Me }>('/api/auth/login', {
      method: 'POST',
      body: { login, password },
    });
    return res.user;
  },
  async logout(): Promise<void> {
    await apiRequest<{ ok: boolean }>('/api/auth/logout', { method: 'POST', body: {} });
  },
  /** Changes the caller's own password; the other sessions end. */
  changePassword(currentPassword: string, newPassword: string): Promise<{ sessionsEnded: number }> {
    return apiRequest('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
  },
  /** Ends every session of the caller but this one. */
  endOtherSessions(): Promise<{ sessionsEnded: number }> {
    return apiRequest('/api/auth/sessions/end-others', { method: 'POST', body: {} });
  },
  meta(): Promise<Meta> {
    return apiRequest<Meta>('/api/meta');
  },
};
