import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirUnwritableError } from './database-open-error.ts';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'soko-lock-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

/** A live process whose command line is `args` (its pid is what a stale lock file may name). */
function liveProcess(args: string[]): number {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', ...args], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

const lockedBy = (pid: number) => {
  const dir = mkdtempSync(join(root, 'data-'));
  writeFileSync(join(dir, 'soko.lock'), String(pid));
  return dir;
};

describe('the data-directory lock', () => {
  it('takes over a lock whose PID now belongs to another program', () => {
    const dir = lockedBy(liveProcess(['some-other-program']));
    const lock = lockDataDir(dir);
    lock.release();
    expect(existsSync(join(dir, 'soko.lock'))).toBe(false);
  });

  it('refuses a lock held by a live СОКО process and says what to do', () => {
    const pid = liveProcess(['bin/soko.js', 'serve']);
    const dir = lockedBy(pid);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`PID ${pid}.*Остановите сервер.*удалите файл ${join(dir, 'soko.lock')}`));
  });

  it('says in Russian that a data directory cannot be written, naming it', () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    const dir = join(file, 'data');
    expect(() => lockDataDir(dir)).toThrow(DataDirUnwritableError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`Каталог данных ${dir} недоступен для записи .*SOKO_DATA_DIR`));
  });

  it('does not throw when the lock file cannot be removed at release', () => {
    const dir = mkdtempSync(join(root, 'data-'));
    const lock = lockDataDir(dir);
    // the data directory went away under the running process (an unmounted or failed disk)
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, 'not a directory any more');
    expect(() => lock.release()).not.toThrow();
  });
});
