import { apiRequest } from './api-request.ts';
import type { AuditPage } from '../../api/audit.ts';

export const auditApi = {
  list(limit: number, offset: number, signal?: AbortSignal): Promise<AuditPage> {
    return apiRequest<AuditPage>('/api/audit', { query: { limit, offset }, signal });
  },
};
