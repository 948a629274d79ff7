import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // The typo rule's word lists are data, installed once per test file before the rules run.
    setupFiles: ['tests/helpers/install-dictionary.ts'],
    globalSetup: ['tests/helpers/build-cli.ts'],
    testTimeout: 30_000,
  },
});
