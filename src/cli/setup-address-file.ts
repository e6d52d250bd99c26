import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { dropSetupToken, hasAdministrator, issueSetupToken } from '../app/setup/setup-token.ts';
import type { Database } from '../db/schema.ts';
import { writePrivateFile } from './private-file.ts';

export const SETUP_ADDRESS_FILE = 'setup-address.txt';

const dd = (d: Date) =>
  d.toLocaleString('ru-RU', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Moscow',
  });

/**
 * While no administrator exists, issues a new one-time setup address (earlier ones stop
 * working), prints it and saves it in the data directory (mode 600). With an administrator the
 * stored token and the file are removed. Returns the address, or null.
 */
export async function offerSetupAddress(db: Kysely<Database>, dataDir: string, baseUrl: string): Promise<string | null> {
  const file = join(dataDir, SETUP_ADDRESS_FILE);
  if (await hasAdministrator(db)) {
    await dropSetupToken(db);
    rmSync(file, { force: true });
    return null;
  }
  const { token, expiresAt } = await issueSetupToken(db);
  const address = `${baseUrl}/setup/${token}`;
  const text = [
    'СОКО — первоначальная настройка',
    `Адрес: ${address}`,
    `Действует один раз, до ${dd(expiresAt)} (МСК). Новый адрес печатается при каждом запуске сервера, пока нет администратора.`,
    '',
  ].join('\n');
  writePrivateFile(file, text);
  process.stdout.write(
    `\nВ системе нет администратора. Откройте в браузере адрес первоначальной настройки (создание администратора и региона):\n` +
      `  ${address}\n` +
      `Адрес действует один раз, до ${dd(expiresAt)} (МСК); он сохранён в файле ${file}\n\n`,
  );
  return address;
}
