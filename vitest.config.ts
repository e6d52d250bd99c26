import { defineConfig } from 'vitest/config';

// Three projects; `npm test` runs them all, `npm run test:unit` only the first (the inner loop).
// - unit: pure code, no database, no server, no child process; under a minute.
// - db: needs a database (`*.db.test.ts`): PGlite in memory, or PostgreSQL when
//   SOKO_TEST_DATABASE_URL is set; CI runs this project on both.
// - processes: the soko CLI in child processes and the load test on a real server, each on its
//   own embedded PGlite data directory (SOKO_TEST_DATABASE_URL does not reach them).
const processTests = [
  'test/cli/**/*.test.ts',
  'test/load/**/*.test.ts',
  'src/cli/rate/rate-command-seed.test.ts',
  'src/db/data-dir-lock.test.ts',
];
const dbTests = ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'];
const outside = ['test/e2e/**', 'test/faults/**', 'node_modules/**'];

export default defineConfig({
  root: '.',
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...outside, ...dbTests, ...processTests],
        },
      },
      { extends: true, test: { name: 'db', include: dbTests, exclude: outside } },
      { extends: true, test: { name: 'processes', include: processTests, exclude: outside } },
    ],
  },
});
