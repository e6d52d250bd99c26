import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import { isSokoProcess } from '../../db/data-dir-lock.ts';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { writeAudit } from '../audit.ts';

/** Which process reads an import: kept in its settings while it is «reading». */
export interface ImportReader {
  host: string;
  pid: number;
}

export const currentReader = (): ImportReader => ({ host: hostname(), pid: process.pid });

export const INTERRUPTED_MESSAGE = 'Чтение прервано: сервер был остановлен во время чтения. Прочитайте файл снова или отмените загрузку.';

/** True when the process that reads is gone: a reading of this very process cannot exist yet at start. */
function readerIsGone(reader: ImportReader | undefined): boolean {
  if (!reader) return true;
  if (reader.host !== hostname()) return false; // another machine's process: it says itself when it ends
  return reader.pid === process.pid || !isSokoProcess(reader.pid);
}

/**
 * At start: imports left «reading» by a process that died (killed, the machine restarted) would
 * wait forever, refusing cancel and a new reading. They are marked failed with the reason, so the
 * operator reads the file again or cancels (which removes the upload). A reading by another live
 * СОКО process (the CLI beside the server on PostgreSQL, another machine) is left alone.
 */
export async function markInterruptedImports(db: Kysely<Database>): Promise<number[]> {
  const reading = await db.selectFrom('assessment_import').select(['id', 'settings']).where('status', '=', 'reading').execute();
  const marked: number[] = [];
  for (const row of reading) {
    const reader = (row.settings as unknown as { reader?: ImportReader }).reader;
    if (!readerIsGone(reader)) continue;
    await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('assessment_import')
        .set({ status: 'failed', report: JSON.stringify({ error: INTERRUPTED_MESSAGE }) })
        .where('id', '=', row.id)
        .where('status', '=', 'reading')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return;
      await writeAudit(trx, SYSTEM_ACTOR, {
        action: 'assessment.import.interrupted',
        entity: 'assessment_import',
        entityId: row.id,
        after: { reader: reader ?? null },
      });
      marked.push(row.id);
    });
  }
  return marked;
}
