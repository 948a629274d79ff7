// One Firefox ESR per spec file, with the built extension installed (puppeteer-core over
// WebDriver BiDi: stock Firefox has no Playwright protocol).
import { test } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { launchFirefox } from '../../scripts/browsers.mjs';

/** Launches Firefox before the file's tests and closes it after; call it at the top of a spec file. */
export function useFirefox(): () => Browser {
  let browser: Browser | undefined;
  test.beforeAll(async () => {
    const dir = process.env.COPYDESK_EXTENSION_DIR;
    if (dir === undefined) throw new Error('COPYDESK_EXTENSION_DIR is unset: run through playwright.config.ts');
    ({ browser } = await launchFirefox({ dir }));
  });
  test.afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Firefox did not start');
    return browser;
  };
}
