import type {
  NewRiskGroup,
  RiskList,
  SavedGroup,
  SavedGroupResponse,
  ShfnsuListResponse,
  ShfnsuListView,
  ShfnsuSchoolView,
  ShnorListResponse,
  ShnorListView,
  ShnorParams,
  ShnorSchoolView,
} from '../../api/schools-at-risk.ts';
import { apiRequest } from './api-request.ts';

export type { RiskList, SavedGroup, ShfnsuListView, ShfnsuSchoolView, ShnorListView, ShnorParams, ShnorSchoolView };

/** The parameters of the ШФНСУ rule as the page edits them. */
export interface ShfnsuQuery {
  minFactors?: number;
  thresholds?: Record<string, number>;
}

export const schoolsAtRiskApi = {
  async shnor(territoryId: number, periodId: number | null, params: Partial<ShnorParams>, signal?: AbortSignal): Promise<ShnorListView> {
    return (await apiRequest<ShnorListResponse>('/api/schools-at-risk/shnor', { query: { territoryId, periodId, ...params }, signal }))
      .list;
  },
  async shfnsu(territoryId: number, periodId: number | null, params: ShfnsuQuery, signal?: AbortSignal): Promise<ShfnsuListView> {
    const query = { territoryId, periodId, minFactors: params.minFactors, ...params.thresholds };
    return (await apiRequest<ShfnsuListResponse>('/api/schools-at-risk/shfnsu', { query, signal })).list;
  },
  async saveGroup(body: NewRiskGroup): Promise<SavedGroup> {
    return (await apiRequest<SavedGroupResponse>('/api/schools-at-risk/groups', { method: 'POST', body })).group;
  },
};
