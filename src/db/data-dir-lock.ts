import { closeSync, mkdirSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { unwritableDataDir } from './database-open-error.ts';

export interface DataDirLock {
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `Каталог данных ${dataDir} занят другим процессом СОКО (PID ${ownerPid}): встроенную базу может ` +
        `открывать только один процесс. Остановите сервер (Ctrl+C) и повторите команду, ` +
        `или выполните действие через веб-интерфейс работающего сервера. Если процесса СОКО с этим PID ` +
        `нет (например, его остановили аварийно), удалите файл ${join(dataDir, 'soko.lock')} и повторите.`,
    );
  }
}

/**
 * True when `pid` is a live СОКО process. A PID that is alive but whose command line (Linux
 * /proc) names no СОКО is another program that got the number of a dead one after a restart.
 * Without /proc a live PID counts as СОКО: refusing is safer than two processes on one database.
 */
export function isSokoProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return true;
  }
  return /soko/i.test(cmdline);
}

/** Makes sure the data directory exists and takes a write; a Russian message says what to fix when not. */
function assertWritable(dataDir: string): void {
  const probe = join(dataDir, `.soko-write-check-${process.pid}`);
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    throw unwritableDataDir(dataDir, error);
  }
}

/**
 * Takes the exclusive lock on an embedded data directory. PGlite has no lock between processes,
 * and a second process opening the same files corrupts them, so every process that opens it
 * must hold this lock. A lock left by a dead process (or whose PID now belongs to another
 * program) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  assertWritable(dataDir);
  const file = join(dataDir, 'soko.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          rmSync(file, { force: true });
        } catch (error) {
          // A data directory gone read-only or away: the lock stays, and the next start takes it over.
          process.stderr.write(
            `Не удалось удалить файл блокировки ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); ` +
              `при следующем запуске СОКО он будет снят автоматически.\n`,
          );
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw unwritableDataDir(dataDir, error);
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isSokoProcess(owner)) {
        throw new DataDirLockedError(dataDir, owner);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Не удалось захватить каталог данных ${dataDir}`);
}
