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
  meta(): Promise<Meta> {
    return apiRequest<Meta>('/api/meta');
  },
};
