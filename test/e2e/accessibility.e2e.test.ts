import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access/role.ts';
import { demoIds, indicatorPath, INDICATOR_FROM_RATINGS, pagesOf } from './app-pages.ts';
import { checkPages } from './axe-check.ts';
import { demoPage, logInAs, startDemoServer, type DemoServer } from './demo-server.ts';
import { browserTestsEnabled, launchChromium } from './launch-chromium.ts';

// ГОСТ Р 52872-2019 (WCAG 2.1 AA): every page of the router, as every demo role that can open it,
// has no axe-core violation of the WCAG 2.0/2.1 A and AA rules, one h1 and headings in order.
// The login page, the public section and the first-run page are checked without a session.
// One server and one browser for the file, one browser context per role.

/** Some thirty pages, two to four seconds each on a busy machine. */
const PER_ROLE_TIMEOUT = 300_000;

const ROLES: { login: string; role: Role }[] = [
  { login: 'demo.admin', role: 'admin' },
  { login: 'demo.region', role: 'regional_operator' },
  { login: 'demo.municipal', role: 'municipal_operator' },
  { login: 'demo.expert', role: 'expert' },
  { login: 'demo.school', role: 'org_representative' },
  { login: 'demo.viewer', role: 'viewer' },
];

describe.skipIf(!browserTestsEnabled)('accessibility of every page (browser, axe-core)', () => {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];
  let ids: Awaited<ReturnType<typeof demoIds>> | undefined;
  let documentId = 0;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startDemoServer('a11y');
    // The demo's approved report is published (for the public document's page) and gets a new
    // draft version: the report page then shows its sections' text areas to those who edit it.
    const operator = await signedIn('demo.municipal');
    const { reportId } = await theIds();
    const published = await operator.request.post(`${server.url}/api/reports/${reportId}/publish`);
    expect(published.status(), await published.text()).toBe(200);
    const draft = await operator.request.post(`${server.url}/api/reports/${reportId}/versions`);
    expect(draft.status(), await draft.text()).toBe(201);
    const documents = await operator.request.get(`${server.url}/api/public/documents`);
    documentId = ((await documents.json()) as { items: { id: number }[] }).items[0]?.id ?? 0;
    expect(documentId).toBeGreaterThan(0);
    await operator.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(login: string): Promise<Page> {
    if (!browser || !server) throw new Error('the server or the browser did not start');
    const page = await demoPage(browser, pageErrors);
    await logInAs(page, server, login);
    return page;
  }

  /** The demo's ids (its school among them), read once as the administrator. */
  async function theIds(): Promise<NonNullable<typeof ids>> {
    if (ids) return ids;
    const school = await signedIn('demo.school');
    const me = await school.request.get(`${server!.url}/api/auth/me`);
    const schoolId = ((await me.json()) as { user: { scopeOrgId: number } }).user.scopeOrgId;
    await school.context().close();
    const admin = await signedIn('demo.admin');
    ids = await demoIds(admin, server!.url, schoolId);
    await admin.context().close();
    return ids;
  }

  it('the login page, the public section and the first-run page, without a session', async () => {
    if (!browser || !server) throw new Error('the server or the browser did not start');
    const page = await demoPage(browser, pageErrors);
    const pages = [
      { name: 'Вход', path: '/login' },
      { name: 'Публичный раздел', path: '/public' },
      { name: 'Опубликованный документ', path: `/public/${documentId}` },
      { name: 'Первоначальная настройка (недействительная ссылка)', path: '/setup/no-such-token' },
    ];
    const problems = await checkPages(page, server.url, pages, 'без входа');
    await page.context().close();
    expect(problems.join('\n')).toBe('');
  });

  for (const { login, role } of ROLES) {
    it(
      `every page ${login} can open`,
      async () => {
        if (!server) throw new Error('the server did not start');
        const base = server.url;
        const demo = await theIds();
        const page = await signedIn(login);
        const pages = await pagesOf(page, base, role, demo);
        const problems = await checkPages(page, base, pages, login, async (path) =>
          path === INDICATOR_FROM_RATINGS ? indicatorPath(page, base) : path,
        );
        await page.context().close();
        expect(problems.join('\n')).toBe('');
        expect(pageErrors).toEqual([]);
      },
      PER_ROLE_TIMEOUT,
    );
  }
});
