import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildOrgTree, type OrgTree } from '../../../test/helpers/factories.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { cancelImport, createImport, startReading } from './assessment-imports.ts';
import { newUploadPath, privateTempUploadsDir } from './import-files.ts';

let handle: DatabaseHandle;
let tree: OrgTree;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  handle = await createTestDatabase();
  tree = await buildOrgTree(handle.db);
});
afterAll(async () => {
  await handle.close();
});
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

const ctx = () => ({ db: handle.db, actor: SYSTEM_ACTOR, requestId: null });

async function uploaded(): Promise<{ id: number; path: string; mapping: Record<string, number> }> {
  const path = newUploadPath(privateTempUploadsDir());
  const rows = Array.from({ length: 200 }, (_, i) => `${tree.s1.code};Математика;5;${(i % 4) + 2}`).join('\n');
  await writeFile(path, `Код ОО;Предмет;Класс;Отметка\n${rows}\n`);
  const created = await createImport(ctx(), { territoryId: tree.m1.id, fileName: 'впр.csv', path });
  return { id: created.id, path, mapping: created.preview!.mapping as Record<string, number> };
}

/** Lets every pending microtask and timer run, so an unhandled rejection would have been reported. */
const settle = () => new Promise((done) => setTimeout(done, 100));

describe('a progress write that fails while a file is read', () => {
  it('fails the import with a Russian message and leaves no unhandled rejection behind', async () => {
    const imp = await uploaded();
    const { done } = await startReading(ctx(), imp.id, { kind: 'vpr', year: 2025, mapping: imp.mapping }, (p) => {
      if (p.phase === 'reading') return Promise.reject(new Error('Connection terminated unexpectedly'));
    });
    const read = await done;
    await settle();
    expect(unhandled).toEqual([]);
    expect(read.status).toBe('failed');
    expect(read.error).toMatch(/База данных временно недоступна/);

    // the failed import can be read again and cancelled; cancelling removes its file
    expect(existsSync(imp.path)).toBe(true);
    const cancelled = await cancelImport(ctx(), imp.id);
    expect(cancelled.status).toBe('cancelled');
    expect(existsSync(imp.path)).toBe(false);
  });

  it('shows the disk-full message when the disk fills up during the reading', async () => {
    const imp = await uploaded();
    const { done } = await startReading(ctx(), imp.id, { kind: 'vpr', year: 2025, mapping: imp.mapping }, (p) => {
      if (p.phase === 'matching')
        throw Object.assign(new Error('could not extend file "base/1/2": No space left on device'), { code: '53100' });
    });
    const read = await done;
    await settle();
    expect(unhandled).toEqual([]);
    expect(read.status).toBe('failed');
    expect(read.error).toMatch(/закончилось место/);
    expect(read.error).not.toMatch(/внутренн/);
  });
});
