import type { SetupBody, SetupDone, SetupTokenState } from '../../api/setup.ts';
import { apiRequest } from './api-request.ts';

/** What the first-run setup sends. */
export type SetupRequest = SetupBody;
export type SetupResponse = SetupDone;

const path = (token: string) => `/api/setup/${encodeURIComponent(token)}`;

export const setupApi = {
  /** Whether the setup address still works (404 with the reason when not). */
  check(token: string, signal?: AbortSignal): Promise<SetupTokenState> {
    return apiRequest(path(token), { signal });
  },
  complete(token: string, body: SetupRequest): Promise<SetupResponse> {
    return apiRequest(path(token), { method: 'POST', body });
  },
};
