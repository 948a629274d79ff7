// Firefox ESR: a page cannot see into the sidebar, and the sidebar's module (web-accessible with
// use_dynamic_url, which Firefox accepts) still loads. Driven over WebDriver BiDi with
// puppeteer-core. (That a non-article page sees no sign of Copydesk is proven in Chromium, which
// can ask the content script when it is done: page-isolation.spec.ts.)
import { test, expect } from '@playwright/test';
import { useFirefox } from './firefox-browser.ts';

const firefox = useFirefox();
const origin = () => process.env.E2E_ORIGIN!;

test('Firefox: the sidebar loads on an article, in a shadow root the page cannot open', async () => {
  const page = await firefox().newPage();
  await page.goto(origin() + '/seeds/rust-letter.html');
  // Ready is set once the sidebar (content-deferred.js, imported at its runtime.getURL address) is drawn.
  await page.waitForSelector('html[data-copydesk="ready"]');
  const seen = await page.evaluate(() => {
    const host = document.getElementById('copydesk-host');
    return {
      host: host !== null,
      shadowRoot: host?.shadowRoot != null,
      loaded: performance.getEntriesByName('copydesk:load-deferred').length,
      items: document.querySelectorAll('li[data-finding]').length,
    };
  });
  expect(seen).toEqual({ host: true, shadowRoot: false, loaded: 1, items: 0 });
  await page.close();
});
