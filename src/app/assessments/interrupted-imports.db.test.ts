import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrgTree } from '../../../test/helpers/factories.ts';
import { killableDatabase, runUntilThenKill, type KillableDatabase } from '../../../test/helpers/killable-process.ts';
import { TEST_DATABASE_KIND } from '../../../test/helpers/test-database.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { AppError } from '../app-error.ts';
import { cancelImport, createImport, getImport, startReading } from './assessment-imports.ts';
import { newUploadPath, privateTempUploadsDir } from './import-files.ts';
import { markInterruptedImports } from './interrupted-imports.ts';

describe(`an import whose reading process was killed (${TEST_DATABASE_KIND})`, () => {
  let killable: KillableDatabase;

  beforeAll(async () => {
    killable = await killableDatabase();
  }, 60_000);
  afterAll(async () => {
    await killable.close();
  });

  it('is «reading» forever until the next start marks it interrupted; then it can be read again and cancelled', async () => {
    const tree = await buildOrgTree(killable.handle.db);
    const ctx = () => ({ db: killable.handle.db, actor: SYSTEM_ACTOR, requestId: null });
    const path = newUploadPath(privateTempUploadsDir());
    await writeFile(path, `Код ОО;Предмет;Класс;Отметка\n${tree.s1.code};Математика;5;4\n${tree.s1.code};Математика;5;2\n`);
    const created = await createImport(ctx(), { territoryId: tree.m1.id, fileName: 'впр.csv', path });

    await killable.handOver();
    await runUntilThenKill('read-then-hang.ts', [killable.target, String(created.id), JSON.stringify(created.preview!.mapping)], 'reading');
    await killable.takeBack();

    // what the dead process left: every action is refused as "wait for the reading"
    expect((await getImport(ctx(), created.id)).status).toBe('reading');
    await expect(cancelImport(ctx(), created.id)).rejects.toThrow(AppError);

    // the next start
    expect(await markInterruptedImports(killable.handle.db)).toEqual([created.id]);
    const interrupted = await getImport(ctx(), created.id);
    expect(interrupted.status).toBe('failed');
    expect(interrupted.error).toMatch(/прервано: сервер был остановлен во время чтения/);
    const audit = await killable.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(created.id))
      .where('action', '=', 'assessment.import.interrupted')
      .execute();
    expect(audit).toHaveLength(1);
    // a second start finds nothing more to mark
    expect(await markInterruptedImports(killable.handle.db)).toEqual([]);

    // read again: it ends
    const { done } = await startReading(ctx(), created.id, { kind: 'vpr', year: 2025, mapping: created.preview!.mapping });
    expect((await done).status).toBe('ready');
    // cancelled: the upload is removed
    expect(existsSync(path)).toBe(true);
    expect((await cancelImport(ctx(), created.id)).status).toBe('cancelled');
    expect(existsSync(path)).toBe(false);
  });

  it('leaves alone a reading of a live СОКО process', async () => {
    const { db } = killable.handle;
    const tree = { m1: await db.selectFrom('org').select('id').where('name', '=', 'Первый район').executeTakeFirstOrThrow() };
    const path = newUploadPath(privateTempUploadsDir());
    await writeFile(path, `Код ОО;Предмет;Класс;Отметка\n01;Математика;5;4\n`);
    const created = await createImport(
      { db, actor: SYSTEM_ACTOR, requestId: null },
      { territoryId: tree.m1.id, fileName: 'впр.csv', path },
    );
    // the reading belongs to a live process of this machine named soko (as `soko import results` is)
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'bin/soko.js', 'import'], { stdio: 'ignore' });
    try {
      await db
        .updateTable('assessment_import')
        .set({ status: 'reading', settings: JSON.stringify({ path, reader: { host: hostname(), pid: live.pid } }) })
        .where('id', '=', created.id)
        .execute();
      expect(await markInterruptedImports(db)).toEqual([]);
    } finally {
      live.kill('SIGKILL');
      await new Promise((done) => live.once('exit', done));
    }
    // once it is gone, the next start marks it
    expect(await markInterruptedImports(db)).toEqual([created.id]);
  });
});
