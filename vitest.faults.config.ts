import { defineConfig } from 'vitest/config';

// Fault tests that disturb shared services (a PostgreSQL restart): run alone, after the others.
export default defineConfig({
  root: '.',
  test: {
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
