import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSokoServer, stopSokoServer } from '../helpers/soko-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'soko-first-run-'));
// An empty system without the demo, as a real authority starts it.
const env = { ...process.env, SOKO_DATA_DIR: dataDir, PORT: '0', SOKO_DATABASE_URL: '', SOKO_DEMO: '0' };
const SETUP_FILE = join(dataDir, 'setup-address.txt');

const startServer = () => startSokoServer(env);

const stop = stopSokoServer;

const addressIn = (text: string) => /(http:\/\/localhost:\d+\/setup\/[A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;
const apiOf = (address: string) => address.replace('/setup/', '/api/setup/');

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the first start of an empty system without the demo', () => {
  it('prints a one-time setup address and saves it (mode 600); a restart prints a new one; after setup none', async () => {
    const first = await startServer();
    let firstAddress = '';
    try {
      expect(first.out()).toContain('В системе нет администратора. Откройте в браузере адрес первоначальной настройки');
      firstAddress = addressIn(first.out()) ?? '';
      expect(firstAddress).not.toBe('');
      expect(statSync(SETUP_FILE).mode & 0o777).toBe(0o600);
      expect(addressIn(readFileSync(SETUP_FILE, 'utf8'))).toBe(firstAddress);
      expect((await fetch(apiOf(firstAddress))).status).toBe(200);
    } finally {
      await stop(first.child);
    }

    const second = await startServer();
    try {
      const secondAddress = addressIn(second.out()) ?? '';
      expect(secondAddress).not.toBe('');
      expect(secondAddress.split('/setup/')[1]).not.toBe(firstAddress.split('/setup/')[1]);
      expect(addressIn(readFileSync(SETUP_FILE, 'utf8'))).toBe(secondAddress);
      const old = await fetch(apiOf(firstAddress.replace(/localhost:\d+/, new URL(second.url).host)));
      expect(old.status).toBe(404);
      expect(((await old.json()) as { message: string }).message).toMatch(/^Адрес настройки недействителен/);
      const password = 'Синий-кит-плывёт-2026';
      const done = await fetch(apiOf(secondAddress), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          admin: { login: 'first.admin', fullName: 'Первый Администратор', password, passwordRepeat: password },
          region: { name: 'Новый регион', code: '42' },
          municipalities: [{ name: 'Первый округ', code: '42-01' }],
        }),
      });
      expect(done.status).toBe(201);
      expect(existsSync(SETUP_FILE)).toBe(false); // the spent address's file goes at once
    } finally {
      await stop(second.child);
    }

    const third = await startServer();
    try {
      expect(addressIn(third.out())).toBeNull();
      expect(existsSync(SETUP_FILE)).toBe(false); // removed once an administrator exists
    } finally {
      await stop(third.child);
    }
  }, 600_000);
});
