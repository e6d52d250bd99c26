import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, openBrowserSession, resultsDir, type BrowserSession, type TestServer } from './browser-session.ts';
import { browserTestsEnabled } from './launch-chromium.ts';

// The test server computes the seed001-municipal ratings for the latest school year.
const DISTRICT = 'Промышленновский муниципальный округ';

describe.skipIf(!browserTestsEnabled)('ratings (browser)', () => {
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

  it('shows the schools of the district rated and explains a place', async () => {
    if (!server) throw new Error('test server not started');
    await logIn(page, server);

    await page.getByTestId('side-menu').getByText('Рейтинги', { exact: true }).click();
    await page.waitForURL(/\/ratings\?catalogue=\d+&period=\d+/);
    await page.locator('[data-testid="rating-table"], [data-testid="ratings-empty"]').first().waitFor();
    expect(await page.getByTestId('ratings-empty').count(), 'the test server must compute the seed001-municipal ratings').toBe(0);
    expect(page.url()).toMatch(/&key=/);
    // A municipal operator cannot recompute.
    expect(await page.getByTestId('recompute-button').count()).toBe(0);

    // Pick the schools of the district (the comparison is kept in the URL).
    await page.getByTestId('rating-comparison').click();
    await page.locator('.ant-select-item-option', { hasText: `${DISTRICT}: школы` }).click();
    await page.waitForURL(/key=municipality%3A\d+%3Aschool/);
    const title = page.getByTestId('rating-title');
    await expect.poll(async () => title.innerText()).toContain(DISTRICT);
    const table = page.getByTestId('rating-table');
    expect(await table.getByTestId('rating-object').count()).toBeGreaterThan(3);
    expect(await table.getByTestId('rating-place').first().innerText()).toBe('1');

    // The name filter narrows the rows.
    const total = await table.getByTestId('rating-object').count();
    const firstName = await table.getByTestId('rating-object').first().innerText();
    await page.getByTestId('rating-search').locator('input').fill(firstName);
    await expect.poll(async () => table.getByTestId('rating-object').count()).toBeLessThan(total);
    await page.getByTestId('rating-search').locator('input').fill('');
    await expect.poll(async () => table.getByTestId('rating-object').count()).toBe(total);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(resultsDir, 'ratings.png') });

    // A place opens «Как получено» with the stored explanation.
    await table.getByTestId('rating-place').first().click();
    const drawer = page.getByTestId('explain-drawer');
    await drawer.getByTestId('explain-text').waitFor();
    expect(await drawer.getByTestId('explain-object').innerText()).toMatch(/[А-Яа-яЁё]/);
    expect(await drawer.getByTestId('explain-text').innerText()).toMatch(/место 1/);
    await page.waitForTimeout(400); // let the drawer finish sliding in
    await page.screenshot({ path: join(resultsDir, 'rating-explain.png') });
    await page.keyboard.press('Escape');

    // With the indicator columns, an indicator score explains its value: formula and inputs.
    await page.getByTestId('rating-indicators-switch').click();
    await table.getByTestId('rating-indicator-score').first().click();
    await drawer.getByTestId('explain-formula').waitFor();
    expect((await drawer.getByTestId('explain-formula').innerText()).length).toBeGreaterThan(3);
    await page.screenshot({ path: join(resultsDir, 'rating-explain-indicator.png') });

    expect(pageErrors).toEqual([]);
  });
});
