import type * as NodeFs from 'node:fs';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../test/helpers/test-database.ts';
import { buildOrgTree } from '../../test/helpers/factories.ts';
import { backupDatabase, BackupError } from './backup.ts';
import type { DatabaseHandle } from './create-database.ts';

// The disk fills up while the copy is written: the file is created, its first bytes land, the
// next write fails with ENOSPC (as the kernel reports it).
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  const createWriteStream = (path: string, options?: Parameters<typeof fs.createWriteStream>[1]) => {
    const real = fs.createWriteStream(path, options);
    let writes = 0;
    return new Writable({
      write(chunk: Buffer, _encoding, callback) {
        if (writes++ > 0)
          return callback(
            Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', errno: -28, syscall: 'write' }),
          );
        real.write(chunk, callback);
      },
      final(callback) {
        real.end(callback);
      },
      destroy(error, callback) {
        real.destroy();
        callback(error);
      },
    });
  };
  return { ...fs, default: { ...fs, createWriteStream }, createWriteStream };
});

const dir = mkdtempSync(join(tmpdir(), 'soko-backup-full-'));
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await buildOrgTree(handle.db);
});
afterAll(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a backup onto a full disk', () => {
  it('says so in Russian, leaves no file under the final name and removes its temporary file', async () => {
    const file = join(dir, 'soko.gz');
    const error = await backupDatabase(handle.db, file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/не записана: на диске нет места.*Неполный файл удалён/);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
