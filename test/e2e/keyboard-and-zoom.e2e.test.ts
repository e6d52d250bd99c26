import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir } from './browser-session.ts';
import { logInAs, startDemoServer, type DemoServer } from './demo-server.ts';
import { browserTestsEnabled, launchChromium } from './launch-chromium.ts';

// The app shell for keyboard users and at 200 % zoom (ГОСТ Р 52872-2019 / WCAG 2.1 AA):
// - a keyboard-only journey (page.keyboard only, no clicks): the demo school's representative logs in,
//   opens the form of the demo campaign, fills two fields, submits, reads the error and reaches the
//   first field in error, with a visible focus ring all the way and the header never scrolled away;
// - the shell at 640 px wide (a 1280 px screen at 200 %): the demo badge beside the user's name,
//   the menu as a labelled drawer, and a list page showing several table rows.

interface Focused {
  tag: string;
  text: string;
  testId: string | null;
  field: string | null;
  invalid: string | null;
  inMenu: boolean;
  inMain: boolean;
  outline: string;
  box: { top: number; bottom: number; left: number; right: number } | null;
}

/** What has the keyboard focus now (document.activeElement), with its place and focus ring. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // an input inside an antd wrapper shows its ring on the wrapper
    const ringed = el?.closest('.ant-input-affix-wrapper, .ant-select, .ant-picker, .ant-input-number') ?? el;
    const style = ringed ? getComputedStyle(ringed) : null;
    const rect = el?.getBoundingClientRect();
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.innerText ?? '').trim(),
      testId: el?.getAttribute('data-testid') ?? null,
      field: el?.getAttribute('data-field') ?? null,
      invalid: el?.getAttribute('aria-invalid') ?? null,
      inMenu: Boolean(el?.closest('[data-testid="side-menu"]')),
      inMain: Boolean(el?.closest('main')),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : '',
      box: rect ? { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right } : null,
    };
  });

/** Presses a key until the focus satisfies `reached`; fails after `limit` presses. Returns the number of presses. */
const pressUntil = async (page: Page, key: string, reached: (f: Focused) => boolean, limit: number, what: string): Promise<number> => {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(key);
    // antd's menus move the focus on the next animation frame: read it after two
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (reached(await focused(page))) return presses;
  }
  throw new Error(`${what}: not reached in ${limit} presses of ${key}; focus is on ${JSON.stringify(await focused(page))}`);
};

/** The focus ring is the shell's: a solid outline of at least 2 px (once antd's 0.2 s transition is over). */
const expectRing = async (page: Page): Promise<void> => {
  await expect
    .poll(async () => (await focused(page)).outline, { timeout: 2_000 })
    .toMatch(/^solid 2px rgb\((22, 89, 168|255, 255, 255)\)$/);
};

