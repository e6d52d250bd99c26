import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir } from './browser-session.ts';
import { startDemoServer, type DemoServer } from './demo-server.ts';
import { browserTestsEnabled, launchChromium } from './launch-chromium.ts';

// A data collection campaign end to end: the district's operator (demo.municipal) creates it for
// two indicators of seed001-municipal (D1.03 and D1.05: three counts of 9th-grade graduates), the
// representative of school 99-01-001 (demo.school) fills in the form, the operator returns it and
// accepts it, and the school's indicator value appears in the results.

const CAMPAIGN_NAME = 'Итоги ГИА-9, 2025/2026 (e2e)';
const INDICATORS = ['D1.03', 'D1.05'];
const GRADS = 'graduates_grade_9|';
const ATTESTAT = 'graduates_grade_9_attestat|';
const DISTINCTION = 'graduates_grade_9_attestat_distinction|';

const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const ruDate = (iso: string) => iso.split('-').reverse().join('.');

interface ApiField {
  key: string;
  previous: number | null;
}

describe.skipIf(!browserTestsEnabled)('data collection campaign (browser)', () => {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  let operator: Page;
  let school: Page;
  const pageErrors: string[] = [];
  let campaignId = 0;
  let schoolId = 0;
  let otherSchoolId = 0;
  let catalogueId = 0;
  let fields: ApiField[] = [];
  const entered = { grads: 0, attestat: 0, distinction: 0 };

  const newPage = async (): Promise<Page> => {
    if (!browser) throw new Error('browser not started');
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  };

  const logIn = async (page: Page, login: string): Promise<void> => {
    if (!server) throw new Error('server not started');
    await page.goto(server.url);
    await page.waitForURL(/\/login$/);
    await page.getByTestId('login-input').fill(login);
    await page.getByTestId('password-input').fill(server.passwordOf(login));
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/orgs(\/\d+)?$/);
  };

  const api = async <T>(page: Page, path: string): Promise<T> => {
    const response = await page.request.get(`${server?.url ?? ''}${path}`);
    expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  };

  const shot = async (page: Page, name: string): Promise<void> => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(resultsDir, `campaign-${name}.png`) });
  };

  /** The layout fits 1366×768: the content area does not scroll sideways. */
  const expectNoHorizontalScroll = async (page: Page): Promise<void> => {
    const overflow = await page.evaluate(() => {
      const content = document.querySelector('.app-content');
      return content ? content.scrollWidth - content.clientWidth : 0;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  };

  const formStatus = (page: Page) => page.getByTestId('campaign-form-page').getAttribute('data-status');

  /** Types into a field and waits until the draft is saved. */
  const typeValue = async (page: Page, key: string, value: string): Promise<void> => {
    await page.locator(`[data-field="${key}"]`).fill(value);
    await waitSaved(page);
  };

  const waitSaved = async (page: Page): Promise<void> => {
    await expect.poll(async () => page.getByTestId('form-save-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('saved');
  };

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startDemoServer('campaign');
    browser = await launchChromium();
    operator = await newPage();
    school = await newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the operator creates a campaign for two indicators of the district’s schools', async () => {
    await logIn(operator, 'demo.municipal');
    await operator.getByTestId('side-menu').getByText('Сбор данных', { exact: true }).click();
    await operator.waitForURL(/\/campaigns$/);
    await operator.getByTestId('campaigns-table').waitFor();

    await operator.getByTestId('campaign-create').click();
    const form = operator.getByTestId('campaign-create-form');
    await form.waitFor();
    await operator.getByTestId('campaign-name').fill(CAMPAIGN_NAME);
    await operator.getByTestId('campaign-framework').click();
    await operator.locator('.campaign-framework-popup .ant-select-item-option', { hasText: 'Промышленновский' }).first().click();
    for (const code of INDICATORS) {
      await operator.getByTestId('campaign-indicators').click();
      await operator.keyboard.type(code);
      await operator.locator('.campaign-indicators-popup .ant-select-item-option', { hasText: `${code} —` }).click();
    }
    await operator.keyboard.press('Escape');
    // The indicators are counted over school years: only those are offered.
    await operator.getByTestId('campaign-period').click();
    const periodOptions = operator.locator('.campaign-period-popup .ant-select-item-option');
    await expect.poll(async () => periodOptions.count()).toBeGreaterThan(0);
    expect((await periodOptions.allInnerTexts()).every((t) => t.includes('/'))).toBe(true);
    await operator.locator('.campaign-period-popup .ant-select-item-option', { hasText: '2025/2026' }).click();
    // The territory is the operator's own municipality.
    await expect.poll(async () => operator.getByTestId('campaign-territory').innerText()).toContain('Промышленновский');
    await form.getByText('Школа', { exact: true }).click();
    const start = new Date();
    const deadline = new Date(start.getTime() + 30 * 24 * 3600 * 1000);
    // Dates are typed as дд.мм.гггг (the dots come by themselves).
    await operator.getByTestId('campaign-starts-on').pressSequentially(ruDate(isoDate(start)).replaceAll('.', ''));
    expect(await operator.getByTestId('campaign-starts-on').inputValue()).toBe(ruDate(isoDate(start)));
    await operator.getByTestId('campaign-deadline').fill(ruDate(isoDate(deadline)));
    await shot(operator, 'create');
    await operator.getByTestId('campaign-create-submit').click();

    // Created: the campaign's page with every school of the district not started yet.
    await operator.waitForURL(/\/campaigns\/\d+$/);
    campaignId = Number(/\/campaigns\/(\d+)$/.exec(operator.url())?.[1]);
    await operator.getByTestId('campaign-progress-table').waitFor();
    expect(await operator.getByTestId('campaign-title').innerText()).toBe(CAMPAIGN_NAME);
    expect(await operator.getByTestId('campaign-dates').innerText()).toContain(`${ruDate(isoDate(start))} — ${ruDate(isoDate(deadline))}`);
    const { campaign } = await api<{
      campaign: { frameworkId: number; participants: number; rows: { orgId: number; code: string }[]; indicatorCodes: string[] };
    }>(operator, `/api/campaigns/${campaignId}`);
    expect(campaign.indicatorCodes).toEqual(INDICATORS);
    expect(campaign.participants).toBeGreaterThan(3);
    expect(await operator.getByTestId('campaign-count-not_started').innerText()).toContain(String(campaign.participants));
    catalogueId = campaign.frameworkId;
    schoolId = campaign.rows.find((r) => r.code === '99-01-001')?.orgId ?? 0;
    otherSchoolId = campaign.rows.find((r) => r.code !== '99-01-001')?.orgId ?? 0;
    expect(schoolId).toBeGreaterThan(0);
    expect(otherSchoolId).toBeGreaterThan(0);

    // The form asks the school for three counts only.
    const { form: apiForm } = await api<{ form: { fields: ApiField[] } }>(operator, `/api/campaigns/${campaignId}/forms/${schoolId}`);
    fields = apiForm.fields;
    expect(fields.map((f) => f.key).sort()).toEqual([GRADS, ATTESTAT, DISTINCTION].sort());

    // The regulation: approved by an order, then published.
    await operator.getByTestId('regulation-approve').click();
    await operator.getByTestId('regulation-order-number').fill('245-од');
    await operator.getByTestId('regulation-order-date').fill(ruDate(isoDate(start)));
    await operator.getByTestId('regulation-approve-submit').click();
    await expect
      .poll(async () => operator.getByTestId('regulation-order').innerText())
      .toBe(`Утверждён приказом № 245-од от ${ruDate(isoDate(start))}`);
    await operator.getByTestId('regulation-publish').click();
    await operator.getByTestId('regulation-published').waitFor();
    await expectNoHorizontalScroll(operator);
    await shot(operator, 'page');

    // A file with errors changes nothing and lists every problem with its place.
    const csv = (rows: string[][]) => Buffer.from(['Код организации;Ключ;Значение', ...rows.map((r) => r.join(';'))].join('\n'), 'utf8');
    const fileInput = operator.locator('input[type="file"]');
    await fileInput.setInputFiles({
      name: 'данные.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['99-01-002', GRADS, '-5'],
        ['99-01-999', GRADS, '10'],
      ]),
    });
    const failed = operator.getByTestId('upload-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('Файл не загружен');
    expect(await failed.getByTestId('import-issues-table').locator('tbody tr.ant-table-row').count()).toBeGreaterThanOrEqual(2);
    await shot(operator, 'upload-errors');
    await operator.getByTestId('upload-close').click();
    // A correct file fills in the drafts (both sides of every ratio given).
    await fileInput.setInputFiles({
      name: 'данные.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['99-01-002', GRADS, '40'],
        ['99-01-002', ATTESTAT, '38'],
        ['99-01-002', DISTINCTION, '2'],
      ]),
    });
    const done = operator.getByTestId('upload-success');
    await done.waitFor();
    expect(await done.innerText()).toContain('изменено 3 поля');
    expect(await done.getByTestId('upload-orgs').innerText()).toContain('99-01-002');
    await shot(operator, 'upload-done');
    await operator.getByTestId('upload-close').click();
    await expect.poll(async () => operator.getByTestId('campaign-count-draft').innerText()).toContain('1');

    // The list shows the campaign with its progress.
    await operator.getByTestId('side-menu').getByText('Сбор данных', { exact: true }).click();
    const row = operator.getByTestId('campaigns-table').locator('tr', { hasText: CAMPAIGN_NAME });
    await row.waitFor();
    expect(await row.getByTestId('campaign-accepted').innerText()).toBe(`принято 0 из ${campaign.participants}`);
    await shot(operator, 'list');
    expect(pageErrors).toEqual([]);
  });

  it('the representative fills in the form: a broken rule is shown, fixed, a warning confirmed, and the form submitted', async () => {
    expect(campaignId).toBeGreaterThan(0);
    await logIn(school, 'demo.school');
    await school.getByTestId('side-menu').getByText('Сбор данных', { exact: true }).click();
    const ownRow = school.getByTestId('campaigns-table').locator('tr', { hasText: CAMPAIGN_NAME });
    expect(await ownRow.getByTestId('form-status').innerText()).toBe('Не начата');
    await shot(school, 'school-list');
    await ownRow.getByTestId('campaign-fill-form').click();
    await school.waitForURL(new RegExp(`/campaigns/${campaignId}/forms/${schoolId}$`));
    await school.getByTestId('form-fields-table').first().waitFor();
    expect(await formStatus(school)).toBe('not_started');
    expect(await school.getByTestId('form-title').innerText()).toMatch(/[А-Яа-яЁё]/);
    // Inputs are labelled for assistive technology.
    expect(await school.getByLabel('Численность выпускников 9 классов', { exact: true }).getAttribute('data-field')).toBe(GRADS);
    // A field says by name which indicators it feeds; their codes are only in a tooltip.
    const fed = await school.getByTestId('field-indicators').first().innerText();
    expect(fed).toMatch(/^для показател(я|ей) «доля выпускников 9 классов/);
    expect(fed).not.toMatch(/D1\.0\d/);

    // Far more graduates than last year (a warning to confirm), and more certificates than graduates (an error).
    const previous = fields.find((f) => f.key === GRADS)?.previous ?? null;
    entered.grads = previous === null ? 60 : Math.round(previous * 2) + 10;
    await typeValue(school, GRADS, String(entered.grads));
    await typeValue(school, ATTESTAT, String(entered.grads + 5));
    const attestatIssue = school.locator(`[data-issue-field="${ATTESTAT}"][data-severity="error"]`);
    await attestatIssue.first().waitFor();
    expect(await attestatIssue.first().innerText()).toContain('часть не может превышать целое');
    expect(await formStatus(school)).toBe('draft');

    // Submitting lists every problem: the rule, the empty field and the unconfirmed warning.
    await school.getByTestId('form-submit').click();
    await school.getByTestId('form-submit-error').waitFor();
    expect(await school.getByTestId('form-submit-error').innerText()).toContain('Форму нельзя отправить');
    await school.locator(`[data-issue-field="${DISTINCTION}"][data-severity="error"]`).first().waitFor();
    if (previous !== null) {
      await school.locator(`[data-field-comment="${GRADS}"]`).waitFor();
      await school.locator(`[data-issue-field="${GRADS}"]`).first().waitFor();
    }
    await expectNoHorizontalScroll(school);
    await shot(school, 'form-errors');

    // The banner leads to the errors: each «К следующей ошибке» focuses the next field with an error,
    // in the page's order, and from the top again after the last; each section counts its errors.
    const errorFields = await school.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll('[data-issue-field][data-severity="error"]')].map((e) => e.getAttribute('data-issue-field')),
      ),
    ]);
    expect(errorFields).toEqual(expect.arrayContaining([ATTESTAT, DISTINCTION]));
    const focusedField = () => school.evaluate(() => document.activeElement?.getAttribute('data-field') ?? null);
    const visited: (string | null)[] = [];
    for (let i = 0; i <= errorFields.length; i++) {
      await school.getByTestId('form-next-error').click();
      visited.push(await focusedField());
    }
    // from the field typed in last, then on in the page's order: a rotation of the error fields
    const start = errorFields.indexOf(visited[0] ?? null);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(visited).toEqual([...errorFields.slice(start), ...errorFields.slice(0, start), errorFields[start]]);
    const sectionCounts = await school.getByTestId('form-direction-errors').allInnerTexts();
    expect(sectionCounts.reduce((n, text) => n + Number.parseInt(text, 10), 0)).toBe(errorFields.length);

    // Fix the values; the rule's error goes away after the draft is saved.
    entered.attestat = entered.grads - 2;
    entered.distinction = 3;
    await typeValue(school, ATTESTAT, String(entered.attestat));
    await typeValue(school, DISTINCTION, String(entered.distinction));
    await expect.poll(async () => attestatIssue.count()).toBe(0);
    expect(await school.getByTestId('form-save-status').innerText()).toMatch(/Черновик сохранён в \d{2}:\d{2}/);

    // Confirm every warning with a comment.
    const comments = school.locator('[data-field-comment]');
    if (previous !== null) expect(await comments.count()).toBeGreaterThan(0);
    for (const input of await comments.all()) {
      if ((await input.inputValue()) === '') {
        await input.fill('Проверено: в этом году два выпускных класса');
        await waitSaved(school);
      }
    }
    await shot(school, 'form-warnings');

    await school.getByTestId('form-submit').click();
    await expect.poll(async () => formStatus(school)).toBe('submitted');
    expect(await school.getByTestId('form-submit').count()).toBe(0);
    expect(await school.locator(`[data-field="${GRADS}"]`).getAttribute('readonly')).not.toBeNull();
    await shot(school, 'form-submitted');
    expect(pageErrors).toEqual([]);
  });

  it('the operator returns the form with a comment; the representative fixes it and resubmits; the operator accepts', async () => {
    const formUrl = `${server?.url ?? ''}/campaigns/${campaignId}/forms/${schoolId}`;
    await operator.goto(formUrl);
    await expect.poll(async () => formStatus(operator)).toBe('submitted');
    await expectNoHorizontalScroll(operator);
    await shot(operator, 'form-review');
    await operator.getByTestId('form-return').click();
    const comment = 'Проверьте число аттестатов: по данным ФИС ГИА их на одного меньше.';
    await operator.getByTestId('form-return-dialog-text').fill(comment);
    await operator.getByTestId('form-return-dialog-ok').click();
    await expect.poll(async () => formStatus(operator)).toBe('returned');

    // The representative sees the comment, changes a value and sends the form again.
    await school.reload();
    await expect.poll(async () => formStatus(school)).toBe('returned');
    expect(await school.getByTestId('form-comment').innerText()).toContain(comment);
    await shot(school, 'form-returned');

    // Meanwhile the operator corrects a field (through the API): the representative's next save is refused, not lost silently.
    const { form: current } = await api<{ form: { version: number } }>(operator, `/api/campaigns/${campaignId}/forms/${schoolId}`);
    entered.distinction = 4;
    const put = await operator.request.put(`${server?.url ?? ''}/api/campaigns/${campaignId}/forms/${schoolId}`, {
      data: { version: current.version, values: { [DISTINCTION]: { raw: String(entered.distinction) } } },
    });
    expect(put.status(), await put.text()).toBe(200);
    await school.locator(`[data-field="${ATTESTAT}"]`).fill(String(entered.attestat - 1));
    const conflict = school.getByTestId('form-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Форму уже изменил(а) Методист ИМЦ');
    await shot(school, 'form-conflict');
    await school.getByTestId('form-refresh').click();
    await conflict.waitFor({ state: 'hidden' });
    expect(await school.locator(`[data-field="${DISTINCTION}"]`).inputValue()).toBe(String(entered.distinction));
    expect(await school.locator(`[data-field="${ATTESTAT}"]`).inputValue()).toBe(String(entered.attestat));

    entered.attestat -= 1;
    await typeValue(school, ATTESTAT, String(entered.attestat));
    await school.getByTestId('form-submit').click();
    await expect.poll(async () => formStatus(school)).toBe('submitted');

    // The operator accepts it.
    await operator.reload();
    await expect.poll(async () => formStatus(operator)).toBe('submitted');
    expect(await operator.locator(`[data-field="${ATTESTAT}"]`).inputValue()).toBe(String(entered.attestat));
    // The acceptance's answer is awaited and checked, so that a failure says what the server said.
    // A confirmation click the page lost (no request within 10 s) is made again; a server's answer never is.
    const isAccept = (r: { url(): string; method(): string }) => r.url().endsWith(`/forms/${schoolId}/accept`) && r.method() === 'POST';
    let request = null;
    for (let attempt = 0; attempt < 2 && !request; attempt++) {
      if (attempt > 0) await operator.keyboard.press('Escape');
      await operator.getByTestId('form-accept').click();
      const sent = operator.waitForRequest(isAccept, { timeout: 10_000 }).catch(() => null);
      await operator.getByTestId('form-accept-confirm').click();
      request = await sent;
    }
    expect(request, 'the acceptance was never sent').not.toBeNull();
    const accepted = await request?.response();
    expect(accepted?.status(), await accepted?.text()).toBe(200);
    await expect.poll(async () => formStatus(operator), { timeout: 60_000 }).toBe('accepted');
    await operator.getByTestId('form-reopen').waitFor();
    await shot(operator, 'form-accepted');

    // The campaign counts the accepted form.
    await operator.goto(`${server?.url ?? ''}/campaigns/${campaignId}`);
    await expect.poll(async () => operator.getByTestId('campaign-count-accepted').innerText()).toContain('1');
    expect(pageErrors).toEqual([]);
  });

  it('the school’s indicator in the results is computed from the entered numbers', async () => {
    type Outcome = { kind: string; value?: number };
    const card = await api<{ periods: { code: string; values: { code: string; value: Outcome }[] }[] }>(
      operator,
      `/api/results/card?catalogueId=${catalogueId}&orgId=${schoolId}`,
    );
    const period = card.periods.find((p) => p.code === '2025/2026');
    const valueOf = (code: string) => period?.values.find((v) => v.code === code)?.value;
    expect(valueOf('D1.03')?.kind).toBe('ok');
    expect(valueOf('D1.03')?.value).toBeCloseTo((entered.attestat * 100) / entered.grads, 6);
    expect(valueOf('D1.05')?.value).toBeCloseTo((entered.distinction * 100) / entered.grads, 6);

    await operator.goto(`${server?.url ?? ''}/results/card/${schoolId}?catalogueId=${catalogueId}`);
    await operator.getByTestId('result-card-table').waitFor();
    // The card shows the same value (in Russian notation) and its dynamics on a click.
    const row = operator.locator('tr.result-indicator-row', { hasText: 'D1.03' });
    const shown = ((entered.attestat * 100) / entered.grads).toLocaleString('ru-RU', { maximumFractionDigits: 2 });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain(shown.replace(/\s+/g, ' '));
    await row.click();
    await row.scrollIntoViewIfNeeded();
    await shot(operator, 'result-card');
    expect(pageErrors).toEqual([]);
  });

  it('the representative may not open another school’s form', async () => {
    await school.goto(`${server?.url ?? ''}/campaigns/${campaignId}/forms/${otherSchoolId}`);
    const refusal = school.getByTestId('form-unavailable');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Нет доступа к этой форме');
    expect(await refusal.innerText()).toMatch(/только форму своей организации/);
    await shot(school, 'forbidden');
    expect(pageErrors).toEqual([]);
  });

  it('the operator plans the monitoring year in the cyclogram', async () => {
    await operator.getByTestId('side-menu').getByText('Циклограмма', { exact: true }).click();
    await operator.waitForURL(/\/cyclogram$/);
    const table = operator.getByTestId('cyclogram-table');
    await table.waitFor();
    await expect.poll(async () => table.locator('tbody tr').count()).toBe(4);
    await operator.getByTestId('cyclogram-default').waitFor();
    const responsible = operator.locator('[data-stage-field="1.responsible"]');
    await responsible.fill('Заместитель начальника управления образования');
    // The end of data collection before its start is refused and shown at the cell.
    const start = operator.locator('[data-stage-field="1.startsOn"] input');
    const end = operator.locator('[data-stage-field="1.endsOn"] input');
    const endValue = await end.inputValue();
    expect(endValue).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    const startYear = Number((await start.inputValue()).slice(6));
    await end.fill(`15.12.${startYear - 1}`);
    await operator.getByTestId('cyclogram-save').click();
    await operator.getByTestId('cyclogram-error').waitFor();
    expect(await operator.getByTestId('cyclogram-error').innerText()).toContain('позже даты окончания');
    await shot(operator, 'cyclogram-error');
    await end.fill(endValue);
    await operator.getByTestId('cyclogram-save').click();
    await expect.poll(async () => operator.getByTestId('cyclogram-default').count()).toBe(0);
    expect(await operator.getByTestId('cyclogram-error').count()).toBe(0);
    expect(await responsible.inputValue()).toBe('Заместитель начальника управления образования');
    expect(await operator.getByTestId('cyclogram-state').count()).toBe(4);
    await expectNoHorizontalScroll(operator);
    await shot(operator, 'cyclogram');
    expect(pageErrors).toEqual([]);
  });
});
