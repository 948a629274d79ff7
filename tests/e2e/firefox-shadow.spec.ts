// An article inside an open shadow root, in Firefox ESR: read through content-script Xrays,
// painted by Copydesk's stylesheet in the shadow tree, clickable, and cleaned up.
//
// How the stylesheet gets into the tree depends on the ESR (src/content/page-style.ts adopts it
// where it can, else appends a <style>): ESR 140's content scripts cannot reach adoptedStyleSheets
// through their Xray wrappers, so there it is a <style id="copydesk-highlight-style">; ESR 153's
// can, so there the shadow root adopts it and no node is added. Both are right; what must hold in
// every ESR from the manifest's minimum on is that exactly one Copydesk sheet is in the article's
// tree, holding the highlight rules, beside the page's own sheets and never in the document.
import { test, expect } from '@playwright/test';
import type { JSHandle, Page } from 'puppeteer-core';
import { listedFindingsInFirefox, useFirefox, waitUntilReadyInFirefox } from './firefox-browser.ts';

const firefox = useFirefox();

/**
 * A function, in the page, naming a shadow root's sheets, adopted ones first: 'copydesk adopted' or
 * 'copydesk style' for Copydesk's (with whether it holds the highlight rules), the first rule's
 * text for the page's own.
 */
function sheetNamer(page: Page): Promise<JSHandle<(root: ShadowRoot) => string[]>> {
  return page.evaluateHandle(() => (root: ShadowRoot) => {
    const sheets: [CSSStyleSheet, string][] = [
      ...root.adoptedStyleSheets.map((sheet): [CSSStyleSheet, string] => [sheet, 'adopted']),
      ...[...root.styleSheets].map((sheet): [CSSStyleSheet, string] => [sheet, 'style']),
    ];
    return sheets.map(([sheet, how]) => {
      const rules = [...sheet.cssRules].map((rule) => rule.cssText);
      const highlights = rules.some((rule) => rule.includes('::highlight(copydesk-typo)'));
      const ours = (sheet.ownerNode as Element | null)?.id === 'copydesk-highlight-style' || highlights;
      return ours ? `copydesk ${how} ${highlights ? 'with' : 'without'} highlight rules` : (rules[0] ?? '');
    });
  });
}

test('Firefox: an article inside an open shadow root is checked, painted in its tree and clickable', async ({}, testInfo) => {
  const page = await firefox().newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(message.text());
  });
  await page.goto(process.env.E2E_ORIGIN! + '/pages/hostile-shadow-only.html');
  await waitUntilReadyInFirefox(page);
  const exact = (await listedFindingsInFirefox(page)).map((finding) => finding.exact);
  expect(exact).toEqual(['goverment']);
  const painted = await page.$eval(
    'news-app',
    (host, sheetsOf) => {
      const root = host.shadowRoot!;
      const range = [...(CSS.highlights.get('copydesk-typo') ?? [])][0] as Range | undefined;
      const rect = range?.getClientRects()[0];
      return {
        text: range?.toString(),
        inTree: range?.startContainer.getRootNode() === root,
        sheets: sheetsOf(root),
        pageStyle: document.querySelectorAll('#copydesk-highlight-style').length + document.adoptedStyleSheets.length,
        point: rect ? { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 } : null,
      };
    },
    await sheetNamer(page),
  );
  const screenshot = testInfo.outputPath('shadow-firefox.png') as `${string}.png`;
  await page.screenshot({ path: screenshot });
  await testInfo.attach('shadow-firefox', { path: screenshot, contentType: 'image/png' });
  expect(painted).toMatchObject({ text: 'goverment', inTree: true, pageStyle: 0 });
  expect(painted.sheets).toHaveLength(1);
  expect(painted.sheets[0]).toMatch(/^copydesk (adopted|style) with highlight rules$/);
  await page.mouse.click(painted.point!.x, painted.point!.y);
  await page.waitForSelector('#copydesk-host >>> li[data-finding][aria-selected="true"]');
  expect(errors).toEqual([]);
  await page.close();
});

test('Firefox: a nested shadow root that adopts its own stylesheet keeps it beside Copydesk’s', async () => {
  const page = await firefox().newPage();
  await page.goto(process.env.E2E_ORIGIN! + '/pages/hostile-shadow-styled.html');
  await waitUntilReadyInFirefox(page);
  const exact = (await listedFindingsInFirefox(page)).map((finding) => finding.exact);
  expect(exact).toEqual(['recieve']);
  const sheets = await page.$eval('news-app', (host, sheetsOf) => sheetsOf(host.shadowRoot!.querySelector('story-view')!.shadowRoot!), await sheetNamer(page));
  // The page's own adopted sheet stays first; Copydesk's follows it, in whichever form this ESR allows.
  expect(sheets).toHaveLength(2);
  expect(sheets[0]).toBe('p { color: rgb(20, 40, 90); }');
  expect(sheets[1]).toMatch(/^copydesk (adopted|style) with highlight rules$/);
  await page.close();
});
