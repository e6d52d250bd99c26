import { apiRequest } from './api-request.ts';
import type { PublicDocument, PublicDocumentOne, PublicItem, PublicList } from '../../api/public.ts';

export type { PublicDocument, PublicItem };

/** The public «МСОКО» section: no login. */
export const publicApi = {
  async list(signal?: AbortSignal): Promise<PublicItem[]> {
    return (await apiRequest<PublicList>('/api/public/documents', { signal })).items;
  },
  async get(id: number, signal?: AbortSignal): Promise<PublicDocument> {
    return (await apiRequest<PublicDocumentOne>(`/api/public/documents/${id}`, { signal })).document;
  },
};
