import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, openBrowserSession, resultsDir, type BrowserSession, type TestServer } from './browser-session.ts';
import { browserTestsEnabled } from './launch-chromium.ts';

// The test server computes the seed001-municipal results for three school years.
const DISTRICT = 'Промышленновский муниципальный округ';

interface Target {
  catalogueId: number;
  periodId: number;
  key: string;
  code: string;
}

/** Through the API, as the logged-in user: the district's schools and a percent indicator most of them have. */
async function findTarget(page: Page): Promise<Target> {
  return page.evaluate(async (district) => {
    const get = async (url: string) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      return res.json();
    };
    const catalogues: { id: number; code: string }[] = (await get('/api/catalogues')).items;
    const periods: { id: number; kind: string; startsOn: string }[] = (await get('/api/periods')).items;
    const catalogue = catalogues.find((c) => c.code === 'seed001-municipal');
    const period = periods.filter((p) => p.kind === 'school_year').sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
    if (!catalogue || !period) throw new Error('no seed001 catalogue or school year');
    const q = `catalogueId=${catalogue.id}&periodId=${period.id}`;
    const comparisons: { key: string; title: string }[] = (await get(`/api/ratings?${q}`)).items;
    const schools = comparisons.find((c) => c.title === `${district}: школы`);
    if (!schools) throw new Error('no rating of the district schools');
    const view = await get(`/api/ratings/view?${q}&key=${encodeURIComponent(schools.key)}`);
    const indicators: { code: string; unit: string; polarity: string }[] = view.content.indicators;
    const rated: { code: string; cells: Record<string, { value: { kind: string } }> }[] = view.content.rating.indicators;
    const withValues = (code: string) =>
      Object.values(rated.find((r) => r.code === code)?.cells ?? {}).filter((c) => c.value.kind === 'ok').length;
    const indicator = indicators.find((i) => i.unit === 'percent' && i.polarity === 'higher_better' && withValues(i.code) >= 8);
    if (!indicator) throw new Error('no percent indicator with values');
    return { catalogueId: catalogue.id, periodId: period.id, key: schools.key, code: indicator.code };
  }, DISTRICT);
}

describe.skipIf(!browserTestsEnabled)('indicator page (browser)', () => {
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

  it('shows the distribution, quartiles, best and worst schools and the trend of one indicator', async () => {
    if (!server) throw new Error('test server not started');
    await logIn(page, server);
    const t = await findTarget(page);
    const query = new URLSearchParams({ catalogueId: String(t.catalogueId), periodId: String(t.periodId), key: t.key });
    await page.goto(`${server.url}/results/indicator/${encodeURIComponent(t.code)}?${query.toString()}`);
    await page.getByTestId('indicator-page').waitFor();

    expect(await page.getByTestId('indicator-comparison').innerText()).toContain(DISTRICT);
    expect(await page.locator('.page-title h1').innerText()).toContain(t.code);
    expect((await page.getByTestId('indicator-formula').innerText()).length).toBeGreaterThan(3);

    // The stats strip: numbers in Russian notation, min ≤ Q1 ≤ median ≤ Q3 ≤ max.
    const stat = async (name: string) =>
      (await page.getByTestId(`indicator-stat-${name}`).locator('.indicator-stat-value').innerText()).trim();
    const number = (text: string) => Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));
    const [min, q1, median, q3, max] = await Promise.all(['min', 'q1', 'median', 'q3', 'max'].map(stat));
    for (const text of [min, q1, median, q3, max]) expect(text).toMatch(/^\d+(,\d+)?\s%$/);
    const values = [min, q1, median, q3, max].map((x) => number(x ?? ''));
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(await stat('count')).toMatch(/^\d+ из \d+$/);
    expect(await stat('without')).toMatch(/^\d+$/);
    expect(await stat('scope')).toMatch(/\d/);

    // The charts are drawn (ECharts canvases).
    for (const chart of ['indicator-boxplot', 'indicator-histogram', 'indicator-trend']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor();
    }
    expect(await page.getByTestId('indicator-trend-reading').innerText()).toMatch(/растёт|снижается|без изменений/);

    // Best and worst: three each; the best value is the maximum, the worst the minimum (higher is better).
    const best = page.getByTestId('indicator-best').getByTestId('indicator-ranked-item');
    const worst = page.getByTestId('indicator-worst').getByTestId('indicator-ranked-item');
    expect(await best.count()).toBe(3);
    expect(await worst.count()).toBe(3);
    expect(await best.first().locator('.indicator-ranked-value').innerText()).toBe(max);
    expect(await worst.first().locator('.indicator-ranked-value').innerText()).toBe(min);
    expect(await best.first().locator('.indicator-rank').innerText()).toBe('1');

    // Fits the laptop screen: nothing wider than the content area.
    const overflow = await page.evaluate(() => {
      const el = document.querySelector('.app-content');
      return el ? el.scrollWidth - el.clientWidth : 0;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(resultsDir, 'indicator-page.png') });

    expect(pageErrors).toEqual([]);
  });

  it('is opened from an indicator header of the rating table', async () => {
    if (!server) throw new Error('test server not started');
    const t = await findTarget(page);
    const query = new URLSearchParams({ catalogue: String(t.catalogueId), period: String(t.periodId), key: t.key });
    await page.goto(`${server.url}/ratings?${query.toString()}`);
    await page.getByTestId('rating-table').waitFor();
    await page.getByTestId('rating-indicators-switch').click();
    const link = page.getByTestId('rating-indicator-link').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(
      /^\/results\/indicator\/[^?]+\?catalogueId=\d+&periodId=\d+&key=municipality%3A\d+%3Aschool$/,
    );
    await link.click();
    await page.waitForURL(/\/results\/indicator\//);
    await page.getByTestId('indicator-stats').waitFor();
    await page.getByTestId('indicator-back').click();
    await page.waitForURL(/\/ratings\?/);
    expect(pageErrors).toEqual([]);
  });
});
