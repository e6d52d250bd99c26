import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser (end-to-end) tests: real server in-process + headless Chromium via playwright-core.
// Run `npm run build` first so that dist/web exists.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // a page waits on the server's recompute: on a busy 2-core machine a second is not enough
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: false,
    pool: 'forks',
  },
});
