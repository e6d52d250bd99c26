import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSoko, startSokoServer } from '../helpers/soko-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'soko-cli-'));
const restoreDir = mkdtempSync(join(tmpdir(), 'soko-cli-restore-'));
const env = { ...process.env, SOKO_DATA_DIR: dataDir, PORT: '0', SOKO_DATABASE_URL: '' };

const runCli = (args: string[], extraEnv: Record<string, string> = {}) => runSoko(args, { ...env, ...extraEnv });

const startServer = () => startSokoServer(env);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(restoreDir, { recursive: true, force: true });
});

describe('the CLI beside a running server on the embedded database', () => {
  it('refuses to open the locked data directory and loses nothing; works once the server stops', async () => {
    const { child, url } = await startServer();
    let schoolYear = '';
    try {
      const accounts = readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8');
      const password = /demo\.admin\s+пароль: (\S+)/.exec(accounts)?.[1] ?? '';
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'demo.admin', password }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const created = await fetch(`${url}/api/periods`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ code: '2030', kind: 'calendar_year', name: '2030 год', startsOn: '2030-01-01', endsOn: '2030-12-31' }),
      });
      expect(created.status).toBe(201);

      // `soko user add` beside the server: done through it (server.json, 0600, holds its address and this run's key)
      expect(statSync(join(dataDir, 'server.json')).mode & 0o777).toBe(0o600);
      const beside = await runCli(['user', 'add', '--login', 'beside', '--name', 'Рядом Пётр', '--role', 'viewer', '--scope', '99']);
      expect(beside.stderr).toBe('');
      expect(beside.code).toBe(0);
      expect(beside.stdout).toMatch(
        /^Пользователь beside \(Наблюдатель\) создан \(через работающий сервер http:\/\/localhost:\d+\)\. Пароль: \S{16}\n$/,
      );
      const besidePassword = /Пароль: (\S+)/.exec(beside.stdout)?.[1] ?? '';
      const besideLogin = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'beside', password: besidePassword }),
      });
      expect(besideLogin.status).toBe(200);
      // the same rules as in the web: a taken login is refused with the same message
      const taken = await runCli(['user', 'add', '--login', 'beside', '--name', 'Рядом Пётр', '--role', 'viewer', '--scope', '99']);
      expect(taken.code).toBe(2);
      expect(taken.stderr).toBe('Ошибка: Логин «beside» уже занят: выберите другой.\n');
      const unlocked = await runCli(['user', 'unlock', '--login', 'beside']);
      expect(unlocked.stdout).toBe('Блокировка входа для beside снята (неудачных попыток снято: 0).\n');
      // a command that needs the database itself still refuses, and names the way out and the running server
      const demo = await runCli(['demo']);
      expect(demo.code).toBe(2);
      expect(demo.stderr).toContain('занят другим процессом СОКО');
      expect(demo.stderr).toContain('Остановите сервер (Ctrl+C) и повторите команду');
      expect(demo.stderr).toMatch(/Работающий сервер: http:\/\/localhost:\d+\n$/);
      // a server that holds the lock but does not answer: the message says what to do
      const serverFile = join(dataDir, 'server.json');
      const real = readFileSync(serverFile, 'utf8');
      writeFileSync(serverFile, real.replace(/localhost:\d+/, 'localhost:9'));
      const unreachable = await runCli(['user', 'add', '--login', 'nobody.hears', '--name', 'Никто', '--role', 'admin']);
      writeFileSync(serverFile, real);
      expect(unreachable.code).toBe(2);
      expect(unreachable.stderr).toMatch(
        /^Ошибка: Сервер СОКО \(PID \d+\) держит каталог данных .+, но не отвечает по адресу http:\/\/localhost:9 \([A-Za-z_]+\)\. Проверьте, что он работает .+ или остановите сервер \(Ctrl\+C в его окне или «kill \d+»\) и повторите команду/,
      );

      const periods = (await (await fetch(`${url}/api/periods`, { headers: { cookie } })).json()) as {
        items: { code: string; kind: string }[];
      };
      expect(periods.items.map((p) => p.code)).toContain('2030');
      schoolYear = periods.items.filter((p) => p.kind === 'school_year').at(-1)?.code ?? '';
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    expect(existsSync(join(dataDir, 'server.json'))).toBe(false); // removed when the server stops

    const added = await runCli(['user', 'add', '--login', 'after.stop', '--name', 'После остановки', '--role', 'viewer', '--scope', '99']);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/Пользователь after\.stop \(Наблюдатель\) создан\. Пароль: \S{16}/);

    // One school's data changed: only what depends on it is recomputed, with progress lines.
    const recomputed = await runCli(['compute', '--catalogue', 'seed001-municipal', '--period', schoolYear, '--org', '99-01-001']);
    expect(recomputed.code).toBe(0);
    expect(recomputed.stderr).toMatch(/\d+\/\d+ Показатели/); // the progress bar
    expect(recomputed.stdout).toMatch(/Пересчитано зависящее от организации за \d+,\d с: показателей \d+/);
    const unknownOrg = await runCli(['compute', '--catalogue', 'seed001-municipal', '--period', schoolYear, '--org', 'нет-такой']);
    expect(unknownOrg.code).toBe(2);
    expect(unknownOrg.stderr).toContain('Организация «нет-такой» не найдена');

    // The demo campaign's forms handed out and taken in as files, with progress; a broken file changes nothing.
    const template = join(restoreDir, 'forms.xlsx');
    const handedOut = await runCli(['campaign', 'template', '--campaign', '1', '--org', '99-01-001', '--out', template]);
    expect(handedOut.code, handedOut.stderr).toBe(0);
    const takenIn = await runCli(['campaign', 'upload', '--campaign', '1', template]);
    expect(takenIn.code, takenIn.stderr).toBe(0);
    expect(takenIn.stderr).toMatch(/5\/5 готово/);
    expect(takenIn.stdout).toMatch(/Загружено: форм 1, изменено полей 0/);
    const notAFile = join(restoreDir, 'not-a-table.csv');
    writeFileSync(notAFile, Buffer.from([0, 1, 2, 3, 255]));
    const refusedUpload = await runCli(['campaign', 'upload', '--campaign', '1', notAFile]);
    expect(refusedUpload.code).toBe(2);
    expect(refusedUpload.stderr).toMatch(/Ошибка: Файл «not-a-table\.csv» не загружен/);

    const file = join(restoreDir, 'copy.soko-backup.gz');
    const backup = await runCli(['backup', file]);
    expect(backup.code).toBe(0);
    const restored = await runCli(['restore', file], { SOKO_DATA_DIR: join(restoreDir, 'data') });
    expect(restored.code).toBe(0);
    const again = await runCli(['restore', file], { SOKO_DATA_DIR: join(restoreDir, 'data') });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('База назначения не пуста');
    // Several processes each start Node and open the embedded database: generous on a busy machine.
  }, 480_000);

  it('refuses a bad PORT with a Russian message and no stack trace', async () => {
    const res = await runCli(['serve'], { PORT: 'восемь' });
    expect(res.code).toBe(2);
    expect(res.stderr).toBe('Ошибка: PORT="восемь" — не номер порта: укажите целое число от 1 до 65535, например PORT=8080.\n');
  });
});
