// ESLint flat config: typescript-eslint + react-hooks, plus the house style's layer boundaries.
// Each layer gets one no-restricted-imports entry (a later entry would replace an earlier one).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NO_ZOD = {
  name: 'zod',
  message: 'zod runs at build time and in tests only; the app ships typed, pre-validated data.',
};
const NO_STORE = {
  group: ['**/store', '**/store/**'],
  message: 'charts and models take plain values; sections and controls read the store.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The app: no validator in the browser bundle.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/schema.ts', 'src/data/validate.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ZOD] }] },
  },
  {
    // The model is pure: no React, store, DOM or d3-selection.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_ZOD],
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react-dom/*',
                'zustand',
                'zustand/*',
                'd3',
                'd3-selection',
              ],
              message: 'src/model is pure: no React, store or DOM code.',
            },
            NO_STORE,
            {
              group: ['**/charts/**', '**/sections/**', '**/controls/**'],
              message: 'model must not import views.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  {
    // Charts take plain props.
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ZOD], patterns: [NO_STORE] }] },
  },
);
