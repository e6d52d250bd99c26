import { apiRequest } from './api-request.ts';
import type { ItemsResponse, NewUser, UserRow } from './types.ts';

export const usersApi = {
  async list(signal?: AbortSignal): Promise<UserRow[]> {
    const res = await apiRequest<ItemsResponse<UserRow>>('/api/users', { signal });
    return res.items;
  },
  async create(user: NewUser): Promise<UserRow> {
    const res = await apiRequest<{ user: UserRow }>('/api/users', { method: 'POST', body: user });
    return res.user;
  },
  /** Lifts the login lock after failed password checks (POST /api/users/:id/unlock); returns how many failures were cleared. */
  unlock(id: number): Promise<{ cleared: number }> {
    return apiRequest<{ cleared: number }>(`/api/users/${id}/unlock`, { method: 'POST' });
  },
};
