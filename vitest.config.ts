import { defineConfig } from 'vitest/config';

// One project per runtime (STYLE.md「Tests」): node for shared/cli/electron/renderer logic,
// jsdom only for the few component tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          environment: 'node',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/eslint-rules/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'renderer-unit',
          environment: 'node',
          include: ['tests/renderer/**/*.test.ts'],
          setupFiles: ['tests/setup/fakeIndexedDb.ts'],
        },
      },
      {
        test: {
          name: 'renderer-dom',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.tsx'],
          setupFiles: ['tests/setup/fakeIndexedDb.ts'],
        },
      },
    ],
  },
});
