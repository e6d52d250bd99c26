import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { writeAudit } from '../audit.ts';

/** Uploaded result files wait in this sub-folder of the data directory between upload and apply. */
export const UPLOADS_SUBDIR = 'uploads';

/** Files of applied table imports are kept for good under this prefix: the sweep leaves them. */
export const KEPT_DATA_IMPORT_PREFIX = 'data-import-';

/** An upload not applied or cancelled within this time is abandoned: its file is removed. */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/** What the operator reads on an import that expired unapplied. */
export const EXPIRED_IMPORT_MESSAGE =
  'Загрузка отменена автоматически: файл не применили в течение 24 часов, и он удалён с сервера (в нём персональные данные участников). ' +
  'Чтобы внести эти результаты, загрузите файл снова.';

/** The uploads folder of a data directory, the owner's only (created 0700, tightened if it was not). */
export function uploadsDirOf(dataDir: string): string {
  const dir = join(dataDir, UPLOADS_SUBDIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

/** A private folder of its own under the system's temporary folder (0700), for a server or loader without a data directory. */
export function privateTempUploadsDir(prefix = 'soko-uploads-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A new file name for an upload in `dir`. */
export function newUploadPath(dir: string): string {
  return join(dir, randomUUID());
}

/**
 * Expires imports abandoned for more than 24 hours (uploaded, read or failed, never applied nor
 * cancelled): each becomes «отменена» with `EXPIRED_IMPORT_MESSAGE`, its staged values and its
 * file are removed. Then removes files of `uploadsDir` older than that which no import waits for
 * (a server stopped during an upload). Returns how many imports expired and files were removed.
 */
export async function expireAbandonedImports(
  db: Kysely<Database>,
  uploadsDir: string | null,
  now: Date = new Date(),
): Promise<{ expired: number; filesRemoved: number }> {
  const before = new Date(now.getTime() - ABANDONED_AFTER_MS);
  const abandoned = await db
    .selectFrom('assessment_import')
    .select(['id', 'settings'])
    .where('status', 'in', ['uploaded', 'reading', 'ready', 'failed'])
    .where('created_at', '<', before)
    .execute();
  let expired = 0;
  for (const row of abandoned) {
    const done = await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable('assessment_import')
        .set({ status: 'cancelled', report: JSON.stringify({ error: EXPIRED_IMPORT_MESSAGE, expired: true }) })
        .where('id', '=', row.id)
        .where('status', 'in', ['uploaded', 'reading', 'ready', 'failed'])
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return false;
      await trx.deleteFrom('assessment_import_chunk').where('import_id', '=', row.id).execute();
      await writeAudit(trx, SYSTEM_ACTOR, { action: 'assessment.import.expire', entity: 'assessment_import', entityId: row.id });
      return true;
    });
    if (!done) continue;
    expired++;
    const path = (row.settings as { path?: unknown }).path;
    if (typeof path === 'string') await rm(path, { force: true });
  }
  let filesRemoved = 0;
  if (uploadsDir !== null) {
    const waiting = await db
      .selectFrom('assessment_import')
      .select('settings')
      .where('status', 'in', ['uploaded', 'reading', 'ready', 'failed'])
      .execute();
    const kept = new Set(waiting.map((w) => (w.settings as { path?: unknown }).path));
    const names = await readdir(uploadsDir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(uploadsDir, name);
      if (kept.has(path) || name.startsWith(KEPT_DATA_IMPORT_PREFIX)) continue;
      const info = await stat(path).catch(() => null);
      if (!info || info.mtime >= before) continue;
      await rm(path, { force: true, recursive: true });
      filesRemoved++;
    }
  }
  return { expired, filesRemoved };
}

/** Expires abandoned imports now and then every hour, without keeping the process alive; returns the stop. */
export function startImportExpiry(db: Kysely<Database>, uploadsDir: string | null, onError: (error: unknown) => void): () => void {
  const run = () => void expireAbandonedImports(db, uploadsDir).catch(onError);
  run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
