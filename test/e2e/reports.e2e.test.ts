import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, openBrowserSession, resultsDir, type BrowserSession, type TestServer } from './browser-session.ts';
import { browserTestsEnabled } from './launch-chromium.ts';

// An analytic report of the demo district through its whole life, as the municipal operator does it:
// the working group is recorded, a report is generated for one direction, a section is edited,
// the working group's review (with the minutes attached) and the approval are recorded, the report
// is published and found in /public on a phone without logging in.

const CONCLUSION = 'Рабочей группе предложено распространить опыт школ с наибольшим баллом (e2e).';

describe.skipIf(!browserTestsEnabled)('analytic reports (browser)', () => {
  let session: BrowserSession | undefined;
  let server: TestServer | undefined;
  let page: Page;
  let pageErrors: string[] = [];
  let publicUrl = '';

  beforeAll(async () => {
    session = await openBrowserSession();
    ({ server, page, pageErrors } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('records the working group of the district', async () => {
    if (!server) throw new Error('test server not started');
    await logIn(page, server);
    await page.getByTestId('side-menu').getByText('Аналитические отчёты').click();
    await page.waitForURL(/\/reports$/);
    await page.getByTestId('working-group-link').click();
    await page.waitForURL(/\/working-group$/);
    await expect.poll(async () => page.getByTestId('working-group-territory').innerText()).toContain('Промышленновский');
    await expect.poll(async () => page.getByTestId('working-group-name').inputValue()).toContain('Рабочая группа');
    await page.getByTestId('working-group-order-number').fill('112-од');
    await page.getByTestId('working-group-order-date').fill('01.09.2025');
    await page.getByTestId('member-name-0').fill('Сидорова Мария Ивановна');
    await page.getByTestId('member-post-0').fill('начальник управления образования');
    // the demo district has its working group already: a member is added at the end
    await page.getByTestId('member-add').click();
    await page.locator('[data-testid^="member-name-"]').last().fill('Кузнецов Олег Петрович');
    await page.locator('[data-testid^="member-post-"]').last().fill('методист ИМЦ');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/working-group') && r.request().method() === 'PUT');
    await page.getByTestId('working-group-save').click();
    expect((await saved).status()).toBe(200);
    await page.screenshot({ path: join(resultsDir, 'working-group.png') });
  });

  it('generates a report for a direction, edits a section, records the review and the approval, and publishes it', async () => {
    await page.goto(`${server?.url ?? ''}/reports`);
    await page.getByTestId('report-create').click();
    await page.getByTestId('report-create-form').waitFor();
    await page.getByTestId('report-catalogue').click();
    // Methodologies are offered by title; the code is only in the option's tooltip.
    const catalogueOption = page.locator('.report-catalogue-popup .ant-select-item-option', { hasText: 'Промышленновский' }).first();
    expect(await catalogueOption.innerText()).not.toContain('seed001');
    expect(await catalogueOption.getAttribute('title')).toBe('Код методики: seed001-municipal');
    await catalogueOption.click();
    await page.getByTestId('report-period').click();
    await page.locator('.report-period-popup .ant-select-item-option', { hasText: '2025/2026' }).first().click();
    await page.getByTestId('report-direction').click();
    await page.locator('.report-direction-popup .ant-select-item-option').first().click();
    await expect.poll(async () => page.getByTestId('report-territory').innerText()).toContain('Промышленновский');
    await page.getByTestId('report-create-submit').click();
    await page.waitForURL(/\/reports\/\d+$/);

    await page.getByTestId('report-section-final').waitFor();
    expect(await page.getByTestId('report-status').innerText()).toBe('Черновик');
    // The numbers are there: indicators by years, the schools rated, a chart drawn, findings listed.
    expect(await page.getByTestId('report-indicators').locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('report-comparison').count()).toBeGreaterThan(0);
    const chart = page.getByTestId('report-chart').first();
    await chart.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => chart.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 15_000 })
      .toBeGreaterThan(100);
    expect(await page.getByTestId('report-deficits').locator('.ant-list-item').count()).toBeGreaterThan(0);

    const text = page.getByTestId('report-text-conclusions');
    await text.fill(`${await text.inputValue()}\n${CONCLUSION}`);
    const saved = page.waitForResponse((r) => r.url().endsWith('/sections') && r.request().method() === 'PUT');
    await page.getByTestId('report-save').click();
    expect((await saved).status()).toBe(200);
    await page.getByTestId('report-section-conclusions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'report-draft.png') });

    await page.getByTestId('report-review').click();
    await page.getByTestId('report-minutes-number').fill('3');
    await page
      .locator('.ant-modal input[type=file]')
      .setInputFiles({ name: 'Протокол №3.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 протокол') });
    await page.getByTestId('report-review-submit').click();
    await expect.poll(async () => page.getByTestId('report-status').innerText()).toBe('Рассмотрен рабочей группой');
    expect(await page.getByTestId('report-history').innerText()).toContain('Протокол №3.pdf');

    await page.getByTestId('report-approve').click();
    await page.getByTestId('report-approver-name').fill('Сидорова М. И.');
    await page.getByTestId('report-approver-post').fill('начальник управления образования');
    await page.getByTestId('report-approve-submit').click();
    await expect.poll(async () => page.getByTestId('report-status').innerText()).toBe('Утверждён');
    // Frozen: the texts are read, not edited.
    expect(await page.getByTestId('report-text-conclusions').count()).toBe(0);
    expect(await page.getByTestId('report-section-conclusions').innerText()).toContain(CONCLUSION);

    await page.getByTestId('report-publish').click();
    await page.getByTestId('report-publish-confirm').click();
    await expect.poll(async () => page.getByTestId('report-status').innerText()).toBe('Опубликован');
    publicUrl = (await page.getByTestId('report-public-link').getAttribute('href')) ?? '';
    expect(publicUrl).toMatch(/^\/public\/\d+$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(resultsDir, 'report-published.png') });

    const pdf = await page.request.get(`${server?.url ?? ''}${(await page.getByTestId('report-download-pdf').getAttribute('href')) ?? ''}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageErrors).toEqual([]);
  });

  it('finds the report in /public without logging in, on a phone', async () => {
    const browser = page.context().browser();
    if (!browser || !server) throw new Error('no browser');
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ru-RU', isMobile: true });
    const visitor = await phone.newPage();
    const errors: string[] = [];
    visitor.on('pageerror', (e) => errors.push(e.message));
    await visitor.goto(`${server.url}/public`);
    await visitor.getByTestId('public-item').first().waitFor();
    expect(visitor.url()).toMatch(/\/public$/);
    await visitor.getByTestId('public-item-link').first().click();
    await visitor.waitForURL(new RegExp(`${publicUrl}$`));
    await visitor.getByTestId('public-document-title').waitFor();
    expect(await visitor.getByTestId('public-document-title').innerText()).toContain('Аналитический отчёт по направлению');
    expect(await visitor.getByTestId('public-section-conclusions').innerText()).toContain(CONCLUSION);
    expect(await visitor.getByTestId('public-download-pdf').count()).toBe(1);
    // Nothing overflows the phone's width but the tables, which scroll inside themselves.
    const overflow = await visitor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await visitor.screenshot({ path: join(resultsDir, 'public-report-phone.png') });
    expect(errors).toEqual([]);
    await phone.close();
  });
});
