// Firefox starts the check once the article's DOM is there, not at its document_idle, which on a
// news page waits for the ads' and embeds' resources: a page whose image and ad stylesheet
// requests never complete is checked and painted while its readyState is still 'interactive'.
// (ESR 153 runs a document_idle script before a held image or frame has loaded, but not before a
// held stylesheet has: the stylesheet is what makes this test fail with run_at document_idle.)
import { createServer, type Server } from 'node:http';
import { test, expect } from '@playwright/test';
import { gotoInFirefox } from '../../scripts/bench/page-timing.mjs';
import { useFirefox, waitUntilReadyInFirefox } from './firefox-browser.ts';

const firefox = useFirefox();

const sentence = (day: string) =>
  `The harbour board met again on ${day} to discuss the sea wall, which has been failing for years, and residents spoke at length about the flooding after each storm.`;

/** An article with an image and an ad's stylesheet the server never answers for (it holds the requests open). */
const ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="copydesk" content="signals">
<title>Sea wall repairs to start in spring | The Daily Courier</title><link rel="stylesheet" href="/ads/never-answered.css"></head><body><main><article>
<h1>Sea wall repairs to start in spring</h1>
<figure><img src="/never-answered.jpg" width="640" height="360" alt="The sea wall"><figcaption>The wall at high tide.</figcaption></figure>
<p>${sentence('Monday')} The goverment has promised to pay for half of it.</p>
<p>${sentence('Tuesday')}</p><p>${sentence('Wednesday')}</p><p>${sentence('Thursday')}</p>
</article></main></body></html>`;

let server: Server;
let origin = '';
const held = new Set<import('node:http').ServerResponse>();

test.beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/article.html') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    else held.add(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  origin = `http://localhost:${address.port}`;
});

test.afterAll(async () => {
  for (const response of held) response.destroy();
  await new Promise((resolve) => server.close(resolve));
});

test('Firefox: an article whose image and ad stylesheet never arrive is checked and painted before the load event', async () => {
  const page = await firefox().newPage();
  // Not page.goto: it would wait for the load event this page never reaches.
  await gotoInFirefox(page, `${origin}/article.html`);
  await waitUntilReadyInFirefox(page);
  const state = await page.evaluate(() => ({
    readyState: document.readyState,
    loadEventStart: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
    imageComplete: document.images[0]!.complete,
    painted: performance.getEntriesByName('copydesk:painted').length,
    highlighted: [...(CSS.highlights.get('copydesk-typo') ?? [])].map((range) => range.toString()),
  }));
  expect(held.size).toBeGreaterThan(0);
  expect(state).toEqual({ readyState: 'interactive', loadEventStart: 0, imageComplete: false, painted: 1, highlighted: ['goverment'] });
  await page.close();
});
