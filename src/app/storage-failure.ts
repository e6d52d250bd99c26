import { AppError } from './app-error.ts';
import { STORAGE_MESSAGES, storageFailureKind } from '../db/storage-failure-kind.ts';

/**
 * A database or data directory that is full, read-only, failing or away, as the caller's 503
 * `storage_unavailable` with a Russian message; null for any other error. The transaction was
 * rolled back, so nothing is half-written.
 */
export function storageFailure(error: unknown): AppError | null {
  const kind = storageFailureKind(error);
  return kind ? new AppError('storage_unavailable', STORAGE_MESSAGES[kind]) : null;
}
