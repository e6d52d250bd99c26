import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runSoko } from '../helpers/soko-process.ts';

// `soko orgs import FILE --region NAME --yes` on the Moscow lyceum file (the lenient-quote CSV)
// into an empty database without the demo, then `soko orgs export` and the export imported back.

const LYCEUMS = join(ROOT, 'test/fixtures/moscow-directory/data-20131031T1206-structure-20131031T1206.csv');
const dir = mkdtempSync(join(tmpdir(), 'soko-cli-orgs-'));
const env = { ...process.env, SOKO_DATA_DIR: join(dir, 'data'), SOKO_DATABASE_URL: '', SOKO_DEMO: '0' };

const runCli = (args: string[]) => runSoko(args, env);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('soko orgs import / export', () => {
  it('imports the lyceums as Москва with its okrugs, exports them, and the export imported back changes nothing', async () => {
    const r = await runCli(['orgs', 'import', LYCEUMS, '--region', 'Москва', '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('«vid_uchrezhdeniyz» → Тип');
    expect(r.stdout).toContain('загрузка в новый регион «Москва» (01)');
    expect(r.stdout).toMatch(/Применено за [\d.]+ с: создано 41, изменено 0, без изменений 0\./);
    const out = join(dir, 'реестр.xlsx');
    const e = await runCli(['orgs', 'export', out]);
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout).toContain('Выгружено организаций: 41');
    expect(existsSync(out)).toBe(true);
    const again = await runCli(['orgs', 'import', out, '--yes']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('создано 0, изменено 0, без изменений 41');
  }, 240_000);

  it('without --yes and without a terminal answer it changes nothing', async () => {
    const r = await runCli(['orgs', 'import', LYCEUMS]);
    expect(r.stdout).toContain('Новых организаций: 0; изменится: 0; без изменений: 41');
    expect(r.stdout).toContain('не терминал: для применения без вопросов добавьте --yes');
    expect(r.stdout).toContain('Реестр не изменён.');
    expect(r.code).toBe(2);
  }, 240_000);
});
