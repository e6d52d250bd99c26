import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir } from './browser-session.ts';
import { demoPage, logInAs, startDemoServer, type DemoServer } from './demo-server.ts';
import { browserTestsEnabled, launchChromium } from './launch-chromium.ts';

// The district operator imports a pupil-level ВПР file of two demo schools: the page proposes the
// column mapping, reads the file with a progress bar, names the bad line and the unknown school,
// and applies the rest once the operator agrees to skip them; the values are then the district's.
// The administrator imports the real ЕГЭ workbook of Еврейская автономная область as the region
// sent it: the page recognises the template, checks the file's own totals and names the one that
// disagrees, proposes the region, municipalities and schools to create, and applies.

function vprCsv(): string {
  const rows = ['Код ОО;Код участника;Класс;Предмет;Отметка;Отметка по журналу'];
  for (let i = 0; i < 12; i++) rows.push(`99-01-001;e2e-${i};6А;Математика;${i < 5 ? 2 : 4};${i < 5 ? 3 : 4}`);
  for (let i = 0; i < 8; i++) rows.push(`99-01-002;e2e-b${i};6Б;Математика;${3 + (i % 3)};4`);
  rows.push('99-01-002;e2e-x;6Б;Математика;6;4');
  rows.push('77-77-777;e2e-y;6А;Математика;3;3');
  return `${rows.join('\r\n')}\r\n`;
}

describe.skipIf(!browserTestsEnabled)('assessment results import (browser)', () => {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const shot = async (name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(resultsDir, `assessments-${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startDemoServer('assessments');
    browser = await launchChromium();
    page = await demoPage(browser, pageErrors);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('uploads, maps, reads, reports the bad lines and applies the rest', async () => {
    await logInAs(page, server!, 'demo.municipal');
    await page.goto(`${server!.url}/assessments`);
    await page.locator('input[type=file]').setInputFiles({ name: 'ВПР 2025.csv', mimeType: 'text/csv', buffer: Buffer.from(vprCsv()) });
    const panel = page.getByTestId('import-panel');
    await panel.waitFor();
    expect(await page.getByTestId('import-kind').innerText()).toContain('ВПР');
    expect(await page.getByTestId('mapping-table').innerText()).toContain('Отметка по журналу');
    await shot('mapping');
    await page.getByTestId('import-read').click();
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-counts').innerText()).toContain('с ошибками: 1');
    const problems = await page.getByTestId('import-problems').innerText();
    expect(problems).toContain('строка 22');
    expect(problems).toContain('77-77-777');
    await shot('report');
    await page.getByTestId('import-apply').click();
    await expect.poll(async () => page.getByTestId('import-error').innerText()).toContain('строк с ошибками');
    await page.getByTestId('import-skip-errors').click();
    await page.getByTestId('import-apply').click();
    const applied = page.getByTestId('import-applied');
    await applied.waitFor();
    expect(await applied.innerText()).toContain('периоды 2024/2025');
    await shot('applied');
    const list = await page.getByTestId('imports-table').innerText();
    expect(list).toContain('применён');
    expect(pageErrors).toEqual([]);
  });

  it('imports the real ЕГЭ workbook of a region, reporting the total row that disagrees', async () => {
    await page.context().clearCookies();
    await logInAs(page, server!, 'demo.admin');
    await page.goto(`${server!.url}/assessments`);
    const file = resolve(import.meta.dirname, '../fixtures/ege-dfo/evreyskaya_ao_ege_2022-2024.xlsx');
    await page.locator('input[type=file]').setInputFiles({
      name: 'Еврейская автономная область.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(file),
    });
    await page.getByTestId('import-panel').waitFor();
    expect(await page.getByTestId('import-panel').innerText()).toContain('шаблон ЕГЭ по школам');
    await page.getByTestId('import-read').click();
    await page.getByTestId('import-report').waitFor();
    const mismatches = await page.getByTestId('totals-mismatches').innerText();
    expect(mismatches).toContain('Обществознание, не преодолели минимальный порог: в файле 186, по строкам школ 187');
    expect(await page.getByTestId('import-report').innerText()).toMatch(/Строки итогов файла: сверено \d+, расхождений 1/);
    expect(await page.getByTestId('import-places').innerText()).toContain('Еврейская автономная область');
    await shot('template-report');
    await page.getByTestId('import-apply').click();
    const applied = page.getByTestId('import-applied');
    await applied.waitFor();
    expect(await applied.innerText()).toContain('2022/2023');
    await shot('template-applied');
    expect(pageErrors).toEqual([]);
  });
});
