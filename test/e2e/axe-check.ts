import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// The accessibility check of the browser suite: axe-core run inside the page against the
// WCAG 2.0 and 2.1 success criteria of levels A and AA (ГОСТ Р 52872-2019 asks for AA).

/** The axe-core rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One broken rule on one page, with the elements that break it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; summary: string }[];
}

/**
 * Loads axe-core into the page unless it is there already (it stays across client-side navigation).
 * Evaluated rather than added as a <script>: the app's Content-Security-Policy forbids inline scripts.
 */
async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axeSource);
}

/** Runs axe over the whole document with the WCAG A/AA rules; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(
    async (tags) => {
      type AxeResult = {
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          helpUrl: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      };
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' })),
      }));
    },
    [...WCAG_AA_TAGS],
  );
}

/** The violations as lines a person can act on: rule, help, and the first elements that break it. */
export function formatViolations(where: string, violations: AxeViolation[], maxNodes = 5): string {
  const lines: string[] = [];
  for (const v of violations) {
    lines.push(`${where}: ${v.id} (${v.impact ?? 'n/a'}, ${v.nodes.length} el.) — ${v.help}`);
    for (const node of v.nodes.slice(0, maxNodes)) {
      const summary = node.summary.split('\n').slice(1, 2).join(' ').trim();
      lines.push(`    ${node.target.join(' ')}${summary ? `  ⟶ ${summary}` : ''}`);
    }
    if (v.nodes.length > maxNodes) lines.push(`    … and ${v.nodes.length - maxNodes} more`);
  }
  return lines.join('\n');
}

/**
 * What is wrong with the page's outline, if anything: a page has exactly one h1 and its headings
 * step down one level at a time (axe's own checks of this are best practice, not WCAG tags).
 */
export async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].filter((h) => h.getClientRects().length > 0);
    const problems: string[] = [];
    const h1s = headings.filter((h) => h.tagName === 'H1');
    if (h1s.length !== 1) problems.push(`${h1s.length} h1 instead of one: ${h1s.map((h) => `«${h.innerText}»`).join(', ')}`);
    let previous = 0;
    for (const h of headings) {
      const level = Number(h.tagName.slice(1));
      if (level > previous + 1) problems.push(`h${level} «${h.innerText.slice(0, 60)}» after h${previous}`);
      previous = level;
    }
    return problems;
  });
}

/** Waits until the page has its heading, no spinner turns and no request is pending. */
export async function waitForSettledPage(page: Page): Promise<void> {
  // a scoring sheet of 400 positions takes long to draw on a busy machine
  const timeout = 60_000;
  await page.locator('h1:visible').first().waitFor({ timeout });
  await page.waitForFunction(() => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0, null, { timeout });
  await page.waitForLoadState('networkidle');
  // transitions (menus, collapses, fades) end before axe reads colours
  await page.waitForTimeout(150);
}

/** Opens each page in turn and checks it; returns the readable violations of all of them (empty when none). */
export async function checkPages(
  page: Page,
  baseUrl: string,
  pages: readonly { name: string; path: string }[],
  label: string,
  resolvePath: (path: string) => Promise<string> = async (path) => path,
): Promise<string[]> {
  const reports: string[] = [];
  for (const p of pages) {
    const path = await resolvePath(p.path);
    const where = `${label} «${p.name}» (${path})`;
    await page.goto(`${baseUrl}${path}`);
    try {
      await waitForSettledPage(page);
    } catch (error) {
      reports.push(`${where}: the page did not settle (no visible h1, or a spinner kept turning): ${String(error).split('\n')[0]}`);
      continue;
    }
    const violations = await axeViolations(page);
    if (violations.length > 0) reports.push(formatViolations(where, violations));
    const outline = await headingProblems(page);
    if (outline.length > 0) reports.push(`${where}: headings — ${outline.join('; ')}`);
  }
  return reports;
}
