// ESLint explains the layering; the per-layer tsconfigs prove it (docs/decisions/0002).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layerBoundaries } from './eslint-rules/layerBoundaries.js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// electron/main registers IPC only through ipc/handle.ts; the preload block repeats it, since a later
// no-restricted-imports setting replaces an earlier one for the same files.
const IPC_MAIN_ONLY_THROUGH_HANDLE = {
  name: 'electron',
  importNames: ['ipcMain'],
  message: '请通过 electron/main/ipc/handle.ts 注册 IPC 处理程序。',
};

const singleDoor = (name, where) => ({
  name,
  message: `请只在 ${where} 中引用 ${name}（单一入口，见 STYLE.md）。`,
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'test-results/**',
      'seeds/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { workbench: { rules: { 'layer-boundaries': layerBoundaries } } },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
      complexity: ['warn', 15],
      'no-restricted-exports': [
        'error',
        {
          restrictDefaultExports: {
            direct: true,
            named: true,
            defaultFrom: true,
            namedFrom: true,
            namespaceFrom: true,
          },
        },
      ],
      'workbench/layer-boundaries': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: ['./electron', './renderer', './seeds', './cli', './scripts', './tests'],
              message: 'shared/ 是纯领域逻辑，不得引用其他层。',
            },
            {
              target: './renderer',
              from: ['./electron', './cli', './scripts'],
              message: 'renderer 不得引用 electron/（类型请从 shared/platform 获取）。',
            },
            {
              target: './electron/preload',
              from: ['./electron/main', './renderer', './seeds', './shared'],
              except: ['./shared/platform'],
              message: 'preload 只可引用 shared/platform。',
            },
            {
              target: './electron/main',
              from: ['./renderer', './seeds', './electron/preload'],
              message: 'main 不得引用 renderer/ 或 preload。',
            },
            {
              target: './cli',
              from: ['./electron', './renderer'],
              message: 'cli 只可引用 shared/ 与 seeds/。',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'os',
                'electron',
                'react',
                'dexie',
                'zustand',
                'antd',
                'echarts',
                'echarts/*',
              ],
              message: 'shared/ 不得引用 Node、Electron 或界面库。',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'shared/domain/**/*.ts',
      'shared/evaluation/**/*.ts',
      'shared/parsing/**/*.ts',
      'shared/lib/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'electron',
                'react',
                'dexie',
                'zustand',
                'antd',
                'echarts',
                'echarts/*',
                'xlsx',
                'docx',
                'exceljs',
              ],
              message: 'domain/、evaluation/、parsing/ 与 lib/ 只写纯逻辑，不引用第三方库。',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            singleDoor('dexie', 'renderer/src/db/'),
            singleDoor('dexie-react-hooks', 'renderer/src/db/'),
            singleDoor('zustand', 'renderer/src/state/ 或 features/*/*Slice.ts'),
            singleDoor('echarts', 'renderer/src/charts/'),
            {
              name: 'electron',
              message: 'renderer 不得引用 electron，请用 platform/workbench.ts。',
            },
          ],
          patterns: [
            { group: ['echarts/*'], message: '请只在 renderer/src/charts/ 中引用 echarts。' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'workbench',
          message: '请通过 renderer/src/platform/workbench.ts 访问。',
        },
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/src/state/**/*.ts', 'renderer/src/features/*/*Slice.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/src/charts/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The CLI's second door to echarts: server-side rendering of the report's figures.
    files: ['cli/**/*.ts'],
    ignores: ['cli/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [singleDoor('echarts', 'cli/charts/')],
          patterns: [{ group: ['echarts/*'], message: '请只在 cli/charts/ 中引用 echarts。' }],
        },
      ],
    },
  },
  {
    files: ['renderer/src/platform/workbench.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: [
      'electron/**/*.ts',
      'cli/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'tests/**/*.{ts,tsx}',
      '*.config.{js,ts}',
      'renderer/vite.config.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc/handle.ts', 'electron/main/ipc/register.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [IPC_MAIN_ONLY_THROUGH_HANDLE],
        },
      ],
    },
  },
  {
    // The preload runs sandboxed and is bundled alone (scripts/buildElectron.mjs): `electron` is the
    // only package it may load, and shared/platform the only code (tsconfig.preload.json proves it).
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [IPC_MAIN_ONLY_THROUGH_HANDLE],
          patterns: [
            {
              regex: '^(?!electron$|(\\.\\./)+shared/platform/)',
              message: 'preload 只可引用 electron 与 shared/platform（见 docs/decisions/0042）。',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.{js,ts}', 'renderer/vite.config.ts', 'eslint.config.js', 'vitest.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': 'off' },
  },
);
