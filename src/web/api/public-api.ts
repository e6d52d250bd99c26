import { apiRequest } from './api-request.ts';
import type { ItemsResponse } from './types.ts';

export type { PublicDocument, PublicItem } from '../../app/public/public-queries.ts';
import type { PublicDocument, PublicItem } from '../../app/public/public-queries.ts';

/** The public «МСОКО» section: no login. */
export const publicApi = {
  async list(signal?: AbortSignal): Promise<PublicItem[]> {
    return (await apiRequest<ItemsResponse<PublicItem>>('/api/public/documents', { signal })).items;
  },
  async get(id: number, signal?: AbortSignal): Promise<PublicDocument> {
    return (await apiRequest<{ document: PublicDocument }>(`/api/public/documents/${id}`, { signal })).document;
  },
};
