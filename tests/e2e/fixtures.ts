// Playwright fixtures: each test gets a fresh Chromium profile with the unpacked extension, a page,
// the test server's origin, and recorders for every network request and console error.
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { launchChromium } from '../../scripts/browsers.mjs';

interface CopydeskFixtures {
  origin: string;
  extensionId: string;
  /** Every URL the browser requested (pages, subresources, the extension's service worker). */
  requests: string[];
  /** Console errors and uncaught exceptions of the page. */
  consoleErrors: string[];
}

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is unset: run the suite through playwright.config.ts (its globalSetup sets it)`);
  return value;
}

export const test = base.extend<CopydeskFixtures & { launched: { context: BrowserContext; extensionId: string } }>({
  origin: async ({}, use) => use(required('E2E_ORIGIN')),

  launched: async ({ colorScheme }, use) => {
    const { context, extensionId, close } = await launchChromium({
      dir: required('COPYDESK_EXTENSION_DIR'),
      colorScheme: colorScheme === 'dark' ? 'dark' : 'light',
    });
    await use({ context, extensionId });
    await close();
  },
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),

  requests: async ({ context }, use) => {
    const urls: string[] = [];
    context.on('request', (request) => urls.push(request.url()));
    await use(urls);
  },

  page: async ({ context, requests }, use) => {
    void requests; // recorded from before the first navigation
    const page: Page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },

  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await use(errors);
  },
});

export { expect } from '@playwright/test';
