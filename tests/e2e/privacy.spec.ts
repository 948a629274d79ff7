// Privacy over the whole dev corpus: with every page loaded as published (its own scripts off, as
// the corpus is meant to be read), Copydesk makes no network request beyond the test server and
// its own files, and logs no error. One browser serves all pages, a fresh tab each.
// The page's scripts are turned off by a `script-src 'none'` CSP on the response rather than by
// DevTools' script switch: that switch also stops the content script from loading its page
// session, so nothing would be checked (and so nothing proven).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { launchChromium } from '../../scripts/browsers.mjs';
import { waitForContentScriptDone } from './copydesk-page.ts';
import { startServer } from './server.mjs';
import { CORPUS_PAGES as CORPUS, NO_CORPUS, corpusPageIds } from '../helpers/shared-corpus.ts';

// Lets the context report the extension service worker's own requests too (Chromium only).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const pageIds = corpusPageIds();

/** Requests only a script can make: with the page's own scripts off, any of them is ours. */
const SCRIPTED = new Set(['XHR', 'Fetch', 'EventSource', 'WebSocket', 'Ping', 'Preflight']);

interface Leak {
  page: string;
  url: string;
  why: string;
}

test.skip(pageIds.length === 0, NO_CORPUS);

test('no network request and no console error from Copydesk on any dev corpus page', async () => {
  test.setTimeout(pageIds.length * 6_000 + 60_000);
  const generated = Object.fromEntries(pageIds.map((id) => [`/corpus/${id}.html`, readFileSync(path.join(CORPUS, id, 'page.html'), 'utf8')]));
  const server = await startServer({ generated });
  const { context, close } = await launchChromium({ dir: process.env.COPYDESK_EXTENSION_DIR });
  const ours = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith('chrome-extension://');
  const leaks: Leak[] = [];
  const errors: string[] = [];
  let current = '(start-up)';
  let checked = 0;

  try {
    await context.route(`${server.origin}/corpus/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
    });
    // Keep the run offline: the pages' own images and styles on the web are refused, not fetched.
    await context.route(
      (url) => !ours(url.href),
      (route) => route.abort('blockedbyclient'),
    );
    // Anything the extension's own pages or service worker ask of the web is a leak, whatever it is.
    context.on('request', (request) => {
      if (ours(request.url())) return;
      const worker = request.serviceWorker();
      const frameUrl = worker ? worker.url() : request.frame().url();
      if (frameUrl.startsWith('chrome-extension://')) leaks.push({ page: current, url: request.url(), why: `requested by ${frameUrl}` });
    });

    const watchPage = async (page: Page, id: string): Promise<CDPSession> => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      cdp.on('Network.requestWillBeSent', ({ request, type, initiator }) => {
        if (ours(request.url)) return;
        const stack = [initiator.url, ...(initiator.stack?.callFrames ?? []).map((frame) => frame.url)];
        if (stack.some((url) => url?.startsWith('chrome-extension://'))) {
          leaks.push({ page: id, url: request.url, why: `initiated by the extension (${type ?? 'unknown'})` });
        } else if (type !== undefined && SCRIPTED.has(type)) {
          leaks.push({ page: id, url: request.url, why: `${type} request with the page's scripts off` });
        }
      });
      cdp.on('Network.webSocketCreated', ({ url }) => leaks.push({ page: id, url, why: 'WebSocket' }));
      page.on('console', (message) => {
        const fromUs = message.location().url.startsWith('chrome-extension://') || /copydesk/i.test(message.text());
        if (message.type() === 'error' && fromUs) {
          errors.push(`${id}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => errors.push(`${id}: uncaught ${String(error)}`));
      return cdp;
    };

    for (const id of pageIds) {
      current = id;
      const page = await context.newPage();
      const cdp = await watchPage(page, id);
      await page.goto(`${server.origin}/corpus/${id}.html`, { waitUntil: 'domcontentloaded' });
      await waitForContentScriptDone(page);
      if ((await page.locator('html').getAttribute('data-copydesk')) === 'ready') checked += 1;
      await cdp.detach();
      await page.close();
    }
  } finally {
    await close();
    await server.close();
  }

  // Most corpus pages are articles: a run that checked few of them proves little.
  expect(checked).toBeGreaterThan(pageIds.length * 0.8);
  expect(leaks).toEqual([]);
  expect(errors).toEqual([]);
});
