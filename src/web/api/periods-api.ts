import { apiRequest } from './api-request.ts';
import type { ItemsResponse, Period } from './types.ts';

export type NewPeriod = Pick<Period, 'code' | 'kind' | 'name' | 'startsOn' | 'endsOn'>;
export type PeriodPatch = Partial<Pick<Period, 'name' | 'startsOn' | 'endsOn'>>;

export const periodsApi = {
  async list(signal?: AbortSignal): Promise<Period[]> {
    const res = await apiRequest<ItemsResponse<Period>>('/api/periods', { signal });
    return res.items;
  },
  async create(body: NewPeriod): Promise<Period> {
    return (await apiRequest<{ period: Period }>('/api/periods', { method: 'POST', body })).period;
  },
  async update(id: number, body: PeriodPatch): Promise<Period> {
    return (await apiRequest<{ period: Period }>(`/api/periods/${id}`, { method: 'PATCH', body })).period;
  },
  async close(id: number): Promise<Period> {
    return (await apiRequest<{ period: Period }>(`/api/periods/${id}/close`, { method: 'POST' })).period;
  },
  async reopen(id: number): Promise<Period> {
    return (await apiRequest<{ period: Period }>(`/api/periods/${id}/reopen`, { method: 'POST' })).period;
  },
};
