import type { SavedGroup, RiskList } from '../../app/schools-at-risk/save-risk-group.ts';
import type { ShfnsuListView, ShfnsuSchoolView } from '../../app/schools-at-risk/shfnsu-list.ts';
import type { ShnorListView, ShnorSchoolView } from '../../app/schools-at-risk/shnor-list.ts';
import type { ShnorParams } from '../../domain/schools-at-risk/low-results-list.ts';
import { apiRequest } from './api-request.ts';

export type { RiskList, SavedGroup, ShfnsuListView, ShfnsuSchoolView, ShnorListView, ShnorParams, ShnorSchoolView };

/** The parameters of the ШФНСУ rule as the page edits them. */
export interface ShfnsuQuery {
  minFactors?: number;
  thresholds?: Record<string, number>;
}

export const schoolsAtRiskApi = {
  async shnor(territoryId: number, periodId: number | null, params: Partial<ShnorParams>, signal?: AbortSignal): Promise<ShnorListView> {
    return (
      await apiRequest<{ list: ShnorListView }>('/api/schools-at-risk/shnor', { query: { territoryId, periodId, ...params }, signal })
    ).list;
  },
  async shfnsu(territoryId: number, periodId: number | null, params: ShfnsuQuery, signal?: AbortSignal): Promise<ShfnsuListView> {
    const query = { territoryId, periodId, minFactors: params.minFactors, ...params.thresholds };
    return (await apiRequest<{ list: ShfnsuListView }>('/api/schools-at-risk/shfnsu', { query, signal })).list;
  },
  async saveGroup(body: {
    territoryId: number;
    list: RiskList;
    name: string;
    orgIds: number[];
    periodCode: string | null;
    params: Record<string, unknown>;
  }): Promise<SavedGroup> {
    return (await apiRequest<{ group: SavedGroup }>('/api/schools-at-risk/groups', { method: 'POST', body })).group;
  },
};
