import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, resultsDir, type BrowserSession, type TestServer } from './browser-session.ts';
import { browserTestsEnabled } from './launch-chromium.ts';

describe.skipIf(!browserTestsEnabled)('organisation tree (browser)', () => {
  let session: BrowserSession | undefined;
  let server: TestServer | undefined;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openBrowserSession();
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
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

  it('changes the password from the user menu and logs in with the new one', async () => {
    if (!server) throw new Error('test server not started');
    const newPassword = `${server.password}-new`;
    const openPasswordForm = async () => {
      await page.getByTestId('current-user').click();
      await page.getByRole('menuitem', { name: 'Сменить пароль' }).click();
      await page.getByTestId('password-form').waitFor();
    };
    const fill = async (current: string) => {
      const form = page.getByTestId('password-form');
      await form.getByLabel('Текущий пароль').fill(current);
      await form.getByLabel('Новый пароль', { exact: true }).fill(newPassword);
      await form.getByLabel('Повтор нового пароля').fill(newPassword);
      await page.getByRole('button', { name: 'Сменить пароль' }).click();
    };

    await openPasswordForm();
    // the server's password rule speaks as the user types
    await page.getByTestId('password-form').getByLabel('Новый пароль', { exact: true }).fill('qwerty12345');
    await page.getByText(/Составлен из последовательностей/).waitFor();
    await fill('not-the-password');
    const error = page.getByTestId('password-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Текущий пароль введён неверно');

    await page.getByTestId('password-form').getByLabel('Текущий пароль').fill(server.password);
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await page.getByText('Пароль изменён.').waitFor();
    await page.screenshot({ path: join(resultsDir, 'password-changed.png') });

    await page.getByTestId('logout-button').click();
    await page.waitForURL(/\/login$/);
    await page.getByTestId('login-input').fill(server.login);
    await page.getByTestId('password-input').fill(newPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/orgs(\/\d+)?$/);
    expect(pageErrors).toEqual([]);
  });
});
