// What a database or a data directory that cannot take a write says, by SQLSTATE (PostgreSQL, and
// PGlite, which is PostgreSQL) or by system error code (the data directory, the upload folder).
const DISK_FULL = new Set(['53100', 'ENOSPC', 'EDQUOT']);
const READ_ONLY = new Set(['25006', 'EROFS', 'EACCES', 'EPERM']);
const IO_ERROR = new Set(['58030', 'EIO']);
const DATABASE_AWAY = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE']);
// node-postgres reports a connection the server ended without a SQLSTATE, in these words.
const LOST_CONNECTION = /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable)/;
// PGlite's file system reports a failed write in the message only ("could not write to file …: No space left on device").
const MESSAGE_CODES: [RegExp, string][] = [
  [/No space left on device/i, 'ENOSPC'],
  [/Read-only file system/i, 'EROFS'],
  [/Input\/output error/i, 'EIO'],
  // a file of the data directory, as PostgreSQL words it (not "permission denied for table", 42501)
  [/: Permission denied/, 'EACCES'],
];

// PGlite's file system (Emscripten) throws `{ name: 'ErrnoError', errno }` with its own numbers.
const EMSCRIPTEN_ERRNO: Record<number, string> = { 51: 'ENOSPC', 19: 'EDQUOT', 69: 'EROFS', 2: 'EACCES', 63: 'EPERM', 29: 'EIO' };

/** The codes an error carries: SQLSTATE or system code, PGlite's errno, or the words of its message. */
function codesOf(e: unknown): string[] {
  const message = e instanceof Error ? e.message : '';
  if (LOST_CONNECTION.test(message)) return ['ECONNRESET'];
  const { code, name, errno } = e as { code?: unknown; name?: unknown; errno?: unknown };
  const codes = MESSAGE_CODES.filter(([re]) => re.test(message)).map(([, c]) => c);
  if (typeof code === 'string') codes.unshift(code);
  if (name === 'ErrnoError' && typeof errno === 'number' && EMSCRIPTEN_ERRNO[errno]) codes.push(EMSCRIPTEN_ERRNO[errno]);
  return codes;
}

export const STORAGE_MESSAGES = {
  full: 'На сервере закончилось место для базы данных: изменения не сохранены (сохранённое раньше не пострадало). Сообщите администратору и повторите позже.',
  readOnly:
    'Хранилище данных сервера доступно только для чтения (нет прав на запись): изменения не сохранены (сохранённое раньше не пострадало). Сообщите администратору: нужно вернуть права на запись в каталог данных.',
  io: 'Ошибка ввода-вывода в хранилище данных сервера (сбой диска): изменения не сохранены. Сообщите администратору: нужно проверить диск.',
  away: 'База данных временно недоступна (перезапуск или обрыв связи): изменения не сохранены. Повторите через минуту.',
} as const;

/** The kind of storage failure an error (or one of its causes) is, or null when it is something else. */
export function storageFailureKind(error: unknown): keyof typeof STORAGE_MESSAGES | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    for (const c of codesOf(e)) {
      if (DISK_FULL.has(c)) return 'full';
      if (READ_ONLY.has(c)) return 'readOnly';
      if (IO_ERROR.has(c)) return 'io';
      if (DATABASE_AWAY.has(c)) return 'away';
    }
  }
  return null;
}
