import { apiRequest, apiUpload } from './api-request.ts';
import type {
  AcceptReport,
  AcceptReportOne,
  CampaignDetail,
  CampaignInput,
  CampaignList,
  CampaignOne,
  EntryIssue,
  FormField,
  FormOne,
  FormView,
  ProgressRow,
  RegulationOrder,
  SaveFormBody,
  CampaignSummary,
  UploadReport,
  UploadReportOne,
} from '../../api/campaigns.ts';
import type { SubmissionStatus } from '../../domain/collection/campaign.ts';
import { uploadContentType } from '../lib/campaign-upload.ts';

// The HTTP contract's types (src/api), imported as types only (erased from the bundle).
export type {
  AcceptReport,
  CampaignDetail,
  CampaignInput,
  CampaignSummary,
  EntryIssue,
  FormField,
  FormView,
  ProgressRow,
  SubmissionStatus,
  UploadReport,
};

const base = (id: number) => `/api/campaigns/${id}`;
const formPath = (id: number, orgId: number) => `${base(id)}/forms/${orgId}`;

export const campaignsApi = {
  async list(signal?: AbortSignal): Promise<CampaignSummary[]> {
    const res = await apiRequest<CampaignList>('/api/campaigns', { signal });
    return res.items;
  },
  /** Creates a campaign and the empty form of every participant (operators only). */
  async create(input: CampaignInput): Promise<CampaignDetail> {
    const res = await apiRequest<CampaignOne>('/api/campaigns', { method: 'POST', body: input });
    return res.campaign;
  },
  async get(id: number, signal?: AbortSignal): Promise<CampaignDetail> {
    const res = await apiRequest<CampaignOne>(base(id), { signal });
    return res.campaign;
  },
  /** Download link of the progress list (XLSX). */
  progressUrl(id: number): string {
    return `${base(id)}/progress.xlsx`;
  },
  /** Download link of the Excel template: one organisation's form, or every form the user may fill. */
  templateUrl(id: number, orgId?: number): string {
    return orgId === undefined ? `${base(id)}/template.xlsx` : `${base(id)}/template.xlsx?orgId=${orgId}`;
  },
  /** Uploads a filled-in template (XLSX) or CSV: all or nothing, errors listed with sheet, row and cell. */
  async upload(id: number, file: File): Promise<UploadReport> {
    const res = await apiUpload<UploadReportOne>(`${base(id)}/upload`, file, {
      contentType: uploadContentType(file.name),
      headers: { 'X-File-Name': encodeURIComponent(file.name) },
    });
    return res.report;
  },
  /** Download link of the monitoring regulation (DOCX). */
  regulationUrl(id: number): string {
    return `${base(id)}/regulation.docx`;
  },
  async approveRegulation(id: number, order: RegulationOrder): Promise<CampaignDetail> {
    const res = await apiRequest<CampaignOne>(`${base(id)}/regulation/approve`, { method: 'POST', body: order });
    return res.campaign;
  },
  async publishRegulation(id: number): Promise<CampaignDetail> {
    const res = await apiRequest<CampaignOne>(`${base(id)}/regulation/publish`, { method: 'POST', body: {} });
    return res.campaign;
  },
  async getForm(id: number, orgId: number, signal?: AbortSignal): Promise<FormView> {
    const res = await apiRequest<FormOne>(formPath(id, orgId), { signal });
    return res.form;
  },
  /** Saves changed fields of a draft; refused with `version_conflict` when someone saved since `version`. */
  async saveForm(id: number, orgId: number, input: SaveFormBody): Promise<FormView> {
    const res = await apiRequest<FormOne>(formPath(id, orgId), { method: 'PUT', body: input });
    return res.form;
  },
  /** Sends the form for review; `validation_failed` lists every problem as `fields.<key>`. */
  async submit(id: number, orgId: number, version: number): Promise<FormView> {
    const res = await apiRequest<FormOne>(`${formPath(id, orgId)}/submit`, { method: 'POST', body: { version } });
    return res.form;
  },
  async returnForm(id: number, orgId: number, comment: string): Promise<FormView> {
    const res = await apiRequest<FormOne>(`${formPath(id, orgId)}/return`, { method: 'POST', body: { comment } });
    return res.form;
  },
  async accept(id: number, orgId: number): Promise<AcceptReport> {
    const res = await apiRequest<AcceptReportOne>(`${formPath(id, orgId)}/accept`, { method: 'POST', body: {} });
    return res.report;
  },
  async reopen(id: number, orgId: number, reason: string): Promise<FormView> {
    const res = await apiRequest<FormOne>(`${formPath(id, orgId)}/reopen`, { method: 'POST', body: { reason } });
    return res.form;
  },
};
