import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireAbandonedImports, privateTempUploadsDir, uploadsDirOf } from '../../../app/assessments/import-files.ts';
import { assessmentCalls } from '../../../../test/helpers/assessment-calls.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';

// Pupil-level result files are personal data: they wait in the data directory's private
// `uploads` folder, only until the import is applied, cancelled or abandoned for 24 hours.

let t: TestApp;
let uploadsDir: string;
const { call, upload, readAndWait } = assessmentCalls(() => t);
const csv = () => Buffer.from(`Код ОО;Предмет;Класс;Отметка\n${t.tree.s1.code};Математика;5;4\n${t.tree.s1.code};Математика;5;2\n`);
const files = () => readdirSync(uploadsDir);
const pathOf = async (id: number) =>
  (
    (await t.handle.db.selectFrom('assessment_import').select('settings').where('id', '=', id).executeTakeFirstOrThrow()).settings as {
      path: string;
    }
  ).path;
const mapping = { orgCode: 0, subject: 1, className: 2, mark: 3 };
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  uploadsDir = uploadsDirOf(privateTempUploadsDir('soko-data-'));
  t = await createTestApp({ uploadsDir });
});
afterAll(async () => t.close());

describe('an uploaded results file', () => {
  it('is kept in the private uploads folder, the owner’s only, and removed when the import is cancelled', async () => {
    const r = await upload(t.cookies.municipal_operator, csv(), 'впр.csv');
    expect(r.statusCode, r.body).toBe(201);
    const path = await pathOf(r.json().import.id);
    expect(path.startsWith(`${uploadsDir}/`)).toBe(true);
    expect(statSync(uploadsDir).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const cancelled = await call('POST', `/api/assessments/imports/${r.json().import.id}/cancel`, t.cookies.municipal_operator);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(existsSync(path)).toBe(false);
  });

  it('is removed when the import is applied', async () => {
    const r = await upload(t.cookies.municipal_operator, csv(), 'впр.csv');
    const id = r.json().import.id as number;
    const path = await pathOf(id);
    expect((await readAndWait(t.cookies.municipal_operator, id, { kind: 'vpr', year: 2025, mapping })).status).toBe('ready');
    const applied = await call('POST', `/api/assessments/imports/${id}/apply`, t.cookies.municipal_operator, {
      decisions: {},
      acceptProposals: true,
      skipErrors: true,
    });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(existsSync(path)).toBe(false);
  });

  it('is not kept when the upload is refused', async () => {
    const before = files();
    const r = await upload(t.cookies.municipal_operator, csv(), 'впр.csv', t.tree.m2.id);
    expect(r.statusCode).toBe(403);
    expect(files()).toEqual(before);
  });

  it('expires with its import after 24 hours abandoned; the operator coming back is told so', async () => {
    const { db } = t.handle;
    const old = await upload(t.cookies.municipal_operator, csv(), 'впр.csv');
    const oldId = old.json().import.id as number;
    const oldPath = await pathOf(oldId);
    expect((await readAndWait(t.cookies.municipal_operator, oldId, { kind: 'vpr', year: 2025, mapping })).status).toBe('ready');
    const fresh = await upload(t.cookies.municipal_operator, csv(), 'впр.csv');
    const freshId = fresh.json().import.id as number;
    const freshPath = await pathOf(freshId);
    // an abandoned upload of yesterday, and files no import waits for: one old, one new
    await db
      .updateTable('assessment_import')
      .set({ created_at: new Date(Date.now() - 25 * HOUR) } as never) // created_at is never updated by the application
      .where('id', '=', oldId)
      .execute();
    const strayOld = join(uploadsDir, 'stray-old');
    const strayNew = join(uploadsDir, 'stray-new');
    writeFileSync(strayOld, 'x');
    writeFileSync(strayNew, 'x');
    const yesterday = new Date(Date.now() - 25 * HOUR);
    utimesSync(strayOld, yesterday, yesterday);

    expect(await expireAbandonedImports(db, uploadsDir)).toEqual({ expired: 1, filesRemoved: 1 });
    expect(existsSync(oldPath)).toBe(false);
    expect(existsSync(strayOld)).toBe(false);
    expect(existsSync(freshPath)).toBe(true);
    expect(existsSync(strayNew)).toBe(true);
    const chunks = await db.selectFrom('assessment_import_chunk').select('seq').where('import_id', '=', oldId).execute();
    expect(chunks).toEqual([]);

    const back = (await call('GET', `/api/assessments/imports/${oldId}`, t.cookies.municipal_operator)).json().import;
    expect(back).toMatchObject({ status: 'cancelled', error: expect.stringContaining('не применили в течение 24 часов') });
    const apply = await call('POST', `/api/assessments/imports/${oldId}/apply`, t.cookies.municipal_operator, {
      decisions: {},
      acceptProposals: true,
      skipErrors: true,
    });
    expect(apply.statusCode).toBe(409);
    expect(apply.json().message).toMatch(/загрузите файл снова/);
    const fresher = (await call('GET', `/api/assessments/imports/${freshId}`, t.cookies.municipal_operator)).json().import;
    expect(fresher.status).toBe('uploaded');
    const logged = await db.selectFrom('audit_log').select('action').where('action', '=', 'assessment.import.expire').execute();
    expect(logged).toHaveLength(1);
    // a second sweep finds nothing more
    expect(await expireAbandonedImports(db, uploadsDir)).toEqual({ expired: 0, filesRemoved: 0 });
  });
});
