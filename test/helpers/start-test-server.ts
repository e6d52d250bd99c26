import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_ACTOR } from '../../src/app/actor.ts';
import { syncCatalogues } from '../../src/app/catalogues/sync-catalogues.ts';
import { loadDemo } from '../../src/demo/loader/load-demo.ts';
import { readConfig } from '../../src/cli/config.ts';
import { generatePassword } from '../../src/app/password.ts';
import { createUser } from '../../src/app/users.ts';
import { openDatabase } from '../../src/cli/open-database.ts';
import { UI_DIR } from '../../src/cli/serve.ts';
import { buildServer } from '../../src/server/build-server.ts';

/**
 * For browser tests: a real server on a random port over a temporary embedded database with
 * the demo region, and a fresh municipal operator of the seed-001 district.
 */
export async function startTestServer(): Promise<{ url: string; login: string; password: string; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'soko-e2e-'));
  const handle = await openDatabase({ dataDir, databaseUrl: null });
  await syncCatalogues(handle.db, readConfig({}).catalogDir);
  await loadDemo(handle.db);
  const district = await handle.db.selectFrom('org').select('id').where('code', '=', '99-01').executeTakeFirstOrThrow();
  const password = generatePassword({ login: 'e2e.municipal', fullName: 'Методист ИМЦ (тест)' });
  const user = await createUser(
    { db: handle.db, actor: SYSTEM_ACTOR, requestId: null },
    { login: 'e2e.municipal', fullName: 'Методист ИМЦ (тест)', role: 'municipal_operator', scopeOrgId: district.id, password },
  );
  const app = await buildServer({ db: handle.db, uiDir: UI_DIR });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    login: user.login,
    password,
    close: async () => {
      await app.close();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
