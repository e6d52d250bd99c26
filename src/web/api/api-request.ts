import { ApiError } from './api-error.ts';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Fired on `window` when the session has expired (401 outside of /api/auth). */
export const UNAUTHENTICATED_EVENT = 'soko:unauthenticated';

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: HttpMethod;
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  if (payload && typeof payload === 'object') {
    const p = payload as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof p.message === 'string') {
      return new ApiError(status, typeof p.code === 'string' ? p.code : 'error', p.message, p.details);
    }
  }
  const fallback = status >= 500 ? `Ошибка сервера (${status}). Повторите попытку позже.` : `Запрос не выполнен (код ${status}).`;
  return new ApiError(status, 'http_error', fallback);
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const payload = await readJson(response);
  if (!response.ok) {
    const error = toApiError(response.status, payload);
    if (response.status === 401 && !path.startsWith('/api/auth/')) {
      window.dispatchEvent(new CustomEvent(UNAUTHENTICATED_EVENT));
    }
    throw error;
  }
  return payload as T;
}

/** Performs a JSON request against the СОКО API and returns the parsed body. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) init.body = JSON.stringify(body);
  if (signal) init.signal = signal;
  return send<T>(buildUrl(path, query), init);
}

export interface UploadOptions {
  contentType: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** POSTs a file as the raw request body (e.g. an .xlsx workbook) and returns the parsed JSON answer. */
export async function apiUpload<T>(path: string, file: Blob, options: UploadOptions): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers, 'Content-Type': options.contentType };
  const init: RequestInit = { method: 'POST', headers, body: file, credentials: 'same-origin' };
  if (options.signal) init.signal = options.signal;
  return send<T>(path, init);
}

/** POSTs JSON and returns the answer as a file (a workbook made for this request); errors as for apiRequest. */
export async function apiDownload(path: string, body: unknown): Promise<{ blob: Blob; headers: Headers }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { Accept: '*/*', 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const error = toApiError(response.status, await readJson(response));
    if (response.status === 401) window.dispatchEvent(new CustomEvent(UNAUTHENTICATED_EVENT));
    throw error;
  }
  return { blob: await response.blob(), headers: response.headers };
}
