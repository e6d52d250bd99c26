import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, openBrowserSession, resultsDir, type BrowserSession, type TestServer } from './browser-session.ts';
import { browserTestsEnabled } from './launch-chromium.ts';

// The personnel reserve of the demo district, as its municipal operator keeps it for the reporting
// year: a candidate is nominated, diagnosed, given a development plan that is then fulfilled, enrolled
// and appointed to the vacant post of a kindergarten's head; the reserve's seed-003 indicators move
// with each step, and the new leader's card shows the organisation's results and zone.

const NAME = 'Лебедева Ольга Игоревна';

/** The value shown for an indicator of the reserve (its row in the indicators table). */
async function indicator(page: Page, code: string): Promise<string> {
  return page.getByTestId('reserve-indicators').locator('tr', { hasText: code }).locator('td').last().innerText();
}
const count = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));

describe.skipIf(!browserTestsEnabled)('leaders and the personnel reserve (browser)', () => {
  let session: BrowserSession | undefined;
  let server: TestServer | undefined;
  let page: Page;
  let pageErrors: string[] = [];
  const before: Record<string, number> = {};

  beforeAll(async () => {
    session = await openBrowserSession();
    ({ server, page, pageErrors } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the reserve of the district with candidates at every stage and its indicators', async () => {
    if (!server) throw new Error('test server not started');
    await logIn(page, server);
    await page.getByTestId('side-menu').getByText('Кадровый резерв').click();
    await page.waitForURL(/\/reserve$/);
    await expect.poll(async () => page.getByTestId('reserve-territory').innerText()).toContain('Промышленновский');
    const table = page.getByTestId('candidates-table');
    await expect.poll(async () => table.locator('tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(5);
    for (const stage of ['кандидат на включение', 'зачислен в резерв', 'назначен на должность', 'исключён из резерва']) {
      expect(await table.innerText()).toContain(stage);
    }
    await expect.poll(async () => page.getByTestId('reserve-indicators').locator('tbody tr').count()).toBeGreaterThan(5);
    for (const code of ['D4.04', 'D4.05', 'D4.07', 'D4.09']) before[code] = count(await indicator(page, code));
    await page.screenshot({ path: join(resultsDir, 'reserve.png'), fullPage: true });
  });

  it('nominates a candidate, records the diagnostics and a plan, marks it done, enrols and appoints them; the indicators move', async () => {
    await page.getByTestId('candidate-add').click();
    await page.getByTestId('candidate-name').fill(NAME);
    await page.getByTestId('candidate-nominated').fill('20.01.2025');
    await page.getByTestId('candidate-post').fill('заместитель заведующего');
    await page.getByTestId('candidate-create-submit').click();
    await page.waitForURL(/\/reserve\/candidates\/\d+$/);
    expect(await page.getByTestId('candidate-status').innerText()).toBe('кандидат на включение');

    await page.getByTestId('candidate-diagnostics').click();
    await page.getByTestId('reserve-event-date').fill('10.02.2025');
    await page.getByTestId('reserve-event-passed').getByText('пройдена успешно').click();
    await page.getByTestId('reserve-event-submit').click();
    await expect.poll(async () => page.getByTestId('candidate-events').innerText()).toContain('пройдена успешно');

    await page.getByTestId('candidate-enroll-date').fill('01.03.2025');
    await page.getByTestId('candidate-enroll').click();
    await expect.poll(async () => page.getByTestId('candidate-status').innerText()).toBe('зачислен в резерв');

    for (const [title, due] of [
      ['Стажировка в детском саду «Солнышко»', '01.06.2025'],
      ['Проект программы развития организации', '01.10.2025'],
    ] as const) {
      await page.getByTestId('plan-item-title').fill(title);
      await page.getByTestId('plan-item-due').fill(due);
      await page.getByTestId('plan-item-add').click();
      await expect.poll(async () => page.getByTestId('plan-items').innerText()).toContain(title);
    }
    // Each item is ticked (today) and its real date of completion corrected.
    const rows = page.getByTestId('plan-items').locator('tbody tr');
    for (const [i, done] of ['25.05.2025', '20.09.2025'].entries()) {
      // The box is ticked once the server has recorded it.
      await rows.nth(i).locator('input[type=checkbox]').click();
      const date = rows.nth(i).locator('input[placeholder="дд.мм.гггг"]');
      await date.waitFor();
      await date.fill(done);
      await expect.poll(async () => rows.nth(i).locator('input[placeholder="дд.мм.гггг"]').inputValue()).toBe(done);
    }
    await expect.poll(async () => page.getByTestId('plan-completion').innerText()).toContain('Выполнено 100 %');

    await page.getByTestId('candidate-appoint').click();
    await expect.poll(async () => page.getByTestId('appoint-org').innerText()).toContain('Детский сад');
    await page.getByTestId('appoint-post').fill('заведующий');
    await page.getByTestId('appoint-date').fill('01.12.2025');
    await page.getByTestId('appoint-order').fill('88-к');
    await page.getByTestId('appoint-order-date').fill('25.11.2025');
    await page.getByTestId('appoint-approver').fill('Сидорова Мария Ивановна');
    await page.getByTestId('appoint-approver-post').fill('начальник управления образования');
    await page.getByTestId('appoint-submit').click();
    await expect.poll(async () => page.getByTestId('candidate-status').innerText()).toBe('назначен на должность');
    expect(await page.getByTestId('candidate-appointment').innerText()).toContain('приказ № 88-к от 25.11.2025');
    await page.screenshot({ path: join(resultsDir, 'candidate.png'), fullPage: true });

    await page.goto(`${server?.url ?? ''}/reserve`);
    await expect.poll(async () => page.getByTestId('reserve-indicators').locator('tbody tr').count()).toBeGreaterThan(5);
    expect(count(await indicator(page, 'D4.04'))).toBe(before['D4.04']! + 1); // covered by diagnostics in 2025
    expect(count(await indicator(page, 'D4.05'))).toBe(before['D4.05']! + 1); // passed it
    expect(count(await indicator(page, 'D4.07'))).toBe(before['D4.07']! + 1); // appointed in 2025
    expect(count(await indicator(page, 'D4.09'))).toBe(before['D4.09']! + 1); // plan done in full
  });

  it('the new leader is in the register; their card shows the organisation’s results and the zone', async () => {
    await page.getByTestId('side-menu').getByText('Руководители').click();
    await page.waitForURL(/\/leaders$/);
    const table = page.getByTestId('leaders-table');
    await expect.poll(async () => table.getByTestId('leader-zone').count(), { timeout: 10_000 }).toBeGreaterThan(5);
    expect(await page.getByTestId('leader-vacancies').count()).toBe(0); // the vacancy is filled
    await page.screenshot({ path: join(resultsDir, 'leaders.png') });
    await page.getByTestId('leaders-search').locator('input').fill('Лебедева');
    await expect.poll(async () => table.innerText()).toContain(NAME);
    await table.getByText(NAME).click();
    await page.waitForURL(/\/leaders\/\d+$/);
    await expect.poll(async () => page.getByTestId('leader-results').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('leader-results').innerText()).toMatch(/\d/);
    expect(await page.getByTestId('leader-record').innerText()).toContain('01.12.2025');
    await page.screenshot({ path: join(resultsDir, 'leader.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
