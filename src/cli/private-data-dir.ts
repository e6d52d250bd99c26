import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { DatabaseOpenError, unwritableDataDir } from '../db/database-open-error.ts';

/**
 * Files and folders this process creates are its owner's only (the database, uploads, demo
 * passwords). A worker thread cannot set the umask; there the 0700 directory alone keeps others out.
 */
export function privateUmask(): void {
  if (isMainThread) process.umask(0o077);
}

/** A path as one shell word, quoted only when it needs it. */
const shellWord = (path: string) => (/^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`);

/**
 * Makes the data directory ready to hold personal data: created 0700 if missing (with the umask
 * set to 077 first, so everything created in it is the owner's only), and refused when the group
 * or others may enter, read or write it — any local account would read the leaders' names and
 * password hashes from the database files and could change them.
 */
export function preparePrivateDataDir(dataDir: string): void {
  privateUmask();
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    // a read-only or full disk, no rights, a file in the path: said in Russian, exit code 1
    throw unwritableDataDir(dataDir, error);
  }
  const mode = statSync(dataDir).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new DatabaseOpenError(
      `Каталог данных ${dataDir} доступен другим пользователям этого компьютера (права ${mode.toString(8).padStart(3, '0')}), ` +
        `а в нём база с персональными данными и хешами паролей, загруженные файлы и демо-пароли. СОКО не запускается, пока ` +
        `каталог открыт. Закройте его для всех, кроме владельца, командой «chmod 700 ${shellWord(dataDir)}» (от имени владельца ` +
        `каталога) и повторите запуск.`,
    );
  }
}

/**
 * Takes the group's and others' permissions off everything under `dir`. The embedded database
 * sets modes of its own (0666 files, whatever the umask) when it creates its files; inside a 0700
 * directory nobody else reaches them, and this keeps them the owner's only should the directory
 * ever be opened. Symbolic links are left alone.
 */
export function closeTreeToOthers(dir: string): void {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat || stat.isSymbolicLink()) continue;
    if ((stat.mode & 0o077) !== 0) chmodSync(path, stat.mode & 0o700);
  }
}
