import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir } from './browser-session.ts';
import { startDemoServer, type DemoServer } from './demo-server.ts';
import { browserTestsEnabled, launchChromium } from './launch-chromium.ts';

// Expert scoring of management mechanisms end to end: the administrator adds a second expert; the
// regional operator (demo.region) opens a round over the demo region's municipalities with the
// fioko-mechanisms methodology, two experts on 99-01; both experts score 99-01 (a few positions
// through the sheet, the rest through the API), differing on some positions; the operator finds the
// disagreements on the sheet, agrees them, and the round's rating shows 99-01's index and place
// with its explanation. Finally the management cycle of 99-01 shows the experts' formation.

const ROUND_NAME = 'Экспертная оценка механизмов управления (e2e)';
const EXPERT2 = { login: 'demo.expert2', fullName: 'Второй эксперт (демо)', password: 'Сирень-над-рекой-42' };
const OPERATOR_NAME = 'Оператор РСОКО (демо)';

interface ApiPosition {
  code: string;
  maxPoints: number;
  state: string;
  directionCode: string;
  mine: { points: number } | null;
  agreed: { points: number; agreedBy: string | null } | null;
  scores: { userId: number; points: number }[];
}
interface ApiSheet {
  canScore: boolean;
  canAgree: boolean;
  positions: ApiPosition[];
  index: { index: { value: { kind: string; value?: number } } };
}
interface ApiRoundObject {
  orgId: number;
  code: string;
  place: string | null;
  disagreements: number;
  agreed: number;
  index: { value: number | null };
  scorers: { userId: number; fullName: string; scored: number }[];
}

type Score = { points: number; comment?: string; links?: { url: string; title?: string }[] };

