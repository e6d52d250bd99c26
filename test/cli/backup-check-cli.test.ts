import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runSoko } from '../helpers/soko-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'soko-cli-backup-'));
const env = { ...process.env, SOKO_DATA_DIR: join(dir, 'data'), PORT: '0', SOKO_DATABASE_URL: '', SOKO_DEMO: '0' };

const runCli = (args: string[], extraEnv: Record<string, string> = {}) => runSoko(args, { ...env, ...extraEnv });

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('soko backup --check', () => {
  it('says a whole copy is whole, and a cut one is not, with a non-zero exit code', { timeout: 300_000 }, async () => {
    const file = join(dir, 'soko.gz');
    const made = await runCli(['backup', file]);
    expect(made.code, made.stderr).toBe(0);

    const whole = await runCli(['backup', '--check', file]);
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.stdout).toMatch(/^Копия цела: \d+ таблиц, \d+ строк/);

    // zcat soko.gz | head -n 3 | gzip > cut.gz
    const cut = join(dir, 'cut.gz');
    writeFileSync(cut, gzipSync(`${gunzipSync(readFileSync(file)).toString('utf8').split('\n').slice(0, 3).join('\n')}\n`));
    const broken = await runCli(['backup', '--check', cut]);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/^Ошибка: Копия .*cut\.gz неполна/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('starting on a data directory that cannot be written', () => {
  it('prints a Russian message, no stack, and ends with exit code 1', { timeout: 120_000 }, async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const started = await runCli(['serve'], { SOKO_DATA_DIR: join(file, 'data') });
    expect(started.code).toBe(1);
    expect(started.stderr).toMatch(/^Ошибка: Каталог данных .* недоступен для записи/);
    expect(started.stderr).not.toMatch(/\n\s+at /);
  });
});
