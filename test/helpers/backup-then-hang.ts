// A child process for the "backup killed midway" test: opens the database, writes a backup through
// the real function and, when it moves on to the fifth table (the first tables' rows already
// handed to gzip and the file), says so on stdout and blocks its only thread until the test kills
// it with SIGKILL.
import { backupDatabase } from '../../src/db/backup.ts';
import { createDatabase } from '../../src/db/create-database.ts';

const [target, file] = process.argv.slice(2);
if (!target || !file) throw new Error('usage: backup-then-hang <pg-url|pglite-dir> <file>');
const handle = await createDatabase(
  target.startsWith('postgres') ? { kind: 'postgres', url: target } : { kind: 'pglite', dataDir: target },
);
await backupDatabase(handle.db, file, (_table, done) => {
  if (done === 5) {
    process.stdout.write('writing\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
});
process.stdout.write('written\n');
