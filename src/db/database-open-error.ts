/** The database could not be opened; the message says what is wrong and how to recover, in Russian. */
export class DatabaseOpenError extends Error {}

/** The data directory cannot be created or written (the process ends with exit code 1, not 2: not the caller's mistake). */
export class DataDirUnwritableError extends DatabaseOpenError {}

const reason = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause)).split('\n')[0]?.slice(0, 200) ?? '';

/** The embedded database's folder is there but PGlite cannot start on it (damaged, cut off, not PGlite's). */
export function damagedDataDir(dir: string, cause: unknown): DatabaseOpenError {
  return new DatabaseOpenError(
    `Встроенная база в каталоге ${dir} повреждена или неполна и не открывается (${reason(cause)}). ` +
      `Данные не изменены. Что делать: 1) остановите СОКО; 2) переименуйте каталог, например в ${dir}.damaged ` +
      `(не удаляйте его: он может понадобиться для восстановления); 3) восстановите последнюю резервную копию ` +
      `командой «soko restore ФАЙЛ» — она создаст новую базу — или запустите сервер без копии, и он начнёт с пустой базы.`,
    { cause },
  );
}

/** The database records migrations this build does not know: it was opened by a newer version of СОКО. */
export function newerSchema(unknown: readonly string[]): DatabaseOpenError {
  return new DatabaseOpenError(
    `Схема базы новее этой версии СОКО: в базе применены изменения схемы, неизвестные программе (${unknown.join(', ')}). ` +
      `Запустите ту версию СОКО (или новее), которая работала с этой базой; данные не изменены.`,
  );
}

/** A migration failed; the database stays as it was before it (migrations run in one transaction). */
export function migrationFailed(name: string, cause: unknown): DatabaseOpenError {
  return new DatabaseOpenError(
    `Не удалось обновить схему базы: изменение ${name} не применено (${reason(cause)}). База осталась в прежнем состоянии. ` +
      `Сохраните этот текст и обратитесь к администратору; можно восстановить резервную копию командой «soko restore ФАЙЛ» в пустую базу.`,
    { cause },
  );
}

/** PostgreSQL does not answer or refuses the connection; the URL is shown without its password. */
export function postgresUnavailable(url: string, cause: unknown): DatabaseOpenError {
  let where = 'SOKO_DATABASE_URL';
  try {
    const u = new URL(url);
    where = `${u.hostname}:${u.port || '5432'}/${u.pathname.replace(/^\//, '')} (пользователь ${decodeURIComponent(u.username) || '—'})`;
  } catch {
    // an unparsable URL is named by its variable only
  }
  const message = reason(cause).replace(/:\/\/[^@\s]*@/g, '://…@');
  return new DatabaseOpenError(
    `Не удалось подключиться к PostgreSQL ${where}: ${message}. Проверьте, что сервер запущен и доступен, ` +
      `а адрес, имя пользователя и пароль в SOKO_DATABASE_URL верны.`,
    { cause },
  );
}

const SYSTEM_REASONS: Record<string, string> = {
  EROFS: 'файловая система только для чтения',
  EACCES: 'нет прав на запись',
  EPERM: 'нет прав на запись',
  ENOSPC: 'на диске нет места',
  EDQUOT: 'исчерпана дисковая квота',
  EIO: 'ошибка ввода-вывода диска',
  ENOTDIR: 'часть пути — файл, а не каталог',
};

/** The data directory cannot be created or written: a read-only or full disk, no rights, a bad path. */
export function unwritableDataDir(dir: string, cause: unknown): DataDirUnwritableError {
  const code = (cause as { code?: unknown }).code;
  const why = typeof code === 'string' ? (SYSTEM_REASONS[code] ?? code) : reason(cause);
  return new DataDirUnwritableError(
    `Каталог данных ${dir} недоступен для записи (${why}). Данные не изменены. Что делать: проверьте, что диск ` +
      `смонтирован для записи и на нём есть место, что пользователь, от имени которого запущена СОКО, может ` +
      `писать в этот каталог, или укажите другой каталог в SOKO_DATA_DIR.`,
    { cause },
  );
}
