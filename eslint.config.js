// Lint: type-aware rules (no floating promises, exhaustive switches) and the layer rule:
// src/domain is pure and imports nothing from db/, app/, server/, web/, cli/ or node:*.
import tseslint from 'typescript-eslint';

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
              group: ['**/db/**', '**/app/**', '**/server/**', '**/web/**', '**/cli/**'],
              message: 'domain/ imports nothing from outer layers.',
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
  {
    // Migrations are frozen in time and typed loosely on purpose; tests may poke at internals.
    files: ['src/db/migrations/**/*.ts', 'src/db/migrate.ts', 'src/db/backup.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
