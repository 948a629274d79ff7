// A web page can neither steer nor read Copydesk (issue 13): the sidebar's shadow root is closed,
// only the reader's own (trusted) clicks and keys act, and a page that does not ask for Copydesk's
// signals cannot tell it is installed unless it is an article Copydesk paints.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { FINDINGS, HOST, askContentScript, extensionWorker, waitForContentScriptDone, waitUntilReady, type ExtensionApi } from './copydesk-page.ts';

test.describe.configure({ mode: 'parallel' });

const SEED = '/seeds/rust-letter.html';

async function stored(context: BrowserContext, key: string): Promise<unknown> {
  // Until the first run writes its defaults, nothing is stored.
  const worker = await extensionWorker(context);
  return worker.evaluate(async (key) => (await (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.get(key))[key], key);
}

/** What the page's own script can find of Copydesk: entries on its timeline, attributes, the sidebar's insides. */
function whatThePageSees(page: Page): Promise<{ entries: string[]; attributes: string[]; host: boolean; shadowRoot: boolean; items: number }> {
  return page.evaluate(() => {
    const host = document.getElementById('copydesk-host');
    return {
      entries: performance
        .getEntries()
        .map((entry) => entry.name)
        .filter((name) => name.startsWith('copydesk')),
      attributes: document.documentElement.getAttributeNames().filter((name) => name.startsWith('data-copydesk')),
      host: host !== null,
      shadowRoot: host?.shadowRoot != null,
      items: document.querySelectorAll('li[data-finding]').length,
    };
  });
}

/**
 * Resolves once the content script says the page is checked (asked as the popup asks, no page
 * signal needed) and the sidebar's host is in the page: the sidebar's code loads after the
 * highlights are painted, so "ready" comes a moment before the host.
 */
async function waitUntilCheckedQuietly(page: Page): Promise<void> {
  await page.bringToFront();
  await expect
    .poll(async () => ((await askContentScript(page.context(), 'getStatus').catch(() => null)) as { value?: { state?: string } } | null)?.value?.state)
    .toBe('ready');
  await page.locator(HOST).waitFor({ state: 'attached' });
}

test('the page cannot reach into the sidebar: its shadow root is closed', async ({ page, origin, consoleErrors }) => {
  await page.goto(origin + SEED);
  // Not waitUntilReady: that gives the test (not the page) its DevTools view of the sidebar.
  await page.locator('html[data-copydesk="ready"]').waitFor({ state: 'attached' });
  await expect(page.locator(HOST)).toHaveCount(1);
  const seen = await whatThePageSees(page);
  expect(seen.host).toBe(true);
  expect(seen.shadowRoot, 'host.shadowRoot is null for the page').toBe(false);
  expect(seen.items).toBe(0);
  // Nor can it write into the host: it already has its (closed) root.
  expect(
    await page.evaluate(() => {
      try {
        document.getElementById('copydesk-host')!.attachShadow({ mode: 'open' });
        return 'attached';
      } catch (error) {
        return (error as DOMException).name;
      }
    }),
  ).toBe('NotSupportedError');
  expect(consoleErrors).toEqual([]);
});

test('clicks the page makes on the sidebar’s buttons do nothing; the reader’s own do', async ({ page, origin, context, consoleErrors }) => {
  // A page with a plain misspelling (the seed's unknown words are all names).
  await page.goto(origin + '/pages/dark.html');
  const count = await waitUntilReady(page);
  const typo = page.locator(`${FINDINGS}[data-rule="typo"]`).filter({ has: page.locator('.cd-exact', { hasText: /^databse$/ }) });
  await expect(typo).toHaveCount(1);
  // Even given a way in (here the test's DevTools view), a script's clicks are not the reader's.
  await typo.locator('button[data-action="add-word"]').evaluate((button: HTMLElement) => button.click());
  await typo
    .locator('button[data-action="dismiss"]')
    .evaluate((button: HTMLElement) => button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
  await page.locator(`${HOST} [role="listbox"]`).evaluate((list) => list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true })));
  await expect(typo).toHaveCount(1);
  expect((await stored(context, 'userWords')) ?? []).toEqual([]);
  expect(Number(await page.locator('html').getAttribute('data-copydesk-count'))).toBe(count);
  // The reader's click (a trusted event) still works.
  await typo.locator('button[data-action="add-word"]').click();
  await expect(typo).toHaveCount(0);
  await expect.poll(() => stored(context, 'userWords')).toEqual(['databse']);
  expect(consoleErrors).toEqual([]);
});

