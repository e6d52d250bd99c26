import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLE_NAMES } from '../domain/access/role.ts';
import type { DemoAccount } from '../demo/loader/demo-state.ts';

/** Prints the demo accounts and saves them (mode 600) in the data directory. */
export function publishDemoAccounts(accounts: DemoAccount[], dataDir: string, url: string): string {
  const lines = [
    'СОКО — демонстрационные учётные записи (данные синтетические)',
    `Адрес: ${url}`,
    '',
    ...accounts.map((a) => `${ROLE_NAMES[a.role].padEnd(28)} логин: ${a.login.padEnd(16)} пароль: ${a.password}`),
    '',
  ];
  const text = lines.join('\n');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'demo-accounts.txt');
  writeFileSync(file, text, { mode: 0o600 });
  process.stdout.write(`\n${text}\nПароли сохранены в файле ${file}\n\n`);
  return file;
}
