import { apiRequest } from './api-request.ts';

export type {
  RecommendationView,
  RecommendationSuggestion,
  RecommendationInput,
  CycleActionView,
  CycleActionInput,
  EffectivenessView,
  SavedAnalysis,
} from '../../api/cycle.ts';
export type { ActionEffect, ActionIndicatorEffect } from '../../domain/cycle/effectiveness-content.ts';
import type {
  ActionStatusBody,
  ApproveRecommendationsBody,
  Approved,
  CreatedIds,
  CycleActionInput,
  CycleActionList,
  CycleActionOne,
  CycleActionView,
  EffectivenessOne,
  EffectivenessReportCreated,
  EffectivenessView,
  RecommendationList,
  RecommendationOne,
  SuggestionList,
  RecommendationInput,
  RecommendationSuggestion,
  RecommendationView,
} from '../../api/cycle.ts';

type Subject = { territoryId: number; frameworkId: number; directionCode: string; periodId?: number };
type Recommendation = RecommendationOne;
type Effectiveness = EffectivenessOne;
const query = (o: Record<string, string | number | undefined>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string | number>;

/** Targeted recommendations, the roadmap of measures, management decisions, the analysis of effectiveness. */
export const managementApi = {
  async recommendations(territoryId: number, signal?: AbortSignal): Promise<RecommendationView[]> {
    return (await apiRequest<RecommendationList>('/api/cycle/recommendations', { query: { territoryId }, signal })).recommendations;
  },
  async mine(signal?: AbortSignal): Promise<RecommendationView[]> {
    return (await apiRequest<RecommendationList>('/api/cycle/recommendations/mine', { signal })).recommendations;
  },
  async suggestions(reportId: number, signal?: AbortSignal): Promise<RecommendationSuggestion[]> {
    return (await apiRequest<SuggestionList>(`/api/cycle/reports/${reportId}/suggestions`, { signal })).suggestions;
  },
  async createRecommendations(reportId: number, items: RecommendationInput[]): Promise<CreatedIds> {
    return apiRequest<CreatedIds>(`/api/cycle/reports/${reportId}/recommendations`, { method: 'POST', body: { items } });
  },
  async acknowledge(id: number, version: number): Promise<RecommendationView> {
    return (await apiRequest<Recommendation>(`/api/cycle/recommendations/${id}/acknowledge`, { method: 'POST', body: { version } }))
      .recommendation;
  },
  async report(id: number, text: string, version: number): Promise<RecommendationView> {
    return (await apiRequest<Recommendation>(`/api/cycle/recommendations/${id}/report`, { method: 'POST', body: { text, version } }))
      .recommendation;
  },
  async approve(territoryId: number, input: ApproveRecommendationsBody): Promise<Approved> {
    return apiRequest<Approved>('/api/cycle/recommendations/approve', { method: 'POST', query: { territoryId }, body: input });
  },
  async actions(
    territoryId: number,
    filter: { frameworkId?: number; directionCode?: string },
    signal?: AbortSignal,
  ): Promise<CycleActionView[]> {
    return (await apiRequest<CycleActionList>('/api/cycle/actions', { query: query({ territoryId, ...filter }), signal })).actions;
  },
  async createAction(territoryId: number, input: CycleActionInput): Promise<CycleActionView> {
    return (await apiRequest<CycleActionOne>('/api/cycle/actions', { method: 'POST', query: { territoryId }, body: input })).action;
  },
  async setStatus(id: number, input: ActionStatusBody): Promise<CycleActionView> {
    return (await apiRequest<CycleActionOne>(`/api/cycle/actions/${id}/status`, { method: 'PUT', body: input })).action;
  },
  roadmapUrl(territoryId: number, filter: { frameworkId?: number; directionCode?: string }, format: 'xlsx' | 'docx'): string {
    const q = new URLSearchParams(Object.entries(query({ territoryId, ...filter, format })).map(([k, v]) => [k, String(v)]));
    return `/api/cycle/roadmap/export?${q.toString()}`;
  },
  async effectiveness(s: Subject, signal?: AbortSignal): Promise<EffectivenessView> {
    return (await apiRequest<Effectiveness>('/api/cycle/effectiveness', { query: query(s), signal })).effectiveness;
  },
  async saveEffectiveness(
    s: Subject & { conclusions: Record<string, string>; summary: string; problems: string[]; version?: number },
  ): Promise<EffectivenessView> {
    return (await apiRequest<Effectiveness>('/api/cycle/effectiveness', { method: 'PUT', body: s })).effectiveness;
  },
  async nextCycle(analysisId: number, cycle: string): Promise<EffectivenessView> {
    return (await apiRequest<Effectiveness>(`/api/cycle/effectiveness/${analysisId}/next-cycle`, { method: 'POST', body: { cycle } }))
      .effectiveness;
  },
  async effectivenessReport(analysisId: number): Promise<EffectivenessReportCreated> {
    return apiRequest<EffectivenessReportCreated>(`/api/cycle/effectiveness/${analysisId}/report`, { method: 'POST' });
  },
};
