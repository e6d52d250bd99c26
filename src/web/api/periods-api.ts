import { apiRequest } from './api-request.ts';
import type { ItemsResponse, Period } from './types.ts';

export const periodsApi = {
  async list(signal?: AbortSignal): Promise<Period[]> {
    const res = await apiRequest<ItemsResponse<Period>>('/api/periods', { signal });
    return res.items;
  },
};
