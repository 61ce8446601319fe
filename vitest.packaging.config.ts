import { defineConfig } from 'vitest/config';

// Packaging: electron-builder's unpacked build of a temporary copy (docs/decisions/0015). Kept out
// of the unit run because it builds the renderer and main bundles first (about 10 s).
export default defineConfig({
  test: {
    name: 'packaging',
    environment: 'node',
    include: ['tests/packaging/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
