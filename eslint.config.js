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
const NO_DATA_FILES = {
  group: ['**/data/*.json', '**/data/**/*.json'],
  message: 'only src/data reads data/: import the typed data from src/data.',
};
const NO_STUDY_FILE_CHECKER = {
  group: ['**/data/studyFile', '**/data/studyFile.ts'],
  allowTypeImports: true,
  message: 'the study file checker brings zod: use it through src/own/ownStudies, loaded lazily.',
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
    // The app: no validator in the browser bundle, and only src/data reads data/. A reader's own
    // study file is checked by src/data/studyFile.ts (zod), which only src/own/ownStudies.ts
    // imports — and the app loads that module lazily.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [NO_ZOD], patterns: [NO_DATA_FILES, NO_STUDY_FILE_CHECKER] },
      ],
    },
  },
  {
    files: ['src/own/ownStudies.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ZOD], patterns: [NO_DATA_FILES] }] },
  },
  {
    // src/data: the schema and validator may use zod; the loader may not; nothing imports the
    // store (data does not depend on state).
    files: ['src/data/**/*.ts'],
    ignores: ['src/data/schema.ts', 'src/data/validate.ts', 'src/data/studyFile.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ZOD], patterns: [NO_STORE] }] },
  },
  {
    files: ['src/data/schema.ts', 'src/data/validate.ts', 'src/data/studyFile.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_STORE] }] },
  },
  {
    // The document table and codec are pure: no React, store, DOM or data loader.
    files: ['src/document/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_ZOD],
          patterns: [
            {
              group: ['react', 'react-dom', 'zustand', 'zustand/*'],
              message: 'src/document is pure.',
            },
            NO_STORE,
            {
              group: ['**/data/*', '!**/data/schema'],
              message: 'src/document does not load data.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
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
            NO_DATA_FILES,
            {
              group: ['**/charts/**', '**/sections/**', '**/controls/**', '**/messages/**'],
              message: 'model must not import views or words.',
            },
            {
              group: ['**/data/*'],
              allowTypeImports: true,
              message: 'src/model takes plain values: it may import data types, never the data.',
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
    rules: {
      'no-restricted-imports': ['error', { paths: [NO_ZOD], patterns: [NO_STORE, NO_DATA_FILES] }],
    },
  },
);
