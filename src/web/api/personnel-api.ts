import { apiRequest } from './api-request.ts';

export type { MyRecords } from '../../api/personnel.ts';
export type {
  LeaderCard,
  LeaderEventInput,
  LeaderEventView,
  LeaderInput,
  LeaderList,
  LeaderPeriodResult,
  LeaderRow,
  LeaderUpdate,
} from '../../api/personnel-leaders.ts';
export type { CandidateRow, ReserveRound, ReserveSettings, ReserveView, RoundInput, SettingsInput } from '../../api/personnel-reserve.ts';
export type { AppointmentInput, CandidateCard, CandidateInput, PlanItemInput, ReserveEventInput } from '../../api/personnel-candidates.ts';
import type { MyRecords } from '../../api/personnel.ts';
import type {
  LeaderCard,
  LeaderEventInput,
  LeaderInput,
  LeaderList,
  LeaderOne,
  LeaderRegister,
  LeaderUpdate,
} from '../../api/personnel-leaders.ts';
import type { ReserveOne, ReserveSaved, ReserveView, RoundAdded, RoundInput, SettingsInput } from '../../api/personnel-reserve.ts';
import type {
  AppointmentInput,
  CandidateCard,
  CandidateInput,
  CandidateOne,
  PlanItemInput,
  PlanItemsBody,
  PlanItemMark,
  EnrollBody,
  ExcludeBody,
  MentorBody,
  ReserveEventInput,
} from '../../api/personnel-candidates.ts';

type Leader = LeaderOne;
type Candidate = CandidateOne;
const inMunicipality = (municipalityId: number) => ({ municipalityId });

export const personnelApi = {
  async me(signal?: AbortSignal): Promise<MyRecords> {
    return apiRequest<MyRecords>('/api/personnel/me', { signal });
  },
  async leaders(municipalityId: number, signal?: AbortSignal): Promise<LeaderList> {
    return (await apiRequest<LeaderRegister>('/api/personnel/leaders', { query: inMunicipality(municipalityId), signal })).register;
  },
  async leader(id: number, signal?: AbortSignal): Promise<LeaderCard> {
    return (await apiRequest<Leader>(`/api/personnel/leaders/${id}`, { signal })).leader;
  },
  async createLeader(municipalityId: number, input: LeaderInput): Promise<Leader> {
    return apiRequest<Leader>('/api/personnel/leaders', { method: 'POST', query: inMunicipality(municipalityId), body: input });
  },
  async updateLeader(id: number, input: LeaderUpdate): Promise<Leader> {
    return apiRequest<Leader>(`/api/personnel/leaders/${id}`, { method: 'PUT', body: input });
  },
  async addLeaderEvent(id: number, input: LeaderEventInput): Promise<Leader> {
    return apiRequest<Leader>(`/api/personnel/leaders/${id}/events`, { method: 'POST', body: input });
  },
  async removeLeaderEvent(id: number, eventId: number): Promise<Leader> {
    return apiRequest<Leader>(`/api/personnel/leaders/${id}/events/${eventId}`, { method: 'DELETE' });
  },
  async reserve(municipalityId: number, signal?: AbortSignal): Promise<ReserveView> {
    return (await apiRequest<ReserveOne>('/api/personnel/reserve', { query: inMunicipality(municipalityId), signal })).reserve;
  },
  async saveSettings(municipalityId: number, input: SettingsInput): Promise<ReserveView> {
    return (
      await apiRequest<ReserveSaved>('/api/personnel/reserve/settings', {
        method: 'PUT',
        query: inMunicipality(municipalityId),
        body: input,
      })
    ).reserve;
  },
  async addRound(municipalityId: number, input: RoundInput): Promise<ReserveView> {
    return (
      await apiRequest<RoundAdded>('/api/personnel/reserve/rounds', {
        method: 'POST',
        query: inMunicipality(municipalityId),
        body: input,
      })
    ).reserve;
  },
  async addCandidate(municipalityId: number, input: CandidateInput): Promise<Candidate> {
    return apiRequest<Candidate>('/api/personnel/reserve/candidates', {
      method: 'POST',
      query: inMunicipality(municipalityId),
      body: input,
    });
  },
  async candidate(id: number, signal?: AbortSignal): Promise<CandidateCard> {
    return (await apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}`, { signal })).candidate;
  },
  async addReserveEvent(id: number, input: ReserveEventInput): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/events`, { method: 'POST', body: input });
  },
  async addPlanItems(id: number, items: PlanItemInput[]): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/plan`, {
      method: 'POST',
      body: { items } satisfies PlanItemsBody,
    });
  },
  async markPlanItem(id: number, itemId: number, doneOn: string | null): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/plan/${itemId}`, {
      method: 'PUT',
      body: { doneOn } satisfies PlanItemMark,
    });
  },
  async enroll(id: number, enrolledOn: string): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/enroll`, {
      method: 'POST',
      body: { enrolledOn } satisfies EnrollBody,
    });
  },
  async exclude(id: number, excludedOn: string, reason: string): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/exclude`, {
      method: 'POST',
      body: { excludedOn, reason } satisfies ExcludeBody,
    });
  },
  async setMentor(id: number, mentorLeaderId: number | null): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/mentor`, {
      method: 'PUT',
      body: { mentorLeaderId } satisfies MentorBody,
    });
  },
  async appoint(id: number, input: AppointmentInput): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/appoint`, { method: 'POST', body: input });
  },
  exportUrl(municipalityId: number): string {
    return `/api/personnel/export?municipalityId=${municipalityId}`;
  },
};
