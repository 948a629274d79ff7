import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/helpers/build-cli.ts'],
    testTimeout: 30_000,
  },
});
