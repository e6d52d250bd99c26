// A child process for the "killed while an import is read" test: opens the database, starts reading
// an uploaded import through the real use case and, when the reading reaches the matching of
// organisations (the import row says «reading»), says so on stdout and blocks its only thread
// until the test kills it with SIGKILL.
import { SYSTEM_ACTOR } from '../../src/app/actor.ts';
import { startReading } from '../../src/app/assessments/assessment-imports.ts';
import { createDatabase } from '../../src/db/create-database.ts';

const [target, importId, mapping] = process.argv.slice(2);
if (!target || !importId || !mapping) throw new Error('usage: read-then-hang <pg-url|pglite-dir> <import id> <mapping json>');
const handle = await createDatabase(
  target.startsWith('postgres') ? { kind: 'postgres', url: target } : { kind: 'pglite', dataDir: target },
);
const { done } = await startReading(
  { db: handle.db, actor: SYSTEM_ACTOR, requestId: null },
  Number(importId),
  { kind: 'vpr', year: 2025, mapping: JSON.parse(mapping) as unknown },
  (p) => {
    if (p.phase === 'matching') {
      process.stdout.write('reading\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
  },
);
await done;
process.stdout.write('read\n');
