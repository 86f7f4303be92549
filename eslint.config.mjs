// ESLint for the whole repository (`npm run lint` runs it after the type checker).
// Type-aware where it finds real bugs (promises nobody awaits), boundaries between
// features kept by scripts/eslint/feature-boundaries.mjs, React hook rules on the web.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import kring from './scripts/eslint/feature-boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'apps/web/src/graphql/generated.ts',
      'apps/web/src/graphql/documents/**',
      'tests/support/documents.generated.ts',
      'data/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023 },
    plugins: { kring },
    rules: {
      'kring/feature-boundaries': 'error',
      // Rows are typed from the generated table types (engine/database/tables.generated.ts), results from the schema.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/dist/*', '**/dist'], message: 'Import sources, not build output.' }] }],
    },
  },
  {
    // Type-aware rules on the apps and the domain library (each has a tsconfig the project service finds).
    files: ['apps/*/src/**/*.{ts,tsx}', 'libs/*/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Query results are typed (issue #13): TypeORM's query() answers `any`, which no-explicit-any does not see.
    // Type a result with the row types from engine/database/tables.generated.ts: `db.query<Row[]>(…)`.
    files: ['apps/api/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    // GraphQL answers in tests are typed from their documents (issue #13: tests/support/documents.generated.ts,
    // `npm run codegen:tests`), so reading a field of an untyped value is an error here as in the API. Only reads and
    // calls: jest's asymmetric matchers (expect.any(…)) are typed `any`, so the assignment rules would flag every one.
    files: ['tests/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
    },
  },
  {
    // The answer to a document the client does not know (built at run time, invalid on purpose) stays untyped.
    files: ['tests/support/graphql-client.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['apps/web/sw/**/*.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
