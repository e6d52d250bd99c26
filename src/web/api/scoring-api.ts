import { apiRequest, apiUpload } from './api-request.ts';
import type { ExplainedNumber, MechanismIndex } from '../../api/mechanism-index.ts';
import type {
  AgreeBody,
  CreatedEvidence,
  EvidenceOne,
  ImportReportOne,
  IndexNumber,
  RoundDetail,
  RoundImportReport,
  RoundInput,
  RoundList,
  RoundObject,
  RoundOne,
  RoundSummary,
  ScoreChange,
  Scorer,
  ScorerList,
  ScoresBody,
  ScoringSheet,
  SheetOne,
  SheetPosition,
} from '../../api/scoring.ts';
import { XLSX_TYPE } from '../lib/campaign-upload.ts';

// The HTTP contract's types (src/api), imported as types only (erased from the bundle).
export type {
  CreatedEvidence,
  ExplainedNumber,
  IndexNumber,
  MechanismIndex,
  RoundDetail,
  RoundImportReport,
  RoundInput,
  RoundObject,
  RoundSummary,
  ScoreChange,
  Scorer,
  ScoringSheet,
  SheetPosition,
};

const base = (id: number) => `/api/scoring/rounds/${id}`;
const objectPath = (id: number, orgId: number) => `${base(id)}/objects/${orgId}`;

export const scoringApi = {
  async list(signal?: AbortSignal): Promise<RoundSummary[]> {
    const res = await apiRequest<RoundList>('/api/scoring/rounds', { signal });
    return res.items;
  },
  /** Opens a round with its objects and their scorers (round managers only). */
  async create(input: RoundInput): Promise<RoundDetail> {
    const res = await apiRequest<RoundOne>('/api/scoring/rounds', { method: 'POST', body: input });
    return res.round;
  },
  async get(id: number, signal?: AbortSignal): Promise<RoundDetail> {
    const res = await apiRequest<RoundOne>(base(id), { signal });
    return res.round;
  },
  /** Closes the round (managers): scores and agreements are locked; refused while disagreements are open. */
  async close(id: number): Promise<RoundDetail> {
    const res = await apiRequest<RoundOne>(`${base(id)}/close`, { method: 'POST', body: {} });
    return res.round;
  },
  async sheet(id: number, orgId: number, signal?: AbortSignal): Promise<ScoringSheet> {
    const res = await apiRequest<SheetOne>(objectPath(id, orgId), { signal });
    return res.sheet;
  },
  /** Saves the caller's changed scores; `validation_failed` lists problems as `scores.<code>`. */
  async saveScores(id: number, orgId: number, scores: Record<string, ScoreChange>): Promise<ScoringSheet> {
    const body: ScoresBody = { scores };
    const res = await apiRequest<SheetOne>(`${objectPath(id, orgId)}/scores`, { method: 'PUT', body });
    return res.sheet;
  },
  /** Records (or with null removes) the agreed score of a position. */
  async agree(id: number, orgId: number, input: AgreeBody): Promise<ScoringSheet> {
    const res = await apiRequest<SheetOne>(`${objectPath(id, orgId)}/agreed`, { method: 'POST', body: input });
    return res.sheet;
  },
  /** Attaches a document to the caller's score of a position. */
  async uploadEvidence(id: number, orgId: number, position: string, file: File): Promise<CreatedEvidence> {
    const res = await apiUpload<EvidenceOne>(`${objectPath(id, orgId)}/evidence`, file, {
      contentType: file.type || 'application/octet-stream',
      headers: { 'X-File-Name': encodeURIComponent(file.name), 'X-Position': encodeURIComponent(position) },
    });
    return res.file;
  },
  /** Download link of an attached document. */
  evidenceUrl(fileId: number): string {
    return `/api/scoring/evidence/${fileId}`;
  },
  /** Download link of the round's scores and indices (XLSX). */
  exportUrl(id: number): string {
    return `${base(id)}/export.xlsx`;
  },
  /** Uploads the caller's scores from a workbook: all or nothing, errors listed with sheet, row and column. */
  async importScores(id: number, file: File): Promise<RoundImportReport> {
    const res = await apiUpload<ImportReportOne>(`${base(id)}/import`, file, {
      contentType: XLSX_TYPE,
      headers: { 'X-File-Name': encodeURIComponent(file.name) },
    });
    return res.report;
  },
  /** Users a round's manager may assign: every expert (an expert round), or the operators and experts of the manager's scope (a self-assessment). */
  /** Who may score a round of the territory (the caller's own scope when none is given). */
  async scorers(kind: 'expert' | 'self', territoryId: number | null, signal?: AbortSignal): Promise<Scorer[]> {
    const territory = territoryId ? `&territoryId=${territoryId}` : '';
    const res = await apiRequest<ScorerList>(`/api/scoring/scorers?kind=${kind}${territory}`, { signal });
    return res.items;
  },
};
