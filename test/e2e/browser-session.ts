import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startTestServer } from '../helpers/start-test-server.ts';
import { launchChromium } from './launch-chromium.ts';

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Screenshots go here (CI keeps them). */
export const resultsDir = join(repoRoot, 'test-results');
const uiIndex = join(repoRoot, 'dist', 'web', 'index.html');

export interface BrowserSession {
  page: Page;
  server: TestServer;
  /** Uncaught errors of the page, to assert there were none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Starts the test server and Chromium with one 1366×768 Russian page: the setup every browser test shares. */
export async function openBrowserSession(): Promise<BrowserSession> {
  if (!existsSync(uiIndex)) {
    throw new Error(`The built web UI is missing (${uiIndex}). Run \`npm run build\` before the browser tests.`);
  }
  const browser = await launchChromium();
  const server = await startTestServer();
  mkdirSync(resultsDir, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Anything the Content-Security-Policy blocks is an error of the page, not a quiet console line.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) pageErrors.push(msg.text());
  });
  return {
    page,
    server,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Logs in through the login form as the test server's municipal operator. */
export async function logIn(page: Page, server: TestServer): Promise<void> {
  await page.goto(server.url);
  await page.waitForURL(/\/login$/);
  await page.getByTestId('login-input').fill(server.login);
  await page.getByTestId('password-input').fill(server.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/orgs(\/\d+)?$/);
}
