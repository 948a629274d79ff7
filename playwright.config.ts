import { defineConfig } from '@playwright/test';

// Every test launches its own system browser with the unpacked extension (see tests/e2e/fixtures.ts);
// Playwright's bundled browsers are never used. Two workers fit a 2-core machine.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results',
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000, toPass: { timeout: 15_000 } },
  use: { actionTimeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  forbidOnly: Boolean(process.env.CI),
  projects: [
    { name: 'e2e', testIgnore: 'responsiveness.spec.ts' },
    // Main-thread task lengths are wall-clock: measured when nothing else runs.
    { name: 'responsiveness', testMatch: 'responsiveness.spec.ts', dependencies: ['e2e'] },
  ],
});
