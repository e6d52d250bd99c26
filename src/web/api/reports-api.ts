import { apiRequest, apiUpload } from './api-request.ts';
import type { ItemsResponse } from './types.ts';
import type { ReportContent } from '../../domain/report/report-content.ts';
import type { ReportStatus, ReviewDecision } from '../../domain/report/report-workflow.ts';

export type { ReportContent, ReportStatus, ReviewDecision };

export type { ReportSummary, ReportStepView as ReportStep } from '../../app/reports/report-queries.ts';
import type { ReportSummary, ReportView } from '../../app/reports/report-queries.ts';

/** GET /api/reports/:id (dates as ISO strings in JSON). */
export type ReportDetail = ReportView;

export interface GenerateInput {
  catalogueId: number;
  periodId: number;
  scopeKind: 'direction' | 'monitoring' | 'organisation';
  territoryId?: number;
  directionCode?: string;
  orgId?: number;
}

export type { WorkingGroup, WorkingGroupMember } from '../../app/reports/working-group.ts';
import type { WorkingGroup, WorkingGroupMember } from '../../app/reports/working-group.ts';

type One = { report: ReportDetail };

export const reportsApi = {
  async list(signal?: AbortSignal): Promise<ReportSummary[]> {
    return (await apiRequest<ItemsResponse<ReportSummary>>('/api/reports', { signal })).items;
  },
  async generate(input: GenerateInput): Promise<ReportDetail> {
    return (await apiRequest<One>('/api/reports', { method: 'POST', body: input })).report;
  },
  async get(id: number, signal?: AbortSignal): Promise<ReportDetail> {
    return (await apiRequest<One>(`/api/reports/${id}`, { signal })).report;
  },
  async saveSections(id: number, sections: Record<string, string>, editVersion: number): Promise<ReportDetail> {
    return (await apiRequest<One>(`/api/reports/${id}/sections`, { method: 'PUT', body: { sections, editVersion } })).report;
  },
  async refresh(id: number): Promise<ReportDetail> {
    return (await apiRequest<One>(`/api/reports/${id}/refresh`, { method: 'POST' })).report;
  },
  async attach(id: number, file: File): Promise<{ id: number; fileName: string }> {
    return (
      await apiUpload<{ file: { id: number; fileName: string } }>(`/api/reports/${id}/files`, file, {
        contentType: file.type || 'application/octet-stream',
        headers: { 'x-file-name': encodeURIComponent(file.name) },
      })
    ).file;
  },
  async review(
    id: number,
    input: { meetingDate: string; decision: ReviewDecision; minutesNumber: string; note?: string; minutesFileId?: number },
  ) {
    return (await apiRequest<One>(`/api/reports/${id}/review`, { method: 'POST', body: input })).report;
  },
  async approve(id: number, input: { name: string; post: string; date: string }): Promise<ReportDetail> {
    return (await apiRequest<One>(`/api/reports/${id}/approve`, { method: 'POST', body: input })).report;
  },
  async publish(id: number): Promise<ReportDetail> {
    return (await apiRequest<One>(`/api/reports/${id}/publish`, { method: 'POST' })).report;
  },
  async unpublish(id: number): Promise<ReportDetail> {
    return (await apiRequest<One>(`/api/reports/${id}/unpublish`, { method: 'POST' })).report;
  },
  async newVersion(id: number): Promise<ReportDetail> {
    return (await apiRequest<One>(`/api/reports/${id}/versions`, { method: 'POST' })).report;
  },
  fileUrl: (id: number, format: 'docx' | 'pdf') => `/api/reports/${id}/report.${format}`,
  chartUrl: (id: number, key: string, editVersion: number) => `/api/reports/${id}/charts/${key}?v=${editVersion}`,
  attachmentUrl: (id: number, fileId: number) => `/api/reports/${id}/files/${fileId}`,
  async workingGroup(territoryId: number | null, signal?: AbortSignal): Promise<WorkingGroup> {
    return (await apiRequest<{ group: WorkingGroup }>('/api/working-group', { query: { territoryId }, signal })).group;
  },
  async saveWorkingGroup(input: {
    territoryId: number;
    name: string;
    orderNumber: string;
    orderDate: string;
    members: WorkingGroupMember[];
  }) {
    return (await apiRequest<{ group: WorkingGroup }>('/api/working-group', { method: 'PUT', body: input })).group;
  },
  async publishRating(input: { catalogueId: number; periodId: number; key: string }): Promise<{ id: number }> {
    return apiRequest<{ id: number }>('/api/publications', { method: 'POST', body: input });
  },
};