describe.skipIf(!browserTestsEnabled)('keyboard and 200 % zoom (browser)', () => {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];

  const newPage = async (width: number, height: number): Promise<Page> => {
    if (!browser) throw new Error('browser not started');
    const context = await browser.newContext({ viewport: { width, height }, locale: 'ru-RU' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  };

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startDemoServer('keyboard');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a keyboard-only journey: log in, open a form, fill two fields, submit, read the error and reach it', async () => {
    if (!server) throw new Error('server not started');
    const page = await newPage(1366, 768);
    await page.goto(server.url);
    await page.waitForURL(/\/login$/);
    const keys = page.keyboard;

    // Log in: the login field has the focus, Tab goes to the password, Enter sends the form.
    await page.getByTestId('login-input').waitFor();
    await expect.poll(async () => (await focused(page)).testId).toBe('login-input');
    await keys.type('demo.school');
    await pressUntil(page, 'Tab', (f) => f.testId === 'password-input', 3, 'password field');
    await keys.type(server.passwordOf('demo.school'));
    await keys.press('Enter');
    await page.waitForURL(/\/orgs(\/\d+)?$/);
    await page.getByTestId('side-menu').waitFor();

    // The menu (before the page content) is reached by Shift+Tab and walked with the arrows; Enter opens «Сбор данных».
    await pressUntil(page, 'Shift+Tab', (f) => f.inMenu, 20, 'side menu');
    await pressUntil(page, 'ArrowDown', (f) => f.inMenu && f.text === 'Сбор данных', 8, '«Сбор данных» in the menu');
    await expectRing(page);
    await keys.press('Enter');
    await page.waitForURL(/\/campaigns$/);
    await page.getByTestId('campaigns-table').waitFor();

    // The demo campaign's form of the school: Tab to «Заполнить форму», Enter.
    await pressUntil(page, 'Tab', (f) => f.testId === 'campaign-fill-form', 10, '«Заполнить форму»');
    await expectRing(page);
    await keys.press('Enter');
    await page.waitForURL(/\/campaigns\/\d+\/forms\/\d+$/);
    await page.getByTestId('form-fields-table').first().waitFor();

    // The button that opened the page is gone: Tab starts again at the top, on «Перейти к содержимому»,
    // shown while focused; Enter moves the focus to the page content, and a few Tabs reach the first field.
    await keys.press('Tab');
    const skip = await focused(page);
    expect(skip.text).toBe('Перейти к содержимому');
    expect(skip.box?.top ?? -1).toBeGreaterThanOrEqual(0);
    expect((skip.box?.bottom ?? 0) - (skip.box?.top ?? 0)).toBeGreaterThan(10);
    await expectRing(page);
    await keys.press('Enter');
    expect((await focused(page)).tag).toBe('main');
    const tabsToField = await pressUntil(page, 'Tab', (f) => f.field !== null, 8, 'the first field');
    console.log(`Tabs from the page content to the form's first field: ${tabsToField}`);
    const first = await focused(page);
    await expectRing(page);
    await keys.type('120');
    // (a value far from last year's adds a comment field after it: Tab passes it)
    await pressUntil(page, 'Tab', (f) => f.field !== null && f.field !== first.field, 3, 'the second field');
    await keys.type('7');
    await page.screenshot({ path: join(resultsDir, 'keyboard-form-filled.png') });

    // Submit: the button is above the fields, Shift+Tab goes back to it.
    await pressUntil(page, 'Shift+Tab', (f) => f.testId === 'form-submit', 20, '«Отправить на проверку»');
    await keys.press('Enter');
    const error = page.getByTestId('form-submit-error');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.innerText()).toContain('Форму нельзя отправить');

    // Tab from the button reaches the first field in error, shown below the header with its message.
    await pressUntil(page, 'Tab', (f) => f.invalid === 'true', 20, 'the first field in error');
    const wrong = await focused(page);
    await expectRing(page);
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.y).toBe(0);
    expect(wrong.box?.top ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
    expect(wrong.box?.bottom ?? Infinity).toBeLessThanOrEqual(768);
    const issue = page.locator(`[data-issue-field="${wrong.field ?? ''}"][data-severity="error"]`).first();
    expect((await issue.innerText()).length).toBeGreaterThan(0);
    await page.screenshot({ path: join(resultsDir, 'keyboard-form-error.png') });

    // The user's menu in the header: Enter opens it on its first item, Escape closes it back onto its button.
    await pressUntil(page, 'Shift+Tab', (f) => f.testId === 'current-user', 30, 'the user menu');
    await keys.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toBe('Сменить пароль');
    await keys.press('Escape');
    await expect.poll(async () => (await focused(page)).testId).toBe('current-user');
    expect(pageErrors).toEqual([]);
  });

  it('at 640 px (200 % zoom of 1280): the header wraps without overlap, the menu is a labelled drawer, a list shows its rows', async () => {
    if (!server) throw new Error('server not started');
    const width = 640;
    const height = 720;
    const page = await newPage(width, height);
    await logInAs(page, server, 'demo.municipal');
    await page.locator('.orgs-page').waitFor();

    // The header: the demo badge and the user's name side by side or on two lines, never on each other.
    const badge = await page.getByTestId('demo-tag').boundingBox();
    const name = await page.locator('.app-user-name').boundingBox();
    if (!badge || !name) throw new Error('the demo badge or the user name is not shown');
    const apart =
      badge.x + badge.width <= name.x ||
      name.x + name.width <= badge.x ||
      badge.y + badge.height <= name.y ||
      name.y + name.height <= badge.y;
    expect(apart, `badge ${JSON.stringify(badge)}, name ${JSON.stringify(name)}`).toBe(true);
    for (const box of [badge, name]) expect(box.x + box.width).toBeLessThanOrEqual(width);
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height ?? height).toBeLessThanOrEqual(height / 5);
    await page.screenshot({ path: join(resultsDir, 'zoom-640-header.png') });

    // The menu: closed, opened by the «Меню» button into a drawer with the items' labels.
    await expect.poll(async () => page.getByTestId('side-menu').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Меню', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Меню' });
    await drawer.waitFor();
    const item = drawer.getByTestId('side-menu').getByText('Сбор данных', { exact: true });
    await item.waitFor();
    const label = await item.boundingBox();
    expect(label?.width ?? 0).toBeGreaterThan(60);
    expect((label?.x ?? width) + (label?.width ?? 0)).toBeLessThanOrEqual(width);
    await page.waitForTimeout(400); // the drawer's slide-in
    await page.screenshot({ path: join(resultsDir, 'zoom-640-menu.png') });
    await item.click();
    await page.waitForURL(/\/campaigns$/);
    await expect.poll(async () => drawer.isVisible()).toBe(false);

    // A list page: the header scrolls away with the page, and the campaign's progress table shows many rows at once.
    await page.getByTestId('campaign-link').first().click();
    const table = page.getByTestId('campaign-progress-table');
    const rows = table.locator('tbody tr.ant-table-row');
    await expect.poll(async () => rows.count()).toBeGreaterThanOrEqual(5);
    await table.locator('thead').evaluate((head) => head.scrollIntoView({ block: 'start' }));
    const visibleRows = await rows.evaluateAll(
      (trs, viewport) =>
        trs.filter((tr) => {
          const r = tr.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= viewport;
        }).length,
      height,
    );
    console.log(`Table rows fully visible at ${width}×${height}: ${visibleRows}`);
    expect(visibleRows).toBeGreaterThanOrEqual(5);
    expect((await page.locator('.app-header').boundingBox())?.y ?? 0).toBeLessThan(0);
    await page.screenshot({ path: join(resultsDir, 'zoom-640-list.png') });
    expect(pageErrors).toEqual([]);
  });
});
