import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir } from './browser-session.ts';
import { demoPage, logInAs, startDemoServer, type DemoServer } from './demo-server.ts';
import { browserTestsEnabled, launchChromium } from './launch-chromium.ts';

// The district operator renames its municipality to a name with a link in it, as a phisher
// would. The administrator's scoring chart and a school's result-card chart show that name in
// their tooltips (HTML): it must read as text there, with no <a> element in the tooltip.
// Loading the demo takes minutes on a busy machine, hence the long setup limit.

const LINK = '<a href="https://evil.example/login">Сессия истекла — войдите</a>';
const EVIL_NAME = `Промышленновский МО ${LINK}`;

describe.skipIf(!browserTestsEnabled)('chart tooltips (browser)', () => {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  let operator: Page;
  let admin: Page;
  const pageErrors: string[] = [];
  let municipalityId = 0;

  const api = async <T>(page: Page, path: string): Promise<T> => {
    const res = await page.request.get(`${server!.url}${path}`);
    expect(res.status(), path).toBe(200);
    return (await res.json()) as T;
  };

  /** Moves the mouse over the chart until its tooltip shows `text`; returns the tooltip. */
  async function hoverUntilTooltip(page: Page, chart: Locator, text: string): Promise<Locator> {
    await chart.locator('canvas').first().waitFor();
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error('the chart has no box');
    const tooltip = page.locator('.chart-tooltip').filter({ hasText: text });
    for (let fy = 0.05; fy < 1; fy += 0.06) {
      for (let fx = 0.1; fx < 1; fx += 0.1) {
        await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
        await page.waitForTimeout(40);
        if ((await tooltip.count()) > 0 && (await tooltip.first().isVisible())) return tooltip.first();
      }
    }
    throw new Error(`no tooltip with «${text}» anywhere over the chart`);
  }

  async function expectTextNotLink(tooltip: Locator): Promise<void> {
    const text = await tooltip.innerText();
    expect(text).toContain('<a href=');
    expect(text).toContain(LINK);
    expect(await tooltip.locator('a').count()).toBe(0);
    expect(await tooltip.evaluate((el) => el.querySelectorAll('a, img, script, iframe').length)).toBe(0);
  }

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startDemoServer('chart-tooltips');
    browser = await launchChromium();
    operator = await demoPage(browser, pageErrors);
    admin = await demoPage(browser, pageErrors);
    await logInAs(operator, server, 'demo.municipal');
    await logInAs(admin, server, 'demo.admin');
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the district operator rename its municipality to markup (it is only text)', async () => {
    const { user } = await api<{ user: { scopeOrgId: number } }>(operator, '/api/auth/me');
    municipalityId = user.scopeOrgId;
    const { org } = await api<{ org: { version: number } }>(operator, `/api/orgs/${municipalityId}`);
    const res = await operator.request.patch(`${server!.url}/api/orgs/${municipalityId}`, {
      data: { version: org.version, name: EVIL_NAME, shortName: EVIL_NAME },
    });
    expect(res.status(), await res.text()).toBe(200);
  });

  it('shows the name as text in the administrator’s scoring-index chart', async () => {
    const { items } = await api<{ items: { id: number; kind: string }[] }>(admin, '/api/scoring/rounds');
    const round = items.find((r) => r.kind === 'expert');
    if (!round) throw new Error('the demo has no expert round');
    await admin.goto(`${server!.url}/scoring/${round.id}`);
    const tooltip = await hoverUntilTooltip(admin, admin.getByTestId('index-chart'), 'Сессия истекла');
    await expectTextNotLink(tooltip);
    await admin.screenshot({ path: join(resultsDir, 'chart-tooltip-scoring.png') });
  });

  it('shows the name as text in a school’s result-card dynamics chart', async () => {
    const { items: schools } = await api<{ items: { id: number; type: string | null }[] }>(admin, `/api/orgs?parentId=${municipalityId}`);
    const school = schools.find((s) => s.type === 'school');
    const { items: catalogues } = await api<{ items: { id: number; code: string }[] }>(admin, '/api/catalogues');
    const catalogue = catalogues.find((c) => c.code === 'seed001-municipal');
    if (!school || !catalogue) throw new Error('the demo has no school or no seed001-municipal catalogue');
    await admin.goto(`${server!.url}/results/card/${school.id}?catalogueId=${catalogue.id}`);
    const tooltip = await hoverUntilTooltip(admin, admin.getByTestId('result-chart'), 'Сессия истекла');
    await expectTextNotLink(tooltip);
    await admin.screenshot({ path: join(resultsDir, 'chart-tooltip-result-card.png') });
    expect(pageErrors).toEqual([]);
  });
});
