import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir } from './browser-session.ts';
import { startDemoServer, type DemoServer } from './demo-server.ts';
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
    expect(pageErrors).toEqual([]);
  });
});
