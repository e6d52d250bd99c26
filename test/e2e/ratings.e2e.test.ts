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
    // The default rating has zones (the demo's thresholds): a red-zone object can be asked about.
    const defaultZones = await page.getByTestId('rating-table').getByTestId('zone-tag').allInnerTexts();
    expect(new Set(defaultZones)).toEqual(new Set(['зелёная', 'жёлтая', 'красная']));

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
    // The mean is said in words and rounded as the score is shown; the direction codes only in a tooltip.
    const explained = await drawer.getByTestId('explain-text').innerText();
    expect(explained).toMatch(/среднее баллов (всех )?\d+ (направлени|показател)\S* = \d+(,\d{1,2})?\n/);
    expect(explained).not.toMatch(/\(D\d/);
    await page.waitForTimeout(400); // let the drawer finish sliding in
    await page.screenshot({ path: join(resultsDir, 'rating-explain.png') });
    await page.keyboard.press('Escape');

    // With the indicator columns, an indicator score explains its value: formula and inputs.
    await page.getByTestId('rating-indicators-switch').click();
    await table.getByTestId('rating-indicator-score').first().click();
    await drawer.getByTestId('explain-formula').waitFor();
    expect((await drawer.getByTestId('explain-formula').innerText()).length).toBeGreaterThan(3);
    await page.screenshot({ path: join(resultsDir, 'rating-explain-indicator.png') });
    await page.keyboard.press('Escape');

    expect(pageErrors).toEqual([]);
  });

  it('rates the schools within a size cluster, explains a place there and exports the rating', async () => {
    // Continues on the district's schools opened above.
    const table = page.getByTestId('rating-table');
    const drawer = page.getByTestId('explain-drawer');
    await drawer.waitFor({ state: 'hidden' });
    if (await page.getByTestId('rating-indicators-switch').isChecked()) await page.getByTestId('rating-indicators-switch').click();
    const total = await table.getByTestId('rating-object').count();

    // Choose a clustering: its bands are said on the page; then one cluster (both kept in the URL).
    await page.getByTestId('rating-clustering').click();
    await page.locator('.ant-select-item-option', { hasText: 'по численности' }).click();
    await page.waitForURL(/clustering=size/);
    expect(await page.getByTestId('rating-clustering-description').innerText()).toContain('менее 100, 100–299, 300–799, 800 и более');
    await page.getByTestId('rating-cluster').click();
    await page.locator('.ant-select-item-option', { hasText: '100–299 обучающихся' }).click();
    await page.waitForURL(/clustering=size&cluster=size-1/);

    const note = page.getByTestId('rating-cluster-note');
    await note.waitFor();
    expect(await note.innerText()).toContain('Рейтинг внутри кластера: по численности — 100–299 обучающихся');
    await expect.poll(async () => table.getByTestId('rating-object').count()).toBeLessThan(total);
    const members = await table.getByTestId('rating-object').count();
    expect(members).toBeGreaterThan(1);
    expect(await note.innerText()).toContain(`(${members} из ${total})`);
    // Places restart from 1 within the cluster.
    expect(await table.getByTestId('rating-place').first().innerText()).toBe('1');

    // The URL opens the same cluster again.
    await page.reload();
    await note.waitFor();
    await expect.poll(async () => table.getByTestId('rating-object').count()).toBe(members);

    // A place explains itself within the cluster.
    await table.getByTestId('rating-place').first().click();
    await drawer.getByTestId('explain-text').waitFor();
    expect(await drawer.getByTestId('explain-text').innerText()).toMatch(/место 1/);
    await page.waitForTimeout(400); // let the drawer finish sliding in
    await page.screenshot({ path: join(resultsDir, 'ratings-cluster-explain.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.screenshot({ path: join(resultsDir, 'ratings-cluster.png') });

    // «Выгрузить в Excel» downloads the rating within the cluster.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rating-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^Рейтинг — .*школы \(кластер 100–299 обучающихся\) — .*\.xlsx$/);
    expect(await download.failure()).toBeNull();

    // The journey ends on a school of the cluster: its card with the dynamics chart.
    await table.getByTestId('rating-object').first().click();
    await page.waitForURL(/\/results\/card\/\d+\?catalogueId=\d+/);
    const chart = page.getByTestId('result-chart');
    await chart.locator('canvas').first().waitFor();
    expect(await page.getByTestId('result-card-table').locator('tbody tr').count()).toBeGreaterThan(3);
    await page.waitForTimeout(400); // let the chart finish its animation
    await page.screenshot({ path: join(resultsDir, 'ratings-cluster-school-card.png') });

    expect(pageErrors).toEqual([]);
  });
});
