import { apiRequest } from './api-request.ts';

export type { LeaderCard, LeaderList, LeaderRow, LeaderEventView, LeaderInput, LeaderEventInput } from '../../app/personnel/leaders.ts';
export type { LeaderPeriodResult } from '../../app/personnel/leader-results.ts';
export type { ReserveView, CandidateRow, ReserveRound, ReserveSettings, SettingsInput } from '../../app/personnel/reserve.ts';
export type { CandidateCard, CandidateInput, ReserveEventInput } from '../../app/personnel/candidates.ts';
export type { AppointmentInput } from '../../app/personnel/appoint-candidate.ts';
export type { MyRecords } from '../../app/personnel/my-records.ts';
import type { LeaderCard, LeaderEventInput, LeaderInput, LeaderList } from '../../app/personnel/leaders.ts';
import type { ReserveView, SettingsInput } from '../../app/personnel/reserve.ts';
import type { CandidateCard, CandidateInput, ReserveEventInput } from '../../app/personnel/candidates.ts';
import type { AppointmentInput } from '../../app/personnel/appoint-candidate.ts';
import type { MyRecords } from '../../app/personnel/my-records.ts';

type Leader = { leader: LeaderCard; recomputed?: boolean };
type Candidate = { candidate: CandidateCard; recomputed?: boolean };
const inMunicipality = (municipalityId: number) => ({ municipalityId });

export const personnelApi = {
  async me(signal?: AbortSignal): Promise<MyRecords> {
    return apiRequest<MyRecords>('/api/personnel/me', { signal });
  },
  async leaders(municipalityId: number, signal?: AbortSignal): Promise<LeaderList> {
    return (await apiRequest<{ register: LeaderList }>('/api/personnel/leaders', { query: inMunicipality(municipalityId), signal }))
      .register;
  },
  async leader(id: number, signal?: AbortSignal): Promise<LeaderCard> {
    return (await apiRequest<Leader>(`/api/personnel/leaders/${id}`, { signal })).leader;
  },
  async createLeader(municipalityId: number, input: LeaderInput): Promise<Leader> {
    return apiRequest<Leader>('/api/personnel/leaders', { method: 'POST', query: inMunicipality(municipalityId), body: input });
  },
  async updateLeader(id: number, input: LeaderInput & { version: number }): Promise<Leader> {
    return apiRequest<Leader>(`/api/personnel/leaders/${id}`, { method: 'PUT', body: input });
  },
  async addLeaderEvent(id: number, input: LeaderEventInput): Promise<Leader> {
    return apiRequest<Leader>(`/api/personnel/leaders/${id}/events`, { method: 'POST', body: input });
  },
  async removeLeaderEvent(id: number, eventId: number): Promise<Leader> {
    return apiRequest<Leader>(`/api/personnel/leaders/${id}/events/${eventId}`, { method: 'DELETE' });
  },
  async reserve(municipalityId: number, signal?: AbortSignal): Promise<ReserveView> {
    return (await apiRequest<{ reserve: ReserveView }>('/api/personnel/reserve', { query: inMunicipality(municipalityId), signal }))
      .reserve;
  },
  async saveSettings(municipalityId: number, input: SettingsInput): Promise<ReserveView> {
    return (
      await apiRequest<{ reserve: ReserveView }>('/api/personnel/reserve/settings', {
        method: 'PUT',
        query: inMunicipality(municipalityId),
        body: input,
      })
    ).reserve;
  },
  async addRound(municipalityId: number, input: { title: string; heldOn: string; orderNumber?: string | null }): Promise<ReserveView> {
    return (
      await apiRequest<{ reserve: ReserveView }>('/api/personnel/reserve/rounds', {
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
  async addPlanItems(id: number, items: { title: string; dueOn: string }[]): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/plan`, { method: 'POST', body: { items } });
  },
  async markPlanItem(id: number, itemId: number, doneOn: string | null): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/plan/${itemId}`, { method: 'PUT', body: { doneOn } });
  },
  async enroll(id: number, enrolledOn: string): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/enroll`, { method: 'POST', body: { enrolledOn } });
  },
  async exclude(id: number, excludedOn: string, reason: string): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/exclude`, { method: 'POST', body: { excludedOn, reason } });
  },
  async setMentor(id: number, mentorLeaderId: number | null): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/mentor`, { method: 'PUT', body: { mentorLeaderId } });
  },
  async appoint(id: number, input: AppointmentInput): Promise<Candidate> {
    return apiRequest<Candidate>(`/api/personnel/reserve/candidates/${id}/appoint`, { method: 'POST', body: input });
  },
  exportUrl(municipalityId: number): string {
    return `/api/personnel/export?municipalityId=${municipalityId}`;
  },
};
