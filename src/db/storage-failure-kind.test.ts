import { describe, expect, it } from 'vitest';
import { storageFailureKind } from './storage-failure-kind.ts';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('what a storage failure is', () => {
  it.each([
    ['PostgreSQL disk full (53100)', withCode('53100'), 'full'],
    ['ENOSPC', withCode('ENOSPC'), 'full'],
    ['PostgreSQL read-only transaction (25006)', withCode('25006'), 'readOnly'],
    ['EROFS', withCode('EROFS'), 'readOnly'],
    ['EACCES on the data directory', withCode('EACCES'), 'readOnly'],
    ['PostgreSQL I/O error (58030)', withCode('58030'), 'io'],
    ['EIO', withCode('EIO'), 'io'],
    ['PGlite file system: no space (Emscripten errno 51)', { name: 'ErrnoError', errno: 51 }, 'full'],
    ['PGlite file system: read-only (Emscripten errno 69)', { name: 'ErrnoError', errno: 69 }, 'readOnly'],
    ['PGlite, in PostgreSQL words', new Error('could not write to file "pg_wal/xlogtemp.1": No space left on device'), 'full'],
    ['PGlite, a data file without write permission', new Error('could not open file "base/5/1259": Permission denied'), 'readOnly'],
    ['a cause two levels down', new Error('outer', { cause: new Error('mid', { cause: withCode('EROFS') }) }), 'readOnly'],
    ['a lost PostgreSQL connection', new Error('Connection terminated unexpectedly'), 'away'],
    ['PostgreSQL shutting down (57P01)', withCode('57P01'), 'away'],
  ])('%s', (_name, error, kind) => {
    expect(storageFailureKind(error)).toBe(kind);
  });

  it('is null for anything else', () => {
    expect(storageFailureKind(withCode('23505'))).toBeNull();
    expect(storageFailureKind(withCode('42501', 'permission denied for table org'))).toBeNull();
    expect(storageFailureKind(new Error('boom'))).toBeNull();
    expect(storageFailureKind({ name: 'ErrnoError', errno: 44 })).toBeNull();
  });
});
