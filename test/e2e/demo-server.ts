import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { syncCatalogues } from '../../src/app/catalogues/sync-catalogues.ts';
import { loadDemo } from '../../src/demo/loader/load-demo.ts';
import { readConfig } from '../../src/cli/config.ts';
import { openDatabase } from '../../src/cli/open-database.ts';
import { UI_DIR } from '../../src/cli/serve.ts';
import { buildServer } from '../../src/server/build-server.ts';

export interface DemoServer {
  url: string;
  passwordOf(login: string): string;
  close(): Promise<void>;
}

/**
 * The server over a fresh demo database; unlike startTestServer, it keeps the demo accounts'
 * passwords (and those of accounts a test creates, given in `extraPasswords` by login).
 */
export async function startDemoServer(name: string, extraPasswords: Record<string, string> = {}): Promise<DemoServer> {
  if (!existsSync(join(UI_DIR, 'index.html'))) throw new Error(`The built web UI is missing (${UI_DIR}). Run \`npm run build\` first.`);
  const dataDir = mkdtempSync(join(tmpdir(), `soko-e2e-${name}-`));
  const handle = await openDatabase({ dataDir, databaseUrl: null });
  await syncCatalogues(handle.db, readConfig({}).catalogDir);
  const demo = await loadDemo(handle.db);
  const app = await buildServer({ db: handle.db, uiDir: UI_DIR });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    passwordOf(login) {
      const extra = extraPasswords[login];
      if (extra) return extra;
      const account = demo.accounts.find((a) => a.login === login);
      if (!account) throw new Error(`no demo account ${login}`);
      return account.password;
    },
    close: async () => {
      await app.close();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Logs in through the login form as a demo account. */
export async function logInAs(page: Page, server: DemoServer, login: string): Promise<void> {
  await page.goto(server.url);
  await page.waitForURL(/\/login$/);
  await page.getByTestId('login-input').fill(login);
  await page.getByTestId('password-input').fill(server.passwordOf(login));
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/orgs(\/\d+)?$/);
}

/** A 1366×768 Russian page of its own browser context, its uncaught errors collected. */
export async function demoPage(browser: Browser, pageErrors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}
