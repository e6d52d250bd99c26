import { apiDownload, apiRequest } from './api-request.ts';
import type { Role } from './types.ts';
import type {
  AccessChange,
  NewPassword,
  NewUser,
  OrgAccountPreview,
  OrgAccountsPreview,
  OrgSelection,
  UserAccess,
  UserBlocked,
  UserFilter,
  UserList,
  UserOne,
  UserUnblocked,
  UserUnlocked,
  UserView as UserRow,
} from '../../api/users.ts';

export type { OrgAccountPreview, OrgSelection, UserFilter };

export const usersApi = {
  async list(signal?: AbortSignal, filter: UserFilter = {}): Promise<UserRow[]> {
    const res = await apiRequest<UserList>('/api/users', { signal, query: { ...filter } });
    return res.items;
  },
  async create(user: NewUser): Promise<UserRow> {
    const res = await apiRequest<UserOne>('/api/users', { method: 'POST', body: user });
    return res.user;
  },
  /** Lifts the login lock after failed password checks (POST /api/users/:id/unlock); returns how many failures were cleared. */
  unlock(id: number): Promise<UserUnlocked> {
    return apiRequest<UserUnlocked>(`/api/users/${id}/unlock`, { method: 'POST' });
  },
  /** Blocks the account; its sessions end at once. */
  block(id: number): Promise<UserBlocked> {
    return apiRequest(`/api/users/${id}/block`, { method: 'POST' });
  },
  unblock(id: number): Promise<UserUnblocked> {
    return apiRequest(`/api/users/${id}/unblock`, { method: 'POST' });
  },
  /** A new one-time password, shown once. */
  resetPassword(id: number): Promise<NewPassword> {
    return apiRequest(`/api/users/${id}/reset-password`, { method: 'POST' });
  },
  changeAccess(id: number, role: Role, scopeOrgId: number | null): Promise<UserAccess> {
    const body: AccessChange = { role, scopeOrgId };
    return apiRequest<UserAccess>(`/api/users/${id}/access`, { method: 'PUT', body });
  },
  /** Which organisations the selection covers and the logins they would get; the groups of the territory. Changes nothing. */
  previewForOrgs(selection: OrgSelection): Promise<OrgAccountsPreview> {
    return apiRequest('/api/users/for-orgs/preview', { method: 'POST', body: selection });
  },
  /** Creates the accounts; the answer is the credentials workbook itself (made once, kept nowhere). */
  async createForOrgs(selection: OrgSelection): Promise<{ blob: Blob; created: number }> {
    const { blob, headers } = await apiDownload('/api/users/for-orgs', selection);
    return { blob, created: Number(headers.get('x-created-count') ?? 0) };
  },
};
