// Reads what Copydesk shows on a page, through the UI contract only (the <html> attributes and
// performance marks a page asks for with <meta name="copydesk" content="signals">, which the test
// server adds; the sidebar's closed shadow root, reached over the DevTools protocol; the
// CSS.highlights registry the main world shares with the extension), and asks the content script
// what the toolbar popup asks it.
import { expect, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { exposeSidebar } from './sidebar-access.mjs';

export const HOST = '#copydesk-host';
export const FINDINGS = `${HOST} li[data-finding]`;
/** The selected finding: the sidebar marks it with aria-selected (listbox) or aria-current. */
export const SELECTED = `${FINDINGS}:is([aria-selected="true"], [aria-current="true"])`;
/** Highlights that mark a state, not a rule's findings. */
const STATE_HIGHLIGHTS = new Set(['copydesk-flash', 'copydesk-selected']);

export interface ListedFinding {
  rule: string;
  key: string;
  exact: string;
  reason: string;
}

/**
 * Waits for an analysis to finish and returns the count Copydesk announces on <html>; the sidebar
 * drawn by then is made reachable to the page's locators (see sidebar-access.mjs).
 */
export async function waitUntilReady(page: Page): Promise<number> {
  await page.locator('html[data-copydesk="ready"]').waitFor({ state: 'attached' });
  await exposeSidebar(page);
  return Number(await page.locator('html').getAttribute('data-copydesk-count'));
}

/** Runs in the page, on the sidebar's finding items (Playwright's evaluateAll, puppeteer's $$eval): it must use nothing from outside itself. */
export function readFindings(items: Element[]): ListedFinding[] {
  return items.map((item) => ({
    rule: item.getAttribute('data-rule') ?? '',
    key: item.getAttribute('data-key') ?? '',
    exact: item.querySelector('.cd-exact')?.textContent ?? '',
    reason: item.querySelector('.cd-reason')?.textContent ?? '',
  }));
}

export async function listedFindings(page: Page): Promise<ListedFinding[]> {
  return page.locator(FINDINGS).evaluateAll(readFindings);
}

/** The text of every range of every `copydesk-*` highlight, by highlight name (state highlights included). */
export async function highlightTexts(page: Page | Frame): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const byName: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('copydesk-')) byName[name] = [...highlight].map((range) => range.toString());
    }
    return byName;
  });
}

/** Rule highlights only, as `{ rule id: texts }`. */
export async function ruleHighlightTexts(page: Page): Promise<Record<string, string[]>> {
  const byName = await highlightTexts(page);
  return Object.fromEntries(
    Object.entries(byName)
      .filter(([name]) => !STATE_HIGHLIGHTS.has(name))
      .map(([name, texts]) => [name.slice('copydesk-'.length), texts]),
  );
}

/** Resolves once the named highlight holds exactly one range, with this text, inside the viewport. */
export async function waitForHighlightInView(page: Page, name: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([name, text]) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])];
      if (ranges.length !== 1 || ranges[0]!.toString() !== text) return false;
      const rect = (ranges[0] as Range).getBoundingClientRect();
      return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
    },
    [name, text] as const,
  );
}

function groupByRule(findings: readonly ListedFinding[]): Record<string, string[]> {
  const byRule: Record<string, string[]> = {};
  for (const { rule, exact } of findings) (byRule[rule] ??= []).push(exact);
  for (const texts of Object.values(byRule)) texts.sort();
  return byRule;
}

/**
 * The page paints exactly what the sidebar lists: per rule, the texts of the highlight's ranges are
 * the flagged texts of the listed findings; the header counts and `data-copydesk-count` agree.
 */
