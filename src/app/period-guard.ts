import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from './app-error.ts';

/** The Russian refusal for a write into a closed period (one wording everywhere). */
export function periodClosedError(name: string, path?: string): AppError {
  const message = `Период «${name}» закрыт: новые значения в него не принимаются. Попросите оператора вернуть форму на доработку или открыть период снова.`;
  return new AppError('period_closed', message, path ? [{ path, message }] : []);
}

/**
 * Refuses a write of values into closed periods among these. Every path that writes data values
 * (imports, register syncs) calls it inside its transaction; campaign forms go through lockSubmission,
 * which lets a returned or reopened form through.
 */
export async function assertPeriodsOpen(db: Kysely<Database>, periodIds: readonly number[], path?: string): Promise<void> {
  if (periodIds.length === 0) return;
  const closed = await db
    .selectFrom('period')
    .select('name')
    .where('id', 'in', [...periodIds])
    .where('closed_at', 'is not', null)
    .orderBy('starts_on')
    .executeTakeFirst();
  if (closed) throw periodClosedError(closed.name, path);
}
