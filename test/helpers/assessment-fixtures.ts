import { writeFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../../src/app/actor.ts';
import { createImport, startReading } from '../../src/app/assessments/assessment-imports.ts';
import { newUploadPath, privateTempUploadsDir } from '../../src/app/assessments/import-files.ts';
import type { Database } from '../../src/db/schema.ts';

let uploadsDir: string | null = null;
/** The fixtures' files wait in one private temporary folder per test file. */
export const fixtureUploadsDir = () => (uploadsDir ??= privateTempUploadsDir('soko-test-uploads-'));

/** An import of a small ВПР CSV into a territory: just uploaded, or read and waiting to be applied. */
export async function assessmentImport(
  db: Kysely<Database>,
  territoryId: number,
  orgCode: string,
  state: 'uploaded' | 'ready',
): Promise<number> {
  const ctx = { db, actor: SYSTEM_ACTOR, requestId: null };
  const path = newUploadPath(fixtureUploadsDir());
  await writeFile(path, `Код ОО;Предмет;Класс;Отметка\n${orgCode};Математика;5;4\n${orgCode};Математика;5;2\n`);
  const created = await createImport(ctx, { territoryId, fileName: 'впр.csv', path });
  if (state === 'ready') {
    const { done } = await startReading(ctx, created.id, { kind: 'vpr', year: 2025, mapping: created.preview!.mapping });
    const read = await done;
    if (read.status !== 'ready') throw new Error(`fixture import not read: ${read.error}`);
  }
  return created.id;
}
