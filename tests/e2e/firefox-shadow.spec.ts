// An article inside an open shadow root, in Firefox ESR: read through content-script Xrays,
// painted by a stylesheet the shadow root adopted, clickable, and cleaned up.
import { test, expect } from '@playwright/test';
import { useFirefox } from './firefox-browser.ts';

const firefox = useFirefox();

test('Firefox: an article inside an open shadow root is checked, painted in its tree and clickable', async ({}, testInfo) => {
  const page = await firefox().newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(message.text());
  });
  await page.goto(process.env.E2E_ORIGIN! + '/pages/hostile-shadow-only.html');
  await page.waitForSelector('html[data-copydesk="ready"]');
  const exact = await page.$$eval('#copydesk-host >>> li[data-finding] .cd-exact', (items) => items.map((item) => item.textContent));
  expect(exact).toEqual(['goverment']);
  const painted = await page.$eval('news-app', (host) => {
    const root = host.shadowRoot!;
    const range = [...(CSS.highlights.get('copydesk-typo') ?? [])][0] as Range | undefined;
    const rect = range?.getClientRects()[0];
    return {
      text: range?.toString(),
      inTree: range?.startContainer.getRootNode() === root,
      // Firefox content scripts cannot adopt sheets (adoptedStyleSheets is not reachable through their Xray wrappers): a <style> in the tree.
      // (The page cannot read the rules of a sheet the content script added.)
      styleElements: root.querySelectorAll('style#copydesk-highlight-style').length,
      pageStyle: document.querySelectorAll('#copydesk-highlight-style').length,
      point: rect ? { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 } : null,
    };
  });
  const screenshot = testInfo.outputPath('shadow-firefox.png') as `${string}.png`;
  await page.screenshot({ path: screenshot });
  await testInfo.attach('shadow-firefox', { path: screenshot, contentType: 'image/png' });
  console.log(JSON.stringify(painted), errors);
  expect(painted).toMatchObject({ text: 'goverment', inTree: true, styleElements: 1, pageStyle: 0 });
  await page.mouse.click(painted.point!.x, painted.point!.y);
  await page.waitForSelector('#copydesk-host >>> li[data-finding][aria-selected="true"]');
  expect(errors).toEqual([]);
  await page.close();
});

test('Firefox: a nested shadow root that adopts its own stylesheet keeps it beside Copydesk’s', async () => {
  const page = await firefox().newPage();
  await page.goto(process.env.E2E_ORIGIN! + '/pages/hostile-shadow-styled.html');
  await page.waitForSelector('html[data-copydesk="ready"]');
  const exact = await page.$$eval('#copydesk-host >>> li[data-finding] .cd-exact', (items) => items.map((item) => item.textContent));
  expect(exact).toEqual(['recieve']);
  const sheets = await page.$eval('news-app', (host) => {
    const root = host.shadowRoot!.querySelector('story-view')!.shadowRoot!;
    return [...root.adoptedStyleSheets, ...root.styleSheets].map((sheet) => (sheet.ownerNode ? (sheet.ownerNode as Element).id : sheet.cssRules[0]!.cssText));
  });
  expect(sheets).toEqual(['p { color: rgb(20, 40, 90); }', 'copydesk-highlight-style']);
  await page.close();
});