describe.skipIf(!browserTestsEnabled)('expert scoring of management mechanisms (browser)', () => {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  let operator: Page;
  let expert1: Page;
  let expert2: Page;
  const pageErrors: string[] = [];
  let regionId = 0;
  let roundId = 0;
  let m01 = 0;
  let m02 = 0;
  let positions: ApiPosition[] = [];
  /** Expert 1's points of 99-01 by position. */
  const first: Record<string, number> = {};
  /** Positions where expert 2 differs. */
  const disputed: string[] = [];

  const url = (path: string) => `${server?.url ?? ''}${path}`;

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
    const response = await page.request.get(url(path));
    expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  };

  const putScores = async (page: Page, orgId: number, scores: Record<string, Score | null>): Promise<ApiSheet> => {
    const response = await page.request.put(url(`/api/scoring/rounds/${roundId}/objects/${orgId}/scores`), { data: { scores } });
    expect(response.status(), await response.text()).toBe(200);
    return ((await response.json()) as { sheet: ApiSheet }).sheet;
  };

  const shot = async (page: Page, name: string): Promise<void> => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(resultsDir, `scoring-${name}.png`) });
  };

  /** The layout fits 1366×768: the content area does not scroll sideways. */
  const expectNoHorizontalScroll = async (page: Page): Promise<void> => {
    const overflow = await page.evaluate(() => {
      const content = document.querySelector('.app-content');
      return content ? content.scrollWidth - content.clientWidth : 0;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  };

  const row = (page: Page, code: string): Locator => page.locator(`[data-position="${code}"]`);

  /** Picks 0 or 1 on a position's point buttons. */
  const pickPoints = async (scope: Locator, testId: string, points: number): Promise<void> => {
    await scope
      .getByTestId(testId)
      .locator('label', { hasText: new RegExp(`^${points}$`) })
      .click();
  };

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startDemoServer('scoring', { [EXPERT2.login]: EXPERT2.password });
    browser = await launchChromium();
    operator = await newPage();
    expert1 = await newPage();
    expert2 = await newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the administrator adds a second expert', async () => {
    await logIn(operator, 'demo.admin');
    const { items: roots } = await api<{ items: { id: number; code: string }[] }>(operator, '/api/orgs');
    regionId = roots.find((o) => o.code === '99')?.id ?? 0;
    expect(regionId).toBeGreaterThan(0);
    const created = await operator.request.post(url('/api/users'), {
      data: { login: EXPERT2.login, fullName: EXPERT2.fullName, role: 'expert', scopeOrgId: regionId, password: EXPERT2.password },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { items: children } = await api<{ items: { id: number; code: string }[] }>(operator, `/api/orgs?parentId=${regionId}`);
    m01 = children.find((o) => o.code === '99-01')?.id ?? 0;
    m02 = children.find((o) => o.code === '99-02')?.id ?? 0;
    expect(m01).toBeGreaterThan(0);
    expect(m02).toBeGreaterThan(0);
    await operator.context().clearCookies();
  });

  it('the regional operator opens a round over the region’s municipalities', async () => {
    await logIn(operator, 'demo.region');
    await operator.getByTestId('side-menu').getByText('Оценка механизмов', { exact: true }).click();
    await operator.waitForURL(/\/scoring$/);
    await operator.getByTestId('rounds-table').waitFor();

    await operator.getByTestId('round-create').click();
    await operator.getByTestId('round-create-form').waitFor();
    await operator.getByTestId('round-name').fill(ROUND_NAME);
    // The methodology defaults to the newest mechanisms catalogue (v2: 1–3-point positions, a partial
    // score needs a comment); this journey scores 0/1 on the 0/1 scale of v1, chosen by hand.
    await expect.poll(async () => operator.getByTestId('round-framework').innerText()).toMatch(/местного самоуправления, версия 2$/);
    await operator.getByTestId('round-framework').click();
    await operator
      .locator('.round-framework-popup .ant-select-item-option', { hasText: 'органов местного самоуправления, версия 1' })
      .first()
      .click();
    await expect.poll(async () => operator.getByTestId('round-framework').innerText()).toMatch(/местного самоуправления, версия 1$/);
    await operator.getByTestId('round-period').click();
    const lastYear = new Date().getFullYear() - 1;
    await operator.keyboard.type(`${lastYear} год`);
    await operator
      .locator('.round-period-popup .ant-select-item-option', { hasText: `${lastYear} год` })
      .first()
      .click();
    // The territory is the operator's region; its municipalities are offered, all checked.
    await expect.poll(async () => operator.getByTestId('round-territory').innerText()).toContain('весь регион');
    const objectRows = operator.getByTestId('round-objects').locator('tbody tr[data-object]');
    await objectRows.locator('xpath=self::*[@data-object="99-01"]').waitFor();
    expect(await objectRows.count()).toBeGreaterThan(1);
    const municipalities = await objectRows.count();
    expect(await operator.getByTestId('round-scorers-error').count(), 'the operator must be able to list the experts').toBe(0);

    // demo.expert for every municipality («назначить всем»), and demo.expert2 also for 99-01.
    await operator.getByTestId('round-common-scorers').click();
    await operator.keyboard.type('Муниципальный эксперт');
    await operator.locator('.round-common-scorers-popup .ant-select-item-option', { hasText: 'Муниципальный эксперт' }).click();
    await operator.keyboard.press('Escape');
    await operator.getByTestId('round-assign-all').click();
    await operator.getByTestId('round-scorers-99-01').click();
    await operator.keyboard.type('Второй эксперт');
    await operator.locator('.round-scorers-popup .ant-select-item-option', { hasText: EXPERT2.fullName }).click();
    await operator.keyboard.press('Escape');
    expect(await operator.getByTestId('round-scorers-99-01').innerText()).toContain('Второй эксперт');
    await shot(operator, 'create');
    await operator.getByTestId('round-create-submit').click();

    await operator.waitForURL(/\/scoring\/\d+$/);
    roundId = Number(/\/scoring\/(\d+)$/.exec(operator.url())?.[1]);
    await operator.getByTestId('rating-table').waitFor();
    expect(await operator.getByTestId('round-title').innerText()).toBe(ROUND_NAME);
    const { round } = await api<{ round: { kind: string; objectsList: ApiRoundObject[] } }>(operator, `/api/scoring/rounds/${roundId}`);
    expect(round.kind).toBe('expert');
    expect(round.objectsList).toHaveLength(municipalities);
    expect(
      round.objectsList
        .find((o) => o.code === '99-01')
        ?.scorers.map((s) => s.fullName)
        .sort(),
    ).toEqual([EXPERT2.fullName, 'Муниципальный эксперт (демо)'].sort());
    expect(pageErrors).toEqual([]);
  });

  it('expert 1 scores 99-01: a zero without a comment is refused, then every position is scored', async () => {
    expect(roundId, 'the round was not opened').toBeGreaterThan(0);
    await logIn(expert1, 'demo.expert');
    await expert1.getByTestId('side-menu').getByText('Оценка механизмов', { exact: true }).click();
    const listRow = expert1.getByTestId('rounds-table').locator('tr', { hasText: ROUND_NAME });
    await listRow.waitFor();
    expect(await listRow.getByTestId('round-mine').innerText()).toMatch(/назначено вам: \d+/);
    await shot(expert1, 'list-expert');
    await listRow.getByTestId('round-link').click();
    await expert1.waitForURL(new RegExp(`/scoring/${roundId}$`));
    await expert1.getByTestId('progress-table').locator('tr[data-object="99-01"]').getByTestId('progress-open-sheet').click();
    await expert1.waitForURL(new RegExp(`/scoring/${roundId}/objects/${m01}$`));
    await expert1.getByTestId('direction-body').first().waitFor();
    expect(await expert1.getByTestId('sheet-page').getAttribute('data-can-score')).toBe('true');

    const sheet = (await api<{ sheet: ApiSheet }>(expert1, `/api/scoring/rounds/${roundId}/objects/${m01}`)).sheet;
    positions = sheet.positions;
    expect(positions.length).toBeGreaterThan(300);
    const [p1, p2] = positions.map((p) => p.code);
    if (!p1 || !p2) throw new Error('no positions');

    // Through the sheet: 1 for the first position (with a link), 0 for the second without a comment.
    await pickPoints(row(expert1, p1), 'score-points', 1);
    await row(expert1, p1).getByTestId('score-link-add').click();
    await row(expert1, p1).getByTestId('score-link-input').fill('https://edu.example.ru/prikaz-45.pdf');
    await row(expert1, p1).getByTestId('score-link-ok').click();
    await pickPoints(row(expert1, p2), 'score-points', 0);
    await row(expert1, p2).getByTestId('zero-rule').waitFor();
    expect(await expert1.getByTestId('sheet-unsaved').innerText()).toContain('2 позиции');
    await expert1.getByTestId('sheet-save').click();
    await expert1.getByTestId('sheet-save-error').waitFor();
    expect(await row(expert1, p2).getByTestId('position-issue').innerText()).toContain('при 0 баллов напишите комментарий');
    await expectNoHorizontalScroll(expert1);
    await shot(expert1, 'sheet-error');

    await row(expert1, p2).getByTestId('score-comment').fill('Нет утверждённого документа с целями');
    await expert1.getByTestId('sheet-save').click();
    await expect.poll(async () => expert1.getByTestId('sheet-unsaved').count()).toBe(0);
    expect(await expert1.getByTestId('sheet-save-error').count()).toBe(0);
    first[p1] = 1;
    first[p2] = 0;

    // A document supporting the first score.
    await row(expert1, p1)
      .locator('input[type="file"]')
      .setInputFiles({ name: 'Приказ о целях.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 demo') });
    await expect.poll(async () => row(expert1, p1).getByTestId('score-file').count()).toBe(1);
    expect(await row(expert1, p1).getByTestId('score-file').innerText()).toContain('Приказ о целях.pdf');
    await shot(expert1, 'sheet-expert');

    // The rest through the API: 1 everywhere, 0 (with a comment) on every seventh position.
    const rest: Record<string, Score> = {};
    positions.slice(2).forEach((p, i) => {
      const points = i % 7 === 3 ? 0 : 1;
      first[p.code] = points;
      rest[p.code] = points === 0 ? { points, comment: 'Не подтверждено документами' } : { points };
    });
    const after = await putScores(expert1, m01, rest);
    expect(after.positions.every((p) => p.mine !== null)).toBe(true);
    // 99-02 as well, lower, so that the rating has two places.
    const second: Record<string, Score> = {};
    positions.forEach((p, i) => (second[p.code] = i % 3 === 0 ? { points: 0, comment: 'Нет документа' } : { points: 1 }));
    await putScores(expert1, m02, second);

    await expert1.reload();
    await expect
      .poll(async () => expert1.getByTestId('sheet-mine').innerText())
      .toBe(`Вы: оценено ${positions.length} из ${positions.length}`);
    expect(pageErrors).toEqual([]);
  });

  it('expert 2 scores 99-01 differently on some positions', async () => {
    expect(roundId, 'the round was not opened').toBeGreaterThan(0);
    await logIn(expert2, EXPERT2.login);
    await expert2.goto(url(`/scoring/${roundId}/objects/${m01}`));
    await expert2.getByTestId('direction-body').first().waitFor();
    const p1 = positions[0]?.code ?? '';
    // Expert 2 does not see expert 1's points.
    expect(await row(expert2, p1).getByTestId('expert-scores').count()).toBe(0);
    await pickPoints(row(expert2, p1), 'score-points', 0);
    await row(expert2, p1).getByTestId('score-comment').fill('Цели не обоснованы анализом');
    await expert2.getByTestId('sheet-save').click();
    await expect.poll(async () => expert2.getByTestId('sheet-unsaved').count()).toBe(0);
    disputed.push(p1);

    // The rest as expert 1, except three positions in other directions.
    const differ = [40, 150, 300].map((i) => positions[i]?.code ?? '');
    const rest: Record<string, Score> = {};
    for (const p of positions.slice(1)) {
      const points = differ.includes(p.code) ? 1 - (first[p.code] ?? 0) : (first[p.code] ?? 0);
      rest[p.code] = points === 0 ? { points, comment: 'Нет подтверждения' } : { points };
    }
    await putScores(expert2, m01, rest);
    disputed.push(...differ);
    await expert2.reload();
    await expect
      .poll(async () => expert2.getByTestId('sheet-mine').innerText())
      .toBe(`Вы: оценено ${positions.length} из ${positions.length}`);
    await shot(expert2, 'sheet-expert2');
    expect(pageErrors).toEqual([]);
  });

  it('the operator sees the disagreements and agrees them', async () => {
    expect(roundId, 'the round was not opened').toBeGreaterThan(0);
    await operator.goto(url(`/scoring/${roundId}`));
    const progress = operator.getByTestId('progress-table').locator('tr[data-object="99-01"]');
    await expect.poll(async () => progress.getByTestId('progress-disagreements').innerText()).toBe(String(disputed.length));
    await progress.getByTestId('progress-open-sheet').click();
    await operator.waitForURL(new RegExp(`/scoring/${roundId}/objects/${m01}$`));
    await operator.getByTestId('sheet-directions').waitFor();
    expect(await operator.getByTestId('sheet-page').getAttribute('data-can-agree')).toBe('true');
    expect(await operator.getByTestId('sheet-disputes').innerText()).toContain(String(disputed.length));

    await operator.getByTestId('filter-disputed').click();
    const rows = operator.locator('[data-testid="position-row"]');
    await expect.poll(async () => rows.count()).toBe(disputed.length);
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-position')))).sort()).toEqual([...disputed].sort());
    const firstRow = row(operator, disputed[0] ?? '');
    expect(await firstRow.getAttribute('data-state')).toBe('disagreement');
    const scores = await firstRow.getByTestId('expert-score').evaluateAll((els) => els.map((e) => e.getAttribute('data-points')));
    expect(scores.sort()).toEqual(['0', '1']);
    await expectNoHorizontalScroll(operator);
    await shot(operator, 'sheet-disagreements');

    // Two through the sheet's dialog.
    for (const [i, code] of disputed.slice(0, 2).entries()) {
      await row(operator, code).getByTestId('agree-open').click();
      await operator.getByTestId('agree-form').waitFor();
      await pickPoints(operator.getByTestId('agree-form'), 'agree-points', 1);
      await operator.getByTestId('agree-comment').fill(`Согласовано на заседании экспертной группы, протокол № ${i + 1}`);
      if (i === 0) await shot(operator, 'agree-dialog');
      await operator.getByTestId('agree-ok').click();
      await expect.poll(async () => row(operator, code).getAttribute('data-state')).toBe('agreed');
      expect(await row(operator, code).getByTestId('agreed-note').innerText()).toMatch(
        new RegExp(`согласовано: 1, ${OPERATOR_NAME.replace(/[()]/g, '\\$&')}, \\d{2}\\.\\d{2}\\.\\d{4}`),
      );
    }
    // The rest through the API.
    for (const code of disputed.slice(2)) {
      const response = await operator.request.post(url(`/api/scoring/rounds/${roundId}/objects/${m01}/agreed`), {
        data: { position: code, points: 1, comment: 'Согласовано' },
      });
      expect(response.status(), await response.text()).toBe(200);
    }
    await operator.reload();
    await operator.getByTestId('sheet-directions').waitFor();
    expect(await operator.getByTestId('sheet-disputes').innerText()).toContain('0');
    await operator.getByTestId('filter-disputed').click();
    await expect.poll(async () => operator.locator('[data-testid="position-row"][data-state="agreed"]').count()).toBe(disputed.length);
    // With every position resolved the object's index is computed.
    await expect.poll(async () => operator.getByTestId('summary-index').getAttribute('data-value')).not.toBe('');
    await operator.getByTestId('summary-directions-collapse').getByText('Направления и степень').click();
    await operator.getByTestId('summary-directions').waitFor();
    await operator.getByTestId('sheet-title').scrollIntoViewIfNeeded();
    await expectNoHorizontalScroll(operator);
    await shot(operator, 'sheet-summary');
    await operator.getByTestId('summary-mean-B1').click();
    await operator.getByTestId('scoring-explain').waitFor();
    expect(await operator.getByTestId('explain-what').innerText()).toContain('Среднее индексов направлений');
    await shot(operator, 'sheet-agreed');
    await operator.keyboard.press('Escape');
    await operator.getByTestId('scoring-explain').waitFor({ state: 'hidden' });
    await expectNoHorizontalScroll(operator);
    expect(pageErrors).toEqual([]);
  });

  it('the round’s rating shows 99-01’s index and place, explained on click', async () => {
    expect(roundId, 'the round was not opened').toBeGreaterThan(0);
    await operator.goto(url(`/scoring/${roundId}`));
    const { round } = await api<{ round: { objectsList: ApiRoundObject[] } }>(operator, `/api/scoring/rounds/${roundId}`);
    const o1 = round.objectsList.find((o) => o.code === '99-01');
    const o2 = round.objectsList.find((o) => o.code === '99-02');
    expect(o1?.disagreements).toBe(0);
    expect(o1?.agreed).toBe(disputed.length);
    expect(o1?.index.value).not.toBeNull();
    expect(o2?.index.value).not.toBeNull();
    expect(o1?.place).toBe('1');
    expect(o2?.place).toBe('2');

    const ratingRow = operator.getByTestId('rating-table').locator('tr[data-object="99-01"]');
    await ratingRow.waitFor();
    expect(await ratingRow.getByTestId('rating-place').innerText()).toBe('1');
    const shown = `${(o1?.index.value ?? 0).toLocaleString('ru-RU', { maximumFractionDigits: 2 })} %`;
    expect((await ratingRow.getByTestId('rating-index').innerText()).replace(/\s/g, ' ')).toBe(shown.replace(/\s/g, ' '));
    await operator.getByTestId('index-chart').waitFor();
    await expectNoHorizontalScroll(operator);
    await shot(operator, 'round');

    await ratingRow.getByTestId('rating-index').click();
    const drawer = operator.getByTestId('scoring-explain');
    await drawer.waitFor();
    expect(await drawer.getByTestId('explain-object').innerText()).toContain('Промышленновский');
    const explained = await drawer.getByTestId('explain-number').innerText();
    expect(explained).toContain('Этап 9');
    expect(explained).toMatch(/× 100 = /);
    expect(await drawer.getByTestId('explain-basis').innerText()).toContain('Этап 8');
    await shot(operator, 'round-explain');
    await operator.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await operator.getByTestId('index-chart').scrollIntoViewIfNeeded();
    await shot(operator, 'round-chart');
    await operator.getByTestId('progress-table').scrollIntoViewIfNeeded();
    await shot(operator, 'round-progress');

    // The workbook of the round downloads.
    const xlsx = await operator.request.get(url(`/api/scoring/rounds/${roundId}/export.xlsx`));
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

    // The expert sees the rating of their objects too, and may load scores from Excel while the round is open.
    await expert1.goto(url(`/scoring/${roundId}`));
    await expert1.getByTestId('rating-table').locator('tr[data-object="99-01"]').waitFor();
    await expert1.getByTestId('scores-import').waitFor();

    // The operator closes the round: the indices are final, the expert can no longer change scores.
    await operator.getByTestId('round-close').scrollIntoViewIfNeeded();
    await operator.getByTestId('round-close').click();
    await operator.getByTestId('round-close-confirm').click();
    await operator.getByTestId('round-closed').waitFor();
    await expert1.goto(url(`/scoring/${roundId}/objects/${m01}`));
    await expert1.getByTestId('direction-body').first().waitFor();
    expect(await expert1.getByTestId('sheet-header').innerText()).toContain('раунд закрыт');
    expect(await expert1.getByTestId('sheet-save').isDisabled()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('the management cycle of 99-01 shows what the system holds and the experts’ formation', async () => {
    expect(roundId, 'the round was not opened').toBeGreaterThan(0);
    await operator.getByTestId('side-menu').getByText('Управленческий цикл', { exact: true }).click();
    await operator.waitForURL(/\/cycle$/);
    await operator.getByTestId('cycle-table').waitFor();
    // the round of this journey is on v1 (the page opens on the newest version)
    await operator.getByTestId('cycle-framework').click();
    await operator.locator('.ant-select-item-option', { hasText: '(v1)' }).first().click();
    await operator.getByTestId('cycle-territory').click();
    await operator.keyboard.type('Промышленновский');
    await operator.keyboard.press('Enter');
    await operator.getByTestId('cycle-expert-round').waitFor();
    expect(await operator.getByTestId('cycle-expert-round').innerText()).toBe(ROUND_NAME);
    const cells = operator.getByTestId('cycle-cell');
    await expect.poll(async () => cells.count()).toBeGreaterThanOrEqual(8 * 9);
    await expect.poll(async () => operator.getByTestId('cycle-expert').count()).toBeGreaterThan(0);
    await expectNoHorizontalScroll(operator);
    await shot(operator, 'cycle');

    const formed = operator.locator('[data-testid="cycle-cell"][data-formed="true"]').first();
    await formed.click();
    const drawer = operator.getByTestId('cycle-drawer');
    await drawer.waitFor();
    expect(await drawer.getByTestId('cycle-evidence').locator('li').count()).toBeGreaterThan(0);
    await shot(operator, 'cycle-evidence');
    await operator.keyboard.press('Escape');
    expect(pageErrors).toEqual([]);
  });
});
