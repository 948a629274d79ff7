// One Firefox ESR per spec file, with the built extension installed (puppeteer-core over
// WebDriver BiDi: stock Firefox has no Playwright protocol).
import { test } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox } from '../../scripts/browsers.mjs';
import { readFindings, type ListedFinding } from './copydesk-page.ts';
import { exposeSidebarInFirefox } from './firefox-sidebar-access.mjs';

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

/**
 * Waits for the page's check to finish (the test server's pages ask for Copydesk's signals) and
 * makes the sidebar's closed shadow root reachable to the page's and puppeteer's selectors (see
 * firefox-sidebar-access.mjs); the count Copydesk announces on <html>.
 */
export async function waitUntilReadyInFirefox(page: Page, timeout?: number): Promise<number> {
  await page.waitForSelector('html[data-copydesk="ready"]', timeout === undefined ? {} : { timeout });
  // The sidebar mounts after the highlights are painted: wait for its host before exposing it.
  await page.waitForSelector('#copydesk-host', timeout === undefined ? {} : { timeout });
  if (!(await exposeSidebarInFirefox(page))) throw new Error('no Copydesk sidebar to expose');
  return Number(await page.$eval('html', (html) => html.getAttribute('data-copydesk-count')));
}

/** The findings the sidebar lists, once waitUntilReadyInFirefox has exposed it. */
export function listedFindingsInFirefox(page: Page): Promise<ListedFinding[]> {
  return page.$$eval('#copydesk-host >>> li[data-finding]', readFindings);
}
