import { apiRequest, apiUpload } from './api-request.ts';
import type { Published, PublishRatingInput } from '../../api/publications.ts';
import type {
  ApprovalInput,
  GenerateReportInput,
  ReportDetail,
  ReportFileOne,
  ReportList,
  ReportOne,
  ReportSummary,
  ReviewInput,
  SaveSectionsInput,
} from '../../api/reports.ts';
import type { WorkingGroup, WorkingGroupInput, WorkingGroupOne } from '../../api/working-group.ts';

export type {
  ComparisonRow,
  Finding,
  ReportContent,
  ReportDetail,
  ReportIndicator,
  ReportSectionKey,
  ReportStatus,
  ReportStep,
  ReportSummary,
  ReviewDecision,
} from '../../api/reports.ts';
export type { GenerateReportInput as GenerateInput } from '../../api/reports.ts';
export type { WorkingGroup, WorkingGroupMember } from '../../api/working-group.ts';

export const reportsApi = {
  async list(signal?: AbortSignal): Promise<ReportSummary[]> {
    return (await apiRequest<ReportList>('/api/reports', { signal })).items;
  },
  async generate(input: GenerateReportInput): Promise<ReportDetail> {
    return (await apiRequest<ReportOne>('/api/reports', { method: 'POST', body: input })).report;
  },
  async get(id: number, signal?: AbortSignal): Promise<ReportDetail> {
    return (await apiRequest<ReportOne>(`/api/reports/${id}`, { signal })).report;
  },
  async saveSections(id: number, sections: SaveSectionsInput['sections'], editVersion: number): Promise<ReportDetail> {
    const body: SaveSectionsInput = { sections, editVersion };
    return (await apiRequest<ReportOne>(`/api/reports/${id}/sections`, { method: 'PUT', body })).report;
  },
  async refresh(id: number): Promise<ReportDetail> {
    return (await apiRequest<ReportOne>(`/api/reports/${id}/refresh`, { method: 'POST' })).report;
  },
  async attach(id: number, file: File): Promise<ReportFileOne['file']> {
    return (
      await apiUpload<ReportFileOne>(`/api/reports/${id}/files`, file, {
        contentType: file.type || 'application/octet-stream',
        headers: { 'x-file-name': encodeURIComponent(file.name) },
      })
    ).file;
  },
  async review(id: number, input: ReviewInput): Promise<ReportDetail> {
    return (await apiRequest<ReportOne>(`/api/reports/${id}/review`, { method: 'POST', body: input })).report;
  },
  async approve(id: number, input: ApprovalInput): Promise<ReportDetail> {
    return (await apiRequest<ReportOne>(`/api/reports/${id}/approve`, { method: 'POST', body: input })).report;
  },
  async publish(id: number): Promise<ReportDetail> {
    return (await apiRequest<ReportOne>(`/api/reports/${id}/publish`, { method: 'POST' })).report;
  },
  async unpublish(id: number): Promise<ReportDetail> {
    return (await apiRequest<ReportOne>(`/api/reports/${id}/unpublish`, { method: 'POST' })).report;
  },
  async newVersion(id: number): Promise<ReportDetail> {
    return (await apiRequest<ReportOne>(`/api/reports/${id}/versions`, { method: 'POST' })).report;
  },
  fileUrl: (id: number, format: 'docx' | 'pdf') => `/api/reports/${id}/report.${format}`,
  chartUrl: (id: number, key: string, editVersion: number) => `/api/reports/${id}/charts/${key}?v=${editVersion}`,
  attachmentUrl: (id: number, fileId: number) => `/api/reports/${id}/files/${fileId}`,
  async workingGroup(territoryId: number | null, signal?: AbortSignal): Promise<WorkingGroup> {
    return (await apiRequest<WorkingGroupOne>('/api/working-group', { query: { territoryId }, signal })).group;
  },
  async saveWorkingGroup(input: WorkingGroupInput & { territoryId: number }): Promise<WorkingGroup> {
    return (await apiRequest<WorkingGroupOne>('/api/working-group', { method: 'PUT', body: input })).group;
  },
  async publishRating(input: PublishRatingInput): Promise<Published> {
    return apiRequest<Published>('/api/publications', { method: 'POST', body: input });
  },
};
