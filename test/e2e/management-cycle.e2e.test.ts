import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir } from './browser-session.ts';
import { demoPage, logInAs, startDemoServer, type DemoServer } from './demo-server.ts';
import { browserTestsEnabled, launchChromium } from './launch-chromium.ts';

// One direction of the demo district's cycle, «schools with low results» (seed 001 D2), walked by
// its people: the operator writes a recommendation from the approved analytic report to school
// 99-01-001; the school acknowledges it and reports what it did; the operator records a measure and
// the decision that fixes it, linked to the recommendation; the effectiveness page shows the
// targeted school's dynamics against the district's other schools; the conclusion's problem becomes
// the next cycle's goal; and the cycle at a glance shows every component of D2 formed.

const REC_TEXT = 'Организовать наставничество для учителей математики по подготовке к ВПР (e2e)';
const MEASURE = 'Стажировка учителей математики на базе школы с высокими результатами (e2e)';
const DECISION = 'О контроле за реализацией программы наставничества (e2e)';
const PROBLEM = 'Разрыв между отметками ВПР и текущими отметками в школах района сохраняется (e2e)';

describe.skipIf(!browserTestsEnabled)('recommendations, roadmap, decisions and the analysis of effectiveness (browser)', () => {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  let operator: Page;
  let school: Page;
  const pageErrors: string[] = [];
  let schoolName = '';
  let recommendationId = 0;
  let measureId = 0;

  const logIn = (page: Page, login: string) => logInAs(page, server!, login);
  const api = async <T>(page: Page, path: string): Promise<T> => {
    const response = await page.request.get(`${server?.url ?? ''}${path}`);
    expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  };
  const shot = async (page: Page, name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(resultsDir, `cycle-${name}.png`), fullPage: true });
  };
  const pick = async (page: Page, testId: string, popup: string, text: string) => {
    await page.getByTestId(testId).click();
    await page.locator(`.${popup} .ant-select-item-option`, { hasText: text }).first().click();
  };
  const typeDate = async (page: Page, testId: string, ru: string) => {
    const input = page.getByTestId(testId);
    await input.fill('');
    await input.pressSequentially(ru.replaceAll('.', ''));
  };

  /** The action's school and the recommendation it comes from, in the open action form. */
  const aimAtSchool = async () => {
    await operator.getByTestId('action-orgs').click();
    await operator.keyboard.type(schoolName.slice(0, 12));
    await operator.locator('.action-orgs-popup .ant-select-item-option', { hasText: schoolName }).first().click();
    await operator.keyboard.press('Escape');
    await pick(operator, 'action-recommendations', 'action-recs-popup', `№ ${recommendationId}.`);
    await operator.keyboard.press('Escape');
  };

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startDemoServer('cycle');
    browser = await launchChromium();
    operator = await demoPage(browser, pageErrors);
    school = await demoPage(browser, pageErrors);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the operator writes a recommendation from the approved report to the school', async () => {
    await logIn(operator, 'demo.municipal');
    const { items: reports } = await api<{ items: { id: number; title: string; status: string }[] }>(operator, '/api/reports');
    const report = reports.find((r) => r.status === 'approved' && /низкими результатам/.test(r.title));
    expect(report, JSON.stringify(reports.map((r) => r.title))).toBeDefined();
    const me = await api<{ user: { scopeOrgId: number } }>(operator, '/api/auth/me');
    expect(me.user.scopeOrgId).toBeGreaterThan(0);
    const found = await api<{ items: { id: number; name: string; shortName: string | null; code: string }[] }>(
      operator,
      '/api/orgs/search?q=99-01-001',
    );
    const org = found.items.find((o) => o.code === '99-01-001');
    expect(org).toBeDefined();
    schoolName = org!.name;

    await operator.goto(`${server!.url}/reports/${report!.id}`);
    await operator.getByTestId('report-recommend').click();
    const list = operator.getByTestId('rec-create-list');
    await list.waitFor();
    // the report suggests the schools its deficits name; keep none of them, address the demo school by hand
    for (const box of await list.locator('.ant-checkbox-input').all()) if (await box.isChecked()) await box.click();
    await operator.getByTestId('rec-create-add').click();
    const draft = list.locator('[data-testid^="rec-draft-m"]').last();
    await draft.locator('[data-testid^="rec-draft-org-"]').click();
    await operator.keyboard.type(schoolName.slice(0, 12));
    await operator.locator('.rec-org-popup .ant-select-item-option', { hasText: schoolName }).first().click();
    await draft.locator('[data-testid^="rec-draft-text-"]').fill(REC_TEXT);
    await typeDate(operator, 'rec-create-due', '25.12.2026');
    await shot(operator, 'recommend-modal');
    await operator.getByTestId('rec-create-submit').click();
    await operator.getByText('Направлено рекомендаций: 1').waitFor();

    const { recommendations } = await api<{ recommendations: { id: number; text: string; status: string }[] }>(
      operator,
      `/api/cycle/recommendations?territoryId=${me.user.scopeOrgId}`,
    );
    const mine = recommendations.find((r) => r.text === REC_TEXT);
    expect(mine).toMatchObject({ status: 'issued' });
    recommendationId = mine!.id;
  });

  it('the school acknowledges it in its cabinet and reports what it did', async () => {
    await logIn(school, 'demo.school');
    await school.getByTestId('side-menu').getByText('Рекомендации мне').click();
    await school.waitForURL(/\/recommendations$/);
    const card = school.getByTestId(`my-rec-${recommendationId}`);
    await card.waitFor();
    expect(await card.innerText()).toContain(REC_TEXT);
    await school.getByTestId(`rec-ack-${recommendationId}`).click();
    await expect.poll(async () => school.getByTestId(`rec-status-${recommendationId}`).innerText()).toContain('Принята к исполнению');
    await school.getByTestId(`rec-report-${recommendationId}`).click();
    await school.getByTestId('rec-report-text').fill('Назначены наставники, проведено 6 открытых уроков');
    await school.getByTestId('rec-report-submit').click();
    await expect.poll(async () => school.getByTestId(`rec-status-${recommendationId}`).innerText()).toContain('Исполнение отражено');
    await shot(school, 'school-cabinet');
  });

  it('the operator sees the report on it and records the working group’s approval', async () => {
    await operator.getByTestId('side-menu').getByText('Адресные рекомендации').click();
    await operator.waitForURL(/\/recommendations$/);
    const row = operator.getByTestId(`rec-row-${recommendationId}`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Назначены наставники');
    expect(await row.innerText()).toContain('Исполнение отражено');
    await row.locator('.ant-checkbox-input').click();
    await operator.getByTestId('rec-approve').click();
    await operator.getByTestId('rec-approve-minutes').fill('7');
    await operator.getByTestId('rec-approve-submit').click();
    await expect.poll(async () => row.innerText()).toContain('протокол № 7');
    await shot(operator, 'recommendations');
  });

  it('records a measure and the decision that fixes it, both linked to the recommendation', async () => {
    await operator.getByTestId('side-menu').getByText('Дорожная карта и решения').click();
    await operator.waitForURL(/\/roadmap$/);
    await pick(operator, 'roadmap-framework', 'roadmap-framework-popup', 'муниципальн');
    await pick(operator, 'roadmap-direction', 'roadmap-direction-popup', 'D2.');
    await operator.getByTestId('measures-table').locator('tbody tr.ant-table-row').first().waitFor();

    await operator.getByTestId('measure-add').click();
    await operator.getByTestId('action-title').fill(MEASURE);
    await typeDate(operator, 'action-starts', '15.09.2025');
    await typeDate(operator, 'action-deadline', '20.12.2025');
    await operator.getByTestId('action-responsible').fill('Руденко П. А.');
    // seed001 v2 splits D2.01 by procedure (D2.01.ege … D2.01.niko): typed, so the option is in the list
    await operator.getByTestId('action-indicators').click();
    await operator.keyboard.type('D2.01.vpr');
    await operator.locator('.action-indicators-popup .ant-select-item-option', { hasText: 'D2.01.vpr' }).first().click();
    await operator.keyboard.press('Escape');
    await aimAtSchool();
    await operator.getByTestId('action-submit').click();
    const measureRow = operator.getByTestId('measures-table').locator('tbody tr.ant-table-row', { hasText: MEASURE });
    await measureRow.waitFor();
    measureId = Number((await measureRow.getAttribute('data-testid'))?.replace('measure-row-', ''));
    expect(measureId).toBeGreaterThan(0);
    // its deadline has passed undone: highlighted
    expect(await measureRow.getAttribute('class')).toContain('row-overdue');
    expect(await measureRow.innerText()).toContain(`рекомендации № ${recommendationId}`);

    await operator.getByTestId(`action-edit-${measureId}`).click();
    await pick(operator, 'action-status', 'action-status-popup', 'Выполнено');
    await operator.getByTestId('action-result').fill('Проведено 3 стажировки, 9 учителей');
    await operator.getByTestId('action-status-submit').click();
    await expect.poll(async () => operator.getByTestId(`action-status-${measureId}`).innerText()).toContain('Выполнено');
    expect(await measureRow.getAttribute('class')).not.toContain('row-overdue');

    await operator.getByTestId('decision-add').click();
    await pick(operator, 'action-decision-kind', 'action-decision-kind-popup', 'Контролирующее');
    await operator.getByTestId('action-title').fill(DECISION);
    await pick(operator, 'action-act-kind', 'action-act-kind-popup', 'приказ');
    await operator.getByTestId('action-act-number').fill('151-од');
    await typeDate(operator, 'action-act-date', '12.09.2025');
    await typeDate(operator, 'action-starts', '12.09.2025');
    await typeDate(operator, 'action-deadline', '31.05.2026');
    await operator.getByTestId('action-responsible').fill('Соколова И. В.');
    await operator.getByTestId('action-participants').fill('администрация и учителя школы');
    // seed001 v2 splits D2.01 by procedure (D2.01.ege … D2.01.niko): typed, so the option is in the list
    await operator.getByTestId('action-indicators').click();
    await operator.keyboard.type('D2.01.vpr');
    await operator.locator('.action-indicators-popup .ant-select-item-option', { hasText: 'D2.01.vpr' }).first().click();
    await operator.keyboard.press('Escape');
    await aimAtSchool();
    await pick(operator, 'action-measures', 'action-measures-popup', `№ ${measureId}.`);
    await operator.keyboard.press('Escape');
    await operator.getByTestId('action-submit').click();
    const decisionRow = operator.getByTestId('decisions-table').locator('tbody tr.ant-table-row', { hasText: DECISION });
    await decisionRow.waitFor();
    const text = await decisionRow.innerText();
    expect(text).toContain('Контролирующее');
    expect(text).toContain('приказ № 151-од от 12.09.2025');
    expect(text).toContain(`мероприятия № ${measureId}`);
    await shot(operator, 'roadmap');
    // the roadmap downloads as Excel
    const [download] = await Promise.all([operator.waitForEvent('download'), operator.getByTestId('roadmap-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^Дорожная карта — .*\.xlsx$/);
  });

  it('shows the targeted school’s dynamics against the untargeted ones and starts the next cycle from the conclusion', async () => {
    await operator.getByTestId('side-menu').getByText('Анализ эффективности').click();
    await operator.waitForURL(/\/effectiveness$/);
    // It opens on a methodology that has results (the demo's municipal one), not on an error.
    await operator.getByTestId('effect-period').waitFor();
    expect(await operator.getByTestId('effect-framework').innerText()).toContain('Промышленновский');
    expect(await operator.getByTestId('error-alert').count()).toBe(0);
    await pick(operator, 'effect-framework', 'effect-framework-popup', 'муниципальн');
    await pick(operator, 'effect-direction', 'effect-direction-popup', 'D2.');
    const card = operator.getByTestId(`effect-action-${measureId}`);
    await card.waitFor();
    const table = operator.getByTestId(`effect-table-${measureId}`);
    const header = await table.locator('thead').innerText();
    expect(header).toContain('Целевые организации');
    expect(header).toContain('Сопоставимые нецелевые');
    const row = await table.locator('tbody tr.ant-table-row').first().innerText();
    expect(row).toContain('D2.01');
    // before → after: the last school year ended before the measure, and the analysis year
    expect(row).toContain('2024/2025 учебный год → 2025/2026 учебный год');
    expect(row).toMatch(/\d → \d/);
    expect(await card.innerText()).toMatch(/сопоставимых нецелевых: \d+/);
    expect(await operator.getByTestId(`effect-verdict-${measureId}`).innerText()).not.toBe('');

    await operator
      .getByTestId(`effect-conclusion-${measureId}`)
      .fill('Стажировка проведена; доля понизивших отметку снизилась сильнее, чем в других школах');
    await operator.getByTestId('effect-summary').fill('Цель направления достигнута частично.');
    await operator.getByTestId('effect-problems').fill(PROBLEM);
    await operator.getByTestId('effect-save').click();
    await operator.getByText('Анализ сохранён').waitFor();
    expect(await operator.getByTestId('effect-cycle').inputValue()).toBe('2026/2027 учебный год');
    await operator.getByTestId('effect-next-cycle').click();
    await expect.poll(async () => operator.getByTestId('effect-goals').innerText()).toContain(PROBLEM);
    await shot(operator, 'effectiveness');

    await operator.getByTestId('effect-report').click();
    await operator.waitForURL(/\/reports\/\d+$/);
    const section = operator.getByTestId('report-effectiveness');
    await section.waitFor();
    expect(await section.innerText()).toContain(MEASURE);
    // the draft's conclusions are written from the analysis, for the operator to edit
    expect(await operator.getByTestId('report-text-conclusions').inputValue()).toContain(PROBLEM);
    await shot(operator, 'effectiveness-report');
  });

  it('the cycle at a glance shows every component of the direction formed', async () => {
    await operator.getByTestId('side-menu').getByText('Управленческий цикл', { exact: true }).click();
    await operator.waitForURL(/\/cycle$/);
    const cells = operator.locator('[data-testid="cycle-cell"][data-direction="D2"]');
    await expect.poll(async () => cells.count()).toBe(9);
    const formed = await cells.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-component')}:${e.getAttribute('data-formed')}`));
    expect(formed).toEqual([
      'goals:true',
      'indicators:true',
      'methods:true',
      'monitoring:true',
      'analysis:true',
      'recommendations:true',
      'measures:true',
      'decisions:true',
      'effectiveness:true',
    ]);
    await operator.locator('[data-testid="cycle-cell"][data-direction="D2"][data-component="effectiveness"]').click();
    const drawer = operator.getByTestId('cycle-drawer');
    await drawer.waitFor();
    expect(await drawer.innerText()).toMatch(/Анализ эффективности/);
    await shot(operator, 'at-a-glance');
    await operator.keyboard.press('Escape');
    expect(pageErrors).toEqual([]);
  });
});
