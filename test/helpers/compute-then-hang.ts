// A child process for the "killed in the middle of a recompute" test: opens the database, starts a
// full recompute through the real use case and, when it reports the step «Сохранение» (the new
// indicator values are already written inside the transaction, the ratings are next), says so on
// stdout and blocks its only thread until the test kills it with SIGKILL.
import { SYSTEM_ACTOR } from '../../src/app/actor.ts';
import { computeResults } from '../../src/app/results/compute-results.ts';
import { createDatabase } from '../../src/db/create-database.ts';

const [target, frameworkId, periodId] = process.argv.slice(2);
if (!target || !frameworkId || !periodId) throw new Error('usage: compute-then-hang <pg-url|pglite-dir> <framework id> <period id>');
const handle = await createDatabase(
  target.startsWith('postgres') ? { kind: 'postgres', url: target } : { kind: 'pglite', dataDir: target },
);
await computeResults(
  { db: handle.db, actor: SYSTEM_ACTOR, requestId: null },
  { frameworkId: Number(frameworkId), periodId: Number(periodId) },
  (step) => {
    process.stdout.write(`step: ${step}\n`);
    // stdout on a pipe is synchronous on Linux, so the line is out before the thread stops
    if (step === 'Сохранение') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  },
);
process.stdout.write('committed\n');
