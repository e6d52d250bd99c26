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
};
