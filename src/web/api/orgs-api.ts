import { apiRequest } from './api-request.ts';
import type { CloseOrgInput, MergeOrgInput, OrgChanges, OrgDetail, OrgList, OrgOne, OrgSummary } from '../../api/orgs.ts';

export const orgsApi = {
  async roots(signal?: AbortSignal): Promise<OrgSummary[]> {
    const res = await apiRequest<OrgList>('/api/orgs', { signal });
    return res.items;
  },
  async children(parentId: number, signal?: AbortSignal): Promise<OrgSummary[]> {
    const res = await apiRequest<OrgList>('/api/orgs', {
      query: { parentId },
      signal,
    });
    return res.items;
  },
  /** The organisations (not sub-territories) directly under a municipality, as id and name. */
  async organisationsOf(municipalityId: number, signal?: AbortSignal): Promise<{ id: number; name: string }[]> {
    const children = await orgsApi.children(municipalityId, signal);
    return children.filter((o) => o.kind === 'organisation').map((o) => ({ id: o.id, name: o.name }));
  },
  /** The organisations of a territory: a municipality's own, or those of every municipality of a region (named with it). */
  async organisationsUnder(territoryId: number, signal?: AbortSignal): Promise<{ id: number; name: string }[]> {
    const children = await orgsApi.children(territoryId, signal);
    const own = children.filter((o) => o.kind === 'organisation').map((o) => ({ id: o.id, name: o.name }));
    const municipalities = children.filter((o) => o.kind === 'municipality');
    const nested = await Promise.all(
      municipalities.map(async (m) =>
        (await orgsApi.organisationsOf(m.id, signal)).map((o) => ({ id: o.id, name: `${o.name} (${m.name})` })),
      ),
    );
    return [...own, ...nested.flat()];
  },
  async search(q: string, limit = 20, signal?: AbortSignal): Promise<OrgSummary[]> {
    const res = await apiRequest<OrgList>('/api/orgs/search', {
      query: { q, limit },
      signal,
    });
    return res.items;
  },
  async get(id: number, signal?: AbortSignal): Promise<OrgDetail> {
    const res = await apiRequest<OrgOne>(`/api/orgs/${id}`, { signal });
    return res.org;
  },
  async update(id: number, patch: OrgChanges): Promise<OrgDetail> {
    const res = await apiRequest<OrgOne>(`/api/orgs/${id}`, {
      method: 'PATCH',
      body: patch,
    });
    return res.org;
  },
  async close(id: number, body: CloseOrgInput): Promise<OrgDetail> {
    return (await apiRequest<OrgOne>(`/api/orgs/${id}/close`, { method: 'POST', body })).org;
  },
  async reopen(id: number): Promise<OrgDetail> {
    return (await apiRequest<OrgOne>(`/api/orgs/${id}/reopen`, { method: 'POST' })).org;
  },
  async merge(id: number, body: MergeOrgInput): Promise<OrgDetail> {
    return (await apiRequest<OrgOne>(`/api/orgs/${id}/merge`, { method: 'POST', body })).org;
  },
};
