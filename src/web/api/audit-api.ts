import { apiRequest } from './api-request.ts';
import type { AuditEntry, Page } from './types.ts';

export const auditApi = {
  list(limit: number, offset: number, signal?: AbortSignal): Promise<Page<AuditEntry>> {
    return apiRequest<Page<AuditEntry>>('/api/audit', { query: { limit, offset }, signal });
  },
};
