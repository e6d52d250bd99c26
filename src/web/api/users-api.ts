import { apiDownload, apiRequest } from './api-request.ts';
import type { ItemsResponse, NewUser, Role, UserRow } from './types.ts';
import type { OrgAccountPreview, OrgSelection } from '../../app/users/accounts-for-orgs.ts';
import type { UserFilter } from '../../app/users.ts';

export type { OrgAccountPreview, OrgSelection, UserFilter };

export const usersApi = {
  async list(signal?: AbortSignal, filter: UserFilter = {}): Promise<UserRow[]> {
    const res = await apiRequest<ItemsResponse<UserRow>>('/api/users', { signal, query: { ...filter } });
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
  /** Blocks the account; its sessions end at once. */
  block(id: number): Promise<{ sessionsEnded: number }> {
    return apiRequest(`/api/users/${id}/block`, { method: 'POST' });
  },
  unblock(id: number): Promise<{ isActive: boolean }> {
    return apiRequest(`/api/users/${id}/unblock`, { method: 'POST' });
  },
  /** A new one-time password, shown once. */
  resetPassword(id: number): Promise<{ login: string; password: string }> {
    return apiRequest(`/api/users/${id}/reset-password`, { method: 'POST' });
  },
  changeAccess(id: number, role: Role, scopeOrgId: number | null) {
    return apiRequest<{ role: Role; roleName: string; scopeOrgId: number | null; scopeOrgName: string | null }>(`/api/users/${id}/access`, {
      method: 'PUT',
      body: { role, scopeOrgId },
    });
  },
  /** Which organisations the selection covers and the logins they would get; the groups of the territory. Changes nothing. */
  previewForOrgs(selection: OrgSelection): Promise<{ items: OrgAccountPreview[]; groups: { id: number; name: string }[] }> {
    return apiRequest('/api/users/for-orgs/preview', { method: 'POST', body: selection });
  },
  /** Creates the accounts; the answer is the credentials workbook itself (made once, kept nowhere). */
  async createForOrgs(selection: OrgSelection): Promise<{ blob: Blob; created: number }> {
    const { blob, headers } = await apiDownload('/api/users/for-orgs', selection);
    return { blob, created: Number(headers.get('x-created-count') ?? 0) };
  },
};