export async function expectPaintedAsListed(page: Page): Promise<ListedFinding[]> {
  let findings: ListedFinding[] = [];
  // The list and the highlights are updated in separate steps (a render, a paint): retry until both agree.
  await expect(async () => {
    findings = await listedFindings(page);
    const painted = Object.entries(await ruleHighlightTexts(page))
      .filter(([, texts]) => texts.length > 0)
      .map(([rule, texts]) => [rule, [...texts].sort()]);
    expect(Object.fromEntries(painted)).toEqual(groupByRule(findings));
    expect(await page.locator('html').getAttribute('data-copydesk-count')).toBe(String(findings.length));
    for (const [rule, texts] of Object.entries(groupByRule(findings))) {
      expect(await page.locator(`${HOST} [data-count-rule="${rule}"]`).textContent()).toBe(String(texts.length));
    }
  }).toPass();
  return findings;
}

/** The page as the server sent it, parsed without running anything: what the live DOM looked like before Copydesk. */
export async function parsedAsServed(page: Page, selector: string): Promise<string> {
  const html = await (await page.request.get(page.url())).text();
  return page.evaluate(([html, selector]) => new DOMParser().parseFromString(html, 'text/html').querySelector(selector)?.innerHTML ?? '', [
    html,
    selector,
  ] as const);
}

/**
 * The performance marks the content script sets on a page that asked for signals: one when it
 * starts and one when it is done with the page, whatever it decided.
 */
export const CONTENT_SCRIPT_DONE_MARKS = ['copydesk:done'];

/**
 * Resolves once the content script is done deciding about the page. A page that asked for
 * signals gets the done mark; one that did not (an opt-out page, a page served as-is to prove it
 * sees nothing) is asked what the popup asks, which the content script answers only after its
 * gate ran.
 */
export async function waitForContentScriptDone(page: Page): Promise<void> {
  const signals = await page.evaluate(() => document.querySelector('meta[name="copydesk" i]')?.getAttribute('content')?.trim().toLowerCase() === 'signals');
  if (signals) {
    await page.waitForFunction((names) => performance.getEntriesByType('mark').some((mark) => names.includes(mark.name)), CONTENT_SCRIPT_DONE_MARKS);
    return;
  }
  await page.bringToFront();
  // Until the content script is injected, the message has no receiver.
  await expect(async () =>
    expect(await askContentScript(page.context(), 'getStatus')).toMatchObject({ value: { site: new URL(page.url()).hostname } }),
  ).toPass();
}

/** Copydesk left the page exactly as served: no attribute, no host, no highlight, not a byte changed. */
export async function expectUntouched(page: Page): Promise<void> {
  expect(await page.locator('html').getAttribute('data-copydesk')).toBeNull();
  await expect(page.locator(HOST)).toHaveCount(0);
  expect(await highlightTexts(page)).toEqual({});
  expect(await page.locator('html').evaluate((html) => html.innerHTML)).toBe(await parsedAsServed(page, 'html'));
}

/** The part of the extension API the tests call inside the service worker. */
export interface ExtensionApi {
  storage: {
    local: {
      QUOTA_BYTES: number;
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
  tabs: { query(filter: { active: boolean }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** The extension's service worker, started or about to start. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * The extension's service worker once its first run has written the stored layout (onInstalled):
 * storage read before that is not laid out yet, and a setting written before it could be overwritten.
 */
export async function installedServiceWorker(context: BrowserContext): Promise<Worker> {
  const worker = await extensionWorker(context);
  await expect
    .poll(() =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
        return (await chrome.storage.local.get('schemaVersion')).schemaVersion;
      }),
    )
    .toBeDefined();
  return worker;
}

/**
 * Sends the active tab's content script a Copydesk message from the service worker, as the
 * toolbar popup and the keyboard shortcut do, and gives its reply.
 */
export async function askContentScript(context: BrowserContext, type: 'getStatus' | 'checkPage'): Promise<unknown> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async (type) => {
    const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
    const [tab] = await chrome.tabs.query({ active: true });
    return chrome.tabs.sendMessage(tab!.id!, { copydesk: 1, type, request: {} });
  }, type);
}
