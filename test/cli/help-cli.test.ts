import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSoko } from '../helpers/soko-process.ts';

// `soko --help`, a subcommand's help and a mistyped command, as a user sees them: Russian only.

const dir = mkdtempSync(join(tmpdir(), 'soko-cli-help-'));
const env = { ...process.env, SOKO_DATA_DIR: join(dir, 'data'), SOKO_DATABASE_URL: '', SOKO_DEMO: '0' };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Commander's English words that must not reach the user. */
const ENGLISH =
  /Usage|Options|Commands|Arguments|display help|for command|\[options\]|\[command\]|<file>|<code>|default:|error:|Did you mean/;

describe('soko help', () => {
  it('the root help is Russian: headings, placeholders, the help option and the help command', async () => {
    const r = await runSoko(['--help'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(ENGLISH);
    expect(r.stdout).toContain('Использование: soko [параметры] [команда]');
    expect(r.stdout).toContain('Параметры:');
    expect(r.stdout).toContain('Команды:');
    expect(r.stdout).toMatch(/-h, --help +показать справку/);
    expect(r.stdout).toMatch(/help \[команда\] +показать справку по команде/);
    expect(r.stdout).toMatch(/backup \[параметры\] <файл>/);
  }, 60_000);

  it('a subcommand’s help is Russian, with its arguments and option values named in Russian', async () => {
    const r = await runSoko(['rate', '--help'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(ENGLISH);
    expect(r.stdout).toContain('Использование: soko rate [параметры] <таблица>');
    expect(r.stdout).toContain('Аргументы:');
    expect(r.stdout).toMatch(/--out <файл>/);
    expect(r.stdout).toMatch(/-h, --help +показать справку/);
  }, 60_000);

  it('a mistyped command and a missing option are reported in Russian', async () => {
    const typo = await runSoko(['serv'], env);
    expect(typo.code).not.toBe(0);
    expect(typo.stderr).not.toMatch(ENGLISH);
    expect(typo.stderr).toContain('ошибка: неизвестная команда «serv»');
    expect(typo.stderr).toContain('(возможно, имелось в виду serve)');
    const missing = await runSoko(['compute'], env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('ошибка: не указан обязательный параметр «--catalogue <код>»');
  }, 60_000);
});
