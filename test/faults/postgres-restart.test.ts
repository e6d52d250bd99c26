import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/app/actor.ts';
import { createImport, startReading } from '../../src/app/assessments/assessment-imports.ts';
import { newUploadPath, privateTempUploadsDir } from '../../src/app/assessments/import-files.ts';
import { startCampaign } from '../helpers/campaign-fixtures.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// A real restart of the PostgreSQL server while СОКО serves requests. It stops the server every
// other test uses, so it runs on its own after them (`npm run test:faults`, a step of .ci/run),
// and only when SOKO_TEST_DATABASE_URL names the server that .ci/start-postgres.sh started.
const enabled = Boolean(process.env.SOKO_TEST_DATABASE_URL) && process.env.SOKO_FAULTS === '1';

describe.runIf(enabled)('the PostgreSQL server restarts while СОКО runs', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp();
    const campaignId = (await startCampaign(t.handle.db, t.tree.m1.id)).id;
    url = `/api/campaigns/${campaignId}/forms/${t.tree.s1.id}`;
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = () => t.app.inject({ method: 'GET', url, headers: { cookie: t.cookies.org_representative } });
  const save = (version: number, raw: string) =>
    t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: t.cookies.org_representative },
      payload: { version, values: { 't_pupils|': { raw } } },
    });

  it('answers 503 (never 500) while the server is away, reconnects by itself and keeps what it acknowledged', async () => {
    const saved = await save(1, '41');
    expect(saved.statusCode, saved.body).toBe(200);

    // requests keep coming while the server restarts
    const statuses: number[] = [];
    let restarting = true;
    const traffic = (async () => {
      while (restarting) statuses.push((await get()).statusCode);
    })();
    execFileSync('bash', [resolve('.ci/restart-postgres.sh')], { stdio: 'inherit' });
    restarting = false;
    await traffic;
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);

    // the pool replaces the connections the restart ended; a request may still meet a dead one once
    let after = await get();
    for (let i = 0; i < 20 && after.statusCode !== 200; i++) {
      expect(after.statusCode).toBe(503);
      await new Promise((done) => setTimeout(done, 250));
      after = await get();
    }
    expect(after.statusCode, after.body).toBe(200);
    const form = after.json().form as { version: number; fields: { key: string; value: string | null }[] };
    expect(form.fields.find((f) => f.key === 't_pupils|')?.value).toBe('41');
    expect((await save(form.version, '42')).statusCode).toBe(200);
  });
});

describe.runIf(enabled)('the PostgreSQL server restarts while an import is read', () => {
  let t: TestApp;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    t = await createTestApp();
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await t?.close();
  });

  it('fails the import with the Russian message, and the process lives on', async () => {
    const ctx = { db: t.handle.db, actor: SYSTEM_ACTOR, requestId: null };
    const path = newUploadPath(privateTempUploadsDir());
    const rows = Array.from({ length: 50_000 }, (_, i) => `${t.tree.s1.code};Математика;5;${(i % 4) + 2}`).join('\n');
    await writeFile(path, `Код ОО;Предмет;Класс;Отметка\n${rows}\n`);
    const created = await createImport(ctx, { territoryId: t.tree.m1.id, fileName: 'впр.csv', path });
    let restarted = false;
    const { done } = await startReading(ctx, created.id, { kind: 'vpr', year: 2025, mapping: created.preview!.mapping }, (p) => {
      // the first progress report: PostgreSQL restarts before it is written (every connection ends)
      if (p.phase === 'reading' && !restarted) {
        restarted = true;
        execFileSync('bash', [resolve('.ci/restart-postgres.sh')], { stdio: 'inherit' });
      }
    });
    const read = await done;
    await new Promise((settle) => setTimeout(settle, 200));
    expect(restarted).toBe(true);
    expect(unhandled).toEqual([]);
    expect(read.status).toBe('failed');
    expect(read.error).toMatch(/База данных временно недоступна/);
    // the server still answers
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/assessments/imports/${created.id}`,
      headers: { cookie: t.cookies.admin },
    });
    expect(again.statusCode, again.body).toBe(200);
  });
});
