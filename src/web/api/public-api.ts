import { apiRequest } from './api-request.ts';
import type { ItemsResponse } from './types.ts';
import type { ReportContent } from '../../domain/report/report-content.ts';
import type { ComparisonRow } from '../../domain/report/report-content.ts';

export interface PublicItem {
  id: number;
  kind: 'report' | 'regulation' | 'rating';
  kindName: string;
  title: string;
  territory: { id: number; name: string };
  publishedAt: string;
}

export interface PublicDocument extends PublicItem {
  downloads: { format: string; url: string }[];
  report?: {
    version: number;
    content: ReportContent;
    sections: { key: string; title: string; text: string }[];
    review: { meetingDate: string; minutesNumber: string; decisionName: string } | null;
    approval: { name: string; post: string; date: string } | null;
  };
  regulation?: {
    name: string;
    periodName: string;
    startsOn: string;
    deadline: string;
    responsible: string;
    orderNumber: string | null;
    orderDate: string | null;
  };
  rating?: {
    catalogue: { id: number; name: string; version: number };
    period: { id: number; name: string };
    computedAt: string | null;
    directions: { code: string; name: string }[];
    rows: ComparisonRow[];
  };
}

/** The public «МСОКО» section: no login. */
export const publicApi = {
  async list(signal?: AbortSignal): Promise<PublicItem[]> {
    return (await apiRequest<ItemsResponse<PublicItem>>('/api/public/documents', { signal })).items;
  },
  async get(id: number, signal?: AbortSignal): Promise<PublicDocument> {
    return (await apiRequest<{ document: PublicDocument }>(`/api/public/documents/${id}`, { signal })).document;
  },
};
