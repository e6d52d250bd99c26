import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, openBrowserSession, resultsDir, type BrowserSession, type TestServer } from './browser-session.ts';
import { browserTestsEnabled } from './launch-chromium.ts';

// The test server loads the demo region with three years of seed001-municipal results.
const DISTRICT = 'Промышленновский муниципальный округ';

describe.skipIf(!browserTestsEnabled)('results card (browser)', () => {
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

  it('opens a school’s card from the district’s rating: summary, dynamics chart and indicator table', async () => {
    if (!server) throw new Error('test server not started');
    await logIn(page, server);

    // The ratings of the district's schools.
    await page.getByTestId('side-menu').getByText('Рейтинги', { exact: true }).click();
    await page.waitForURL(/\/ratings\?catalogue=\d+&period=\d+/);
    await page.getByTestId('rating-comparison').click();
    await page.locator('.ant-select-item-option', { hasText: `${DISTRICT}: школы` }).click();
    await page.waitForURL(/key=municipality%3A\d+%3Aschool/);
    const table = page.getByTestId('rating-table');
    await expect.poll(async () => table.getByTestId('rating-object').count()).toBeGreaterThan(3);

    // A school's name opens its card in the same methodology.
    const school = table.getByTestId('rating-object').first();
    const name = await school.innerText();
    await school.click();
    await page.waitForURL(/\/results\/card\/\d+\?catalogueId=\d+/);
    const card = page.getByTestId('result-card-page');
    await card.getByTestId('result-card-table').waitFor();
    const heading = await card.locator('.result-card-heading').innerText();
    expect(heading).toContain(name.trim());
    expect(heading).toContain(DISTRICT);

    // The summary of the latest school year: score and place «N из M» (first in the rating: place 1).
    expect(await page.getByTestId('result-summary-place').innerText()).toMatch(/Место\s+1(–\d+)? из \d+/);

    // The dynamics chart is drawn (ECharts canvas) over the three school years.
    const chart = page.getByTestId('result-chart');
    await chart.locator('canvas').first().waitFor();
    expect(await chart.locator('canvas').count()).toBeGreaterThan(0);

    // The table has indicator rows with values, grouped by direction.
    const rows = card.locator('tr.result-indicator-row');
    await expect.poll(async () => rows.count()).toBeGreaterThan(10);
    expect(await card.locator('tr.result-direction-row').count()).toBeGreaterThan(2);
    const values = await rows.locator('.rating-number').allInnerTexts();
    expect(values.some((v) => /\d/.test(v))).toBe(true);
    expect(await card.getByTestId('result-change').count()).toBeGreaterThan(0);

    // Switching the chart's indicator through the select (it redraws the chart).
    const select = page.getByTestId('result-chart-indicator');
    const before = await select.innerText();
    await select.click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(3);
    await option.waitFor();
    await option.click();
    await expect.poll(async () => select.innerText()).not.toBe(before);
    await chart.locator('canvas').first().waitFor();

    // A click on a table row charts that indicator.
    const row = rows.nth(5);
    const rowCode = (await row.locator('.result-code').innerText()).trim();
    await row.click();
    await expect.poll(async () => select.innerText()).toContain(rowCode);
    await expect.poll(async () => row.getAttribute('class')).toContain('result-row-selected');

    // The card from its top: heading, summary, chart and the first rows of the table.
    await page.locator('.app-content').evaluate((el) => el.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(resultsDir, 'result-card.png') });

    // The municipality's card: compared with the region only, its place among the municipalities.
    await card.getByTestId('result-card-parent').first().click();
    await page.waitForURL(/\/results\/card\/\d+\?catalogueId=\d+$/);
    await expect.poll(async () => card.locator('.result-card-heading').innerText()).toContain(DISTRICT);
    await card.locator('tr.result-indicator-row').first().waitFor();
    expect(await card.locator('th', { hasText: 'Муниципалитет' }).count()).toBe(0);
    expect(await page.getByTestId('result-summary-place').innerText()).toMatch(/Место\s+\d+(–\d+)? из \d+/);
    await page.getByTestId('result-chart').locator('canvas').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(resultsDir, 'result-card-municipality.png') });

    expect(pageErrors).toEqual([]);
  });
});
