import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../src/server/start-test-server.ts';
import { browserTestsEnabled, launchChromium } from './launch-chromium.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const resultsDir = join(repoRoot, 'test-results');
const uiIndex = join(repoRoot, 'dist', 'web', 'index.html');

describe.skipIf(!browserTestsEnabled)('organisation tree (browser)', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(uiIndex)) {
      throw new Error(`The built web UI is missing (${uiIndex}). Run \`npm run build\` before the browser tests.`);
    }
    browser = await launchChromium();
    server = await startTestServer();
    mkdirSync(resultsDir, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openLoginPage(): Promise<void> {
    if (!server) throw new Error('test server not started');
    await page.goto(server.url);
    await page.waitForURL(/\/login$/);
    await page.getByTestId('login-form').waitFor();
    expect(await page.getByText('Вход в СОКО').isVisible()).toBe(true);
  }

  it('shows the server’s Russian message for a wrong password', async () => {
    if (!server) throw new Error('test server not started');
    await openLoginPage();
    await page.getByTestId('login-input').fill(server.login);
    await page.getByTestId('password-input').fill(`${server.password}-wrong`);
    await page.getByTestId('login-submit').click();

    const error = page.getByTestId('login-error');
    await error.waitFor();
    const text = (await error.innerText()).trim();
    expect(text).toMatch(/[А-Яа-яЁё]/);
    expect(text).toMatch(/логин|пароль/i);
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('logs in as the municipal operator, expands the municipality and opens a school card', async () => {
    if (!server) throw new Error('test server not started');
    await openLoginPage();
    await page.getByTestId('login-input').fill(server.login);
    await page.getByTestId('password-input').fill(server.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/orgs(\/\d+)?$/);

    // Header: title and the synthetic-data marker.
    await page.getByTestId('app-title').waitFor();
    expect(await page.getByTestId('demo-tag').innerText()).toContain('Демонстрационные данные');

    // The operator's scope root is the municipality.
    const tree = page.getByTestId('org-tree');
    await tree.waitFor();
    const municipality = tree.locator('[data-org-kind="municipality"]').first();
    await municipality.waitFor();
    const municipalityNode = tree.locator('[role="treeitem"]', { has: page.locator('[data-org-kind="municipality"]') }).first();
    if ((await municipalityNode.getAttribute('aria-expanded')) !== 'true') {
      await municipalityNode.locator('.ant-tree-switcher').click();
    }
    const school = tree.locator('[data-org-type="school"]').first();
    await school.waitFor();
    expect(await tree.locator('[data-org-kind="organisation"]').count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(resultsDir, 'org-tree.png') });

    const schoolName = await school.getAttribute('data-org-name');
    const schoolId = await school.getAttribute('data-org-id');
    expect(schoolName).toBeTruthy();
    await school.click();

    await page.waitForURL(new RegExp(`/orgs/${schoolId}$`));
    const title = page.getByTestId('org-card-title');
    await expect.poll(async () => (await title.innerText()).trim(), { timeout: 20_000 }).toBe(schoolName);
    const innLabel = page.getByTestId('org-codes').getByText('ИНН', { exact: true });
    await innLabel.waitFor();
    expect(await innLabel.isVisible()).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'org-card.png') });

    // The URL identifies the organisation: a reload shows the same card.
    await page.reload();
    await expect.poll(async () => (await title.innerText()).trim(), { timeout: 20_000 }).toBe(schoolName);

    expect(pageErrors).toEqual([]);
  });
});
