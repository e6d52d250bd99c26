import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir } from './browser-session.ts';
import { demoPage, logInAs, startDemoServer, type DemoServer } from './demo-server.ts';
import { browserTestsEnabled, launchChromium } from './launch-chromium.ts';

// The district operator opens «Школы с рисками низких результатов» on the demo region: the ШНОР tab lists
// the schools the rules flag (as many as the API says), with the evidence of each; a stricter threshold
// flags fewer; the list is saved as a group of the district. The ШФНСУ tab: the demo has no social
// context data (only staff and pupils), so no school is flagged and the schools are «недостаточно данных».

interface ListCounts {
  period: { code: string } | null;
  schoolsTotal: number;
  schools: { orgId: number; code: string; stablyLow?: boolean; status?: string }[];
}

describe.skipIf(!browserTestsEnabled)('schools at risk (browser)', () => {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const shot = async (name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(resultsDir, `schools-at-risk-${name}.png`), fullPage: true });
  };
  const api = async (path: string): Promise<ListCounts> => {
    const res = await page.request.get(`${server!.url}${path}`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as { list: ListCounts }).list;
  };

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startDemoServer('schools-at-risk');
    browser = await launchChromium();
    page = await demoPage(browser, pageErrors);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the ШНОР schools of the district with the evidence and saves them as a group', async () => {
    await logInAs(page, server!, 'demo.municipal');
    await page.getByTestId('side-menu').getByText('Школы с рисками').click();
    await page.waitForURL(/\/schools-at-risk$/);
    const expected = await api('/api/schools-at-risk/shnor');
    const flagged = expected.schools.filter((s) => s.stablyLow);
    expect(expected.period?.code).toMatch(/^\d{4}\/\d{4}$/);
    expect(flagged.length).toBeGreaterThan(0);

    const summary = page.getByTestId('shnor-summary');
    await expect.poll(async () => summary.innerText()).toContain(`ШНОР — ${flagged.length} `);
    expect(await summary.innerText()).toContain(`из ${expected.schoolsTotal}`);
    const table = page.getByTestId('shnor-table');
    await expect.poll(async () => table.locator('tbody tr.ant-table-row').count()).toBe(flagged.length);
    expect(await table.innerText()).toContain(flagged[0]!.code);
    const firstRow = table.locator('tbody tr.ant-table-row').first();
    expect(await firstRow.getByTestId('shnor-trend').innerText()).toContain(expected.period!.code);
    await firstRow.locator('.ant-table-row-expand-icon').click();
    const evidence = page.getByTestId('shnor-evidence').first();
    await evidence.waitFor();
    const text = await evidence.innerText();
    expect(text).toContain('≥ 30 %');
    expect(text).toContain('для ШНОР нужно не менее 2');
    expect(text).toMatch(/\d+ из \d+ участников \(\d+(,\d)? %\)/); // decimal comma
    await shot('shnor');

    // a stricter rule flags fewer schools, as the API computes it
    const strict = await api('/api/schools-at-risk/shnor?thresholdPercent=60');
    const strictCount = strict.schools.filter((s) => s.stablyLow).length;
    expect(strictCount).toBeLessThanOrEqual(flagged.length);
    await page.getByTestId('shnor-threshold').fill('60');
    await page.getByTestId('shnor-recompute').click();
    await expect.poll(async () => summary.innerText()).toContain(`ШНОР — ${strictCount} `);
    await page.getByTestId('shnor-threshold').fill('30');
    await page.getByTestId('shnor-recompute').click();
    await expect.poll(async () => summary.innerText()).toContain(`ШНОР — ${flagged.length} `);

    await page.getByTestId('shnor-save-group').click();
    await page.getByTestId('shnor-group-name').fill('ШНОР (проверка e2e)');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/schools-at-risk/groups'));
    await page.getByTestId('shnor-group-ok').click();
    expect((await saved).status()).toBe(201);
    await expect.poll(async () => page.locator('.ant-message').innerText()).toContain('Группа «ШНОР (проверка e2e)» сохранена');
    const card = await page.request.get(`${server!.url}/api/orgs/${flagged[0]!.orgId}`);
    expect(JSON.stringify(await card.json())).toContain('ШНОР (проверка e2e)');
    await shot('saved');

    // the same name again is refused with the server's message
    await page.getByTestId('shnor-save-group').click();
    await page.getByTestId('shnor-group-name').fill('ШНОР (проверка e2e)');
    await page.getByTestId('shnor-group-ok').click();
    await expect.poll(async () => page.getByTestId('shnor-group-ok-error').innerText()).toContain('уже есть');
    await page.getByRole('button', { name: 'Отмена' }).click();
  });

  it('lists the ШФНСУ schools of the district with each factor against its threshold', async () => {
    const expected = await api('/api/schools-at-risk/shfnsu');
    const flagged = expected.schools.filter((s) => s.status === 'unfavourable').length;
    const undecided = expected.schools.filter((s) => s.status === 'insufficient_data').length;
    expect(flagged).toBeGreaterThan(0); // the demo's social context flags some schools
    await page.getByRole('tab', { name: 'ШФНСУ' }).click();
    const summary = page.getByTestId('shfnsu-summary');
    await expect.poll(async () => summary.innerText()).toContain(`ШФНСУ — ${flagged} `);
    expect(await summary.innerText()).toContain(`недостаточно данных — ${undecided}`);
    await page.getByTestId('shfnsu-show').getByText('Все школы').click();
    const table = page.getByTestId('shfnsu-table');
    await expect.poll(async () => table.locator('tbody tr.ant-table-row').count()).toBe(expected.schoolsTotal);
    await table.locator('tbody tr.ant-table-row').first().locator('.ant-table-row-expand-icon').click();
    const evidence = page.getByTestId('shfnsu-evidence').first();
    await evidence.waitFor();
    const text = await evidence.innerText();
    expect(text).toContain('Кадровый дефицит: вакансии педагогических работников');
    expect(text).toMatch(/Дети-сироты и дети, оставшиеся без попечения родителей: \d+ из \d+ обучающихся/);
    if (undecided > 0) expect(text).toContain('нет данных');
    await shot('shfnsu');
    expect(pageErrors).toEqual([]);
  });
});
