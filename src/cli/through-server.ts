import { AppError, type AppErrorCode, type AppErrorDetail } from '../app/app-error.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Config } from './config.ts';
import { openDatabase } from './open-database.ts';
import { readServerFile, SERVER_FILE } from './server-file.ts';
import { LOCAL_TOKEN_HEADER } from '../server/local-caller.ts';

/** Seconds the CLI waits for the running server's answer. */
const TIMEOUT_MS = 60_000;

async function callServer<T>(locked: DataDirLockedError, route: string, body: unknown): Promise<T> {
  const { dataDir, ownerPid } = locked;
  const server = readServerFile(dataDir);
  const stop = `остановите сервер (Ctrl+C в его окне или «kill ${ownerPid}») и повторите команду — без сервера она работает с базой напрямую`;
  if (!server || server.pid !== ownerPid) {
    throw new AppError(
      'conflict',
      `Каталог данных ${dataDir} занят сервером СОКО (PID ${ownerPid}), но файла ${SERVER_FILE} с его адресом в каталоге нет ` +
        `(сервер запущен версией СОКО без этой возможности или файл удалён). Перезапустите сервер, либо ${stop}.`,
    );
  }
  let response: Response;
  try {
    response = await fetch(`${server.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [LOCAL_TOKEN_HEADER]: server.token },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new AppError(
      'conflict',
      `Сервер СОКО (PID ${ownerPid}) держит каталог данных ${dataDir}, но не отвечает по адресу ${server.url} (${reason}). ` +
        `Проверьте, что он работает (откройте ${server.url} в браузере), и повторите команду; или ${stop}.`,
    );
  }
  const payload = (await response.json().catch(() => null)) as { code?: string; message?: string; details?: AppErrorDetail[] } | null;
  if (!response.ok) {
    if (payload?.message) throw new AppError((payload.code ?? 'internal_error') as AppErrorCode, payload.message, payload.details ?? []);
    throw new AppError(
      'internal_error',
      `Сервер СОКО по адресу ${server.url} ответил ошибкой ${response.status}; подробности — в его журнале.`,
    );
  }
  return payload as T;
}

/**
 * Runs a command on the database directly; when the embedded database is held by a running
 * server on this machine, the same use case through that server's local-only route instead.
 */
export async function directOrThroughServer<T extends object>(
  config: Config,
  direct: (db: Kysely<Database>) => Promise<T>,
  route: string,
  body: unknown,
): Promise<T & { throughServer?: string }> {
  let handle;
  try {
    handle = await openDatabase(config);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const result = await callServer<T>(error, route, body);
    return { ...result, throughServer: readServerFile(config.dataDir)?.url ?? '' };
  }
  try {
    const result: T & { throughServer?: string } = await direct(handle.db);
    return result;
  } finally {
    await handle.close();
  }
}
