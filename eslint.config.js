// Lint: type-aware rules (no floating promises, exhaustive switches) and the layer rules:
// src/domain (and the demo generators) are pure and import nothing from db/, app/, server/, web/, cli/ or node:*;
// each outer layer imports only inward: web → (HTTP) → server → app → domain, app → db; cli and server may load the demo.
import tseslint from 'typescript-eslint';

/** A layer's production files (tests may set up through outer layers) import nothing from the named folders. */
function layer(folder, forbidden, extraPatterns = []) {
  return {
    files: [`${folder}/**/*.ts`, `${folder}/**/*.tsx`],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...extraPatterns,
            { group: forbidden.map((f) => `**/${f}/**`), message: `${folder}/ imports nothing from ${forbidden.join('/, ')}/.` },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'test-results/', '.tmp/', 'eslint.config.js', '.ci/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { dropped: _d, ...rest } = x` leaves fields out on purpose
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Server side: a promise is awaited or its failure handled (`.catch`), never dropped with `void`;
    // a dropped rejection ends the process. (The UI's `void message.success(…)` toasts are harmless.)
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/web/**'],
    rules: { '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'domain/ is pure: no Node APIs.' },
            {
              group: ['**/db/**', '**/app/**', '**/server/**', '**/web/**', '**/cli/**', '**/demo/**'],
              message: 'domain/ imports nothing from outer layers or the demo.',
            },
          ],
        },
      ],
    },
  },
  {
    // Domain tests may read fixture files, but still import nothing from the outer layers.
    files: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/**', '**/app/**', '**/server/**', '**/web/**', '**/cli/**'],
              message: 'domain/ imports nothing from outer layers.',
            },
          ],
        },
      ],
    },
  },
  // The HTTP contract (TypeBox schemas, the types derived from them) is shared by server, app and web: it imports only the domain.
  layer('src/api', ['db', 'app', 'server', 'web', 'cli', 'demo']),
  layer('src/db', ['app', 'server', 'web', 'cli', 'demo']),
  layer('src/app', ['server', 'web', 'cli', 'demo']),
  layer('src/server', ['web', 'cli']),
  layer('src/cli', ['web']),
  // The demo generators are pure data, like the domain; the loader writes them through the use cases.
  layer(
    'src/demo/generators',
    ['db', 'app', 'server', 'web', 'cli', 'loader'],
    [{ group: ['node:*'], message: 'demo generators are pure: no Node APIs.' }],
  ),
  layer('src/demo/loader', ['server', 'web', 'cli']),
  // The web talks to the server over HTTP only: its types come from src/api, its pure rules from src/domain.
  layer('src/web', ['app', 'db', 'server', 'cli', 'demo']),
  {
    // Migrations are frozen in time and typed loosely on purpose; tests may poke at internals.
    files: ['src/db/migrations/**/*.ts', 'src/db/migrate.ts', 'src/db/backup.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
