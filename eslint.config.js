import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['traces', 'trackers', 'notifications', 'insights', 'archive'];

/** Import boundaries (STYLE.md §3): each zone forbids `target` from importing `from`. */
const boundaries = [
  ...features.flatMap((feature) => [
    ...features
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `./src/features/${feature}`,
        from: `./src/features/${other}`,
        message: 'Features never import each other: compose them in src/app.',
      })),
    { target: `./src/features/${feature}`, from: './src/app', message: 'Features do not import the app shell.' },
    { target: `./src/features/${feature}`, from: './src/mocks', message: 'Only the app shell loads the mock.' },
  ]),
  { target: './src/api', from: './src/features', message: 'src/api imports no UI.' },
  { target: './src/api', from: './src/components', message: 'src/api imports no UI.' },
  { target: './src/api', from: './src/app', message: 'src/api imports no UI.' },
  { target: './src/api', from: './src/mocks', message: 'src/api does not know the mock.' },
  { target: './src/components', from: './src/features', message: 'Shared components know no feature.' },
  { target: './src/components', from: './src/app', message: 'Shared components know no app shell.' },
  { target: './src/components', from: './src/mocks', message: 'Only the app shell loads the mock.' },
  { target: './src/mocks', from: './src/features', message: 'The mock knows only the API contract and rules.' },
  { target: './src/mocks', from: './src/components', message: 'The mock knows only the API contract and rules.' },
  { target: './src/mocks', from: './src/app', message: 'The mock knows only the API contract and rules.' },
  ...['api', 'app', 'components', 'features', 'mocks'].map((layer) => ({
    target: './src/i18n',
    from: `./src/${layer}`,
    message: 'src/i18n is the base every layer uses: it imports none of them.',
  })),
];

/**
 * Text on screen comes from the message catalogs (src/i18n): no literal words in JSX text, in
 * the attributes a user reads or hears, or as a sentence in a JSX expression. Names CTS gives
 * (trace_id, CTS.0209) may stay verbatim as `{'trace_id'}`.
 */
const LITERAL_TEXT_MESSAGE = "Text on screen comes from a catalog: t('area.message') with src/i18n.";
const literalText = [
  { selector: 'JSXText[value=/[A-Za-z\\u4e00-\\u9fff]/]', message: LITERAL_TEXT_MESSAGE },
  {
    selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|label|helperText|alt)$/] > Literal[value=/[A-Za-z]/]',
    message: LITERAL_TEXT_MESSAGE,
  },
  { selector: 'JSXExpressionContainer > Literal[value=/[A-Za-z]+[ ,.:]+[A-Za-z]/]', message: LITERAL_TEXT_MESSAGE },
  { selector: 'JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{2,} | [A-Za-z]{2,}/]', message: LITERAL_TEXT_MESSAGE },
];

const ZOD_FROM_API = { regex: '^zod(/.*)?$', message: "Import zod from '@/api/zod', which configures it for the CSP." };

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'public/mockServiceWorker.js', 'src/api/contract/cts.d.ts', 'src/i18n/catalogs/*/*.ts', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      curly: 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // Tests may drive the real mock (msw/node) from any layer; features still stay apart.
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries.filter((zone) => zone.from.startsWith('./src/features')) }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/client.ts', 'src/api/archive/obs-client.ts', 'src/mocks/**', 'src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/api/client.ts calls fetch.' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/mocks/**', 'src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/api/zod.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['msw', 'msw/*'], message: 'msw belongs to src/mocks and tests.' }, ZOD_FROM_API] }],
    },
  },
  {
    files: ['src/mocks/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ZOD_FROM_API] }] },
  },
  {
    // Only the app's entry point may load the browser mock, and only dynamically (tests use msw/node).
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/main.tsx', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: './src/app', from: './src/mocks', message: 'Only src/app/main.tsx loads the mock.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
    rules: { 'no-restricted-syntax': ['error', ...literalText] },
  },
  {
    files: ['src/api/catalog/**/*-data.ts', 'src/**/*.test.{ts,tsx}', 'src/mocks/db/**/*-data.ts'],
    rules: { 'max-lines': 'off' },
  },
);