test('keys the page dispatches do not change a setting or move the selection; the reader’s do', async ({ page, origin, context, consoleErrors }) => {
  await page.goto(origin + SEED);
  await waitUntilReady(page);
  const aside = page.locator(`${HOST} aside[role="complementary"]`);
  await expect(aside).toBeVisible();
  await page.evaluate(() => {
    for (const code of ['KeyS', 'KeyN', 'KeyP']) {
      const key = code.slice(3);
      document.body.dispatchEvent(new KeyboardEvent('keydown', { code, key, altKey: true, shiftKey: true, bubbles: true, composed: true }));
    }
  });
  // The reader's own key afterwards: had a synthetic Alt+Shift+S toggled the sidebar, this one would show it again.
  expect(((await stored(context, 'settings')) as { sidebarCollapsed?: boolean } | undefined)?.sidebarCollapsed ?? false).toBe(false);
  await expect(page.locator(`${FINDINGS}[aria-selected="true"]`)).toHaveCount(0);
  await page.keyboard.press('Alt+Shift+S');
  await expect(page.locator(`${HOST} button[data-action="expand"]`)).toBeVisible();
  await expect.poll(async () => ((await stored(context, 'settings')) as { sidebarCollapsed?: boolean } | undefined)?.sidebarCollapsed).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('a page that is not an article sees no sign of Copydesk, and cannot fetch its files', async ({ page, origin, extensionId, consoleErrors }) => {
  // Served as written: without <meta name="copydesk" content="signals">.
  await page.goto(origin + '/as-is/pages/no-article.html');
  await waitForContentScriptDone(page);
  expect(await whatThePageSees(page)).toEqual({ entries: [], attributes: [], host: false, shadowRoot: false, items: 0 });
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect(consoleErrors).toEqual([]);
  // The sidebar's code is web-accessible, but only at a URL that changes every session (use_dynamic_url).
  const fetched = await page.evaluate(async (url) => {
    try {
      return (await fetch(url)).status;
    } catch {
      return 'refused';
    }
  }, `chrome-extension://${extensionId}/content-deferred.js`);
  expect(fetched).toBe('refused');
});

test('an article that did not ask for signals gets highlights and the sidebar, but no marks or attributes', async ({ page, origin }) => {
  await page.goto(origin + '/as-is' + SEED);
  await waitUntilCheckedQuietly(page);
  const seen = await whatThePageSees(page);
  expect(seen).toEqual({ entries: [], attributes: [], host: true, shadowRoot: false, items: 0 });
  // What cannot be hidden (README, privacy): the highlight registry the page shares with Copydesk.
  expect(await page.evaluate(() => [...CSS.highlights.keys()].some((name) => name.startsWith('copydesk-')))).toBe(true);
});

test("the extension’s own pages load nothing from any site: default-src 'self' covers what connect-src and script-src do not", async ({
  page,
  origin,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // A frame from the test server: let through before default-src 'self', refused (with a violation report) after.
  const outcome = await page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(`refused by ${event.effectiveDirective}`), { once: true });
        const frame = document.createElement('iframe');
        frame.addEventListener('load', () => resolve('loaded'), { once: true });
        frame.src = url;
        document.body.append(frame);
      }),
    origin + '/pages/no-article.html',
  );
  expect(outcome).toBe('refused by frame-src');
});
