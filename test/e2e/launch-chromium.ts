import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Chromium used by the browser tests (override with SOKO_CHROMIUM). */
export const chromiumPath = process.env.SOKO_CHROMIUM ?? '/usr/bin/chromium';

export const hasChromium = existsSync(chromiumPath);

/** On CI a missing browser is an error; locally the browser tests are skipped. */
export const browserTestsEnabled = hasChromium || Boolean(process.env.CI);

export function assertChromium(): void {
  if (!hasChromium) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: the browser tests cannot run on CI without it. ` +
        'Install Chromium or set SOKO_CHROMIUM to its executable.',
    );
  }
}

export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
