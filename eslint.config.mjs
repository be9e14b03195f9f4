import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layer rules of DESIGN.md §5: what each part of src/ may import. */
const layer = (files, patterns, why, { noNodeBuiltins = false } = {}) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: patterns.map((group) => ({ group: [group], message: why })),
        // Bare built-in names ('fs', 'crypto') as exact names, so that a file of ours called
        // url.ts or events.ts is not mistaken for one.
        paths: noNodeBuiltins ? builtinModules.map((name) => ({ name, message: why })) : [],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'scripts/*.d.cts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read what they just asserted exists.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  layer(
    ['src/shared/**'],
    [
      'electron',
      'node:*',
      'react',
      'react-*',
      '@mantine/*',
      'better-sqlite3',
      '**/main/**',
      '**/renderer/**',
      '**/preload/**',
    ],
    'src/shared is pure TypeScript: no Electron, Node, DOM libraries or other layers.',
    { noNodeBuiltins: true },
  ),
  layer(
    ['src/renderer/**'],
    ['electron', 'node:*', 'better-sqlite3', '**/main/**', '**/preload/**'],
    'The renderer reaches the backend only through src/renderer/src/api (window.api or HTTP).',
    { noNodeBuiltins: true },
  ),
  layer(
    ['src/main/backend/**', 'src/main/browser/**'],
    ['electron', '**/electron/**', '**/renderer/**', 'react', 'react-*'],
    'The backend and browser mode run under plain Node: only src/main/electron and src/main/index.ts import Electron.',
  ),
  layer(
    ['src/preload/**'],
    ['node:*', '**/main/**', '**/renderer/**'],
    'The preload only builds window.api from the contract.',
    { noNodeBuiltins: true },
  ),
  layer(
    ['src/main/electron/**', 'src/main/index.ts'],
    ['**/renderer/**', 'react', 'react-*'],
    'The Electron shell does not reach into the renderer.',
  ),
);
