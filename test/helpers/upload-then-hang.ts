// A child process for the "killed in the middle of an upload" test: opens the database, uploads a
// file into a campaign through the real use case and, when the use case reports it is about to
// commit (every row already written inside the transaction), says so on stdout and hangs until
// the test kills it with SIGKILL.
import { readFileSync } from 'node:fs';
import { SYSTEM_ACTOR } from '../../src/app/actor.ts';
import { uploadCampaignFile } from '../../src/app/campaigns/campaign-files.ts';
import { createDatabase } from '../../src/db/create-database.ts';

const [target, campaignId, filePath] = process.argv.slice(2);
if (!target || !campaignId || !filePath) throw new Error('usage: upload-then-hang <pg-url|pglite-dir> <campaign id> <file>');
const handle = await createDatabase(
  target.startsWith('postgres') ? { kind: 'postgres', url: target } : { kind: 'pglite', dataDir: target },
);
await uploadCampaignFile(
  { db: handle.db, actor: SYSTEM_ACTOR, requestId: null },
  Number(campaignId),
  { bytes: readFileSync(filePath), fileName: 'форма.xlsx' },
  (step) => {
    process.stdout.write(`step: ${step}\n`);
    if (step === 'фиксация') return new Promise<never>(() => setInterval(() => undefined, 1000));
  },
);
process.stdout.write('committed\n');
