import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, openBrowserSession, resultsDir, type BrowserSession, type TestServer } from './browser-session.ts';
import { browserTestsEnabled } from './launch-chromium.ts';

// The name of catalogs/seed001-municipal.v1.yaml.
const SEED001_NAME = 'Показатели мониторинга механизмов управления качеством образования (Промышленновский муниципальный округ)';

describe.skipIf(!browserTestsEnabled)('methodologies (browser)', () => {
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

  it('lists the methodologies, opens seed 001 and shows an indicator’s formula', async () => {
    if (!server) throw new Error('test server not started');
    await logIn(page, server);

    await page.getByTestId('side-menu').getByText('Методики', { exact: true }).click();
    await page.waitForURL(/\/catalogues$/);
    const table = page.getByTestId('catalogues-table');
    const link = table
      .getByTestId('catalogue-link')
      .filter({ hasText: SEED001_NAME })
      // the newest version (v2) is listed first; v1 stays as «прежняя версия»
      .first();
    await link.waitFor();
    expect(await table.getByTestId('catalogue-link').count()).toBeGreaterThanOrEqual(4);
    expect(await table.getByText('механизмы управления').count()).toBeGreaterThan(0);
    expect(await table.getByText('по н.в.').count()).toBeGreaterThan(0);
    // Methodologies are listed by title and version; their codes only in the version's tooltip.
    expect(await table.innerText()).not.toContain('seed001-municipal');
    await table.getByTestId('catalogue-version').first().hover();
    await expect.poll(async () => page.locator('.ant-tooltip').last().innerText()).toMatch(/^Код методики: /);
    // Uploading is for the administrator and the regional operator only.
    expect(await page.getByTestId('catalogue-import-button').count()).toBe(0);
    await page.waitForTimeout(400); // let the table's loading fade finish
    await page.screenshot({ path: join(resultsDir, 'catalogues.png') });

    // «Выгрузить в Excel» is a plain link to the workbook.
    const href = await table.getByTestId('catalogue-export').first().getAttribute('href');
    expect(href).toMatch(/^\/api\/catalogues\/\d+\/export$/);
    const download = await page.request.get(new URL(href ?? '', server.url).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');

    await link.click();
    await page.waitForURL(/\/catalogues\/\d+$/);
    expect((await page.getByTestId('catalogue-title').innerText()).trim()).toBe(SEED001_NAME);
    const firstTable = page.getByTestId('indicators-table').first();
    await firstTable.waitFor();

    // A row click expands the indicator: formula and the data elements it uses, with Russian names.
    await firstTable.locator('tr.indicator-row').first().click();
    const formula = page.getByTestId('indicator-formula').first();
    await formula.waitFor();
    expect(await formula.innerText()).toMatch(/^ratio\(/);
    const elements = page.getByTestId('indicator-elements').first();
    expect(await elements.innerText()).toMatch(/[А-Яа-яЁё]/);
    await page.waitForTimeout(400); // let the expand icon finish its animation
    await page.screenshot({ path: join(resultsDir, 'catalogue-indicators.png') });

    // Indicators of two directions appear under both, marked.
    expect(await page.getByTestId('indicator-shared').count()).toBeGreaterThan(0);

    // The search filters indicators by name or code.
    await page.getByTestId('indicator-search').fill('D1.04');
    await expect.poll(async () => page.locator('tr.indicator-row').count()).toBe(1);
    expect(await page.getByTestId('indicator-count').innerText()).toContain('Найдено 1');

    expect(pageErrors).toEqual([]);
  });

  it('shows the positions of evaluation of the mechanisms methodology', async () => {
    await page.getByTestId('side-menu').getByText('Методики', { exact: true }).click();
    await page.waitForURL(/\/catalogues$/);
    const table = page.getByTestId('catalogues-table');
    const row = table.locator('tr', { hasText: 'механизмы управления' }).first();
    await row.getByTestId('catalogue-link').click();
    await page.waitForURL(/\/catalogues\/\d+$/);

    await page.getByTestId('cycle-components').waitFor();
    expect(await page.getByTestId('cycle-components').locator('li').count()).toBe(9);
    const total = page.getByTestId('catalogue-total');
    expect(Number((await total.locator('td').last().innerText()).trim())).toBeGreaterThan(0);
    await page.screenshot({ path: join(resultsDir, 'catalogue-mechanisms.png') });

    await page.getByTestId('positions-matrix').locator('tr.matrix-direction-row').first().click();
    const positions = page.getByTestId('positions-table').first();
    await positions.waitFor();
    expect(await positions.locator('tbody tr').count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(resultsDir, 'catalogue-positions.png') });

    expect(pageErrors).toEqual([]);
  });
});
