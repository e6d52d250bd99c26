import { apiRequest } from './api-request.ts';

/** What the first-run setup sends (the server's SetupInput). */
export interface SetupRequest {
  admin: { login: string; fullName: string; password: string; passwordRepeat: string };
  region: { name: string; code: string; oktmo: string | null; okato: string | null };
  municipalities: { name: string; code: string }[];
}

export interface SetupResponse {
  login: string;
  regionId: number;
  municipalities: number;
}

const path = (token: string) => `/api/setup/${encodeURIComponent(token)}`;

export const setupApi = {
  /** Whether the setup address still works (404 with the reason when not). */
  check(token: string, signal?: AbortSignal): Promise<{ expiresAt: string }> {
    return apiRequest(path(token), { signal });
  },
  complete(token: string, body: SetupRequest): Promise<SetupResponse> {
    return apiRequest(path(token), { method: 'POST', body });
  },
};
