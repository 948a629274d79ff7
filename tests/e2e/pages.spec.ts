// Pages other than the seed in Chromium: pages Copydesk must leave alone, a single-page app, a dark site.
import { test, expect } from './fixtures.ts';
import {
  FINDINGS,
  HOST,
  askContentScript,
  expectPaintedAsListed,
  expectUntouched,
  listedFindings,
  waitForContentScriptDone,
  waitUntilReady,
} from './copydesk-page.ts';

test('a page with no article: no sidebar, no highlights, no console errors', async ({ page, origin, consoleErrors }) => {
  await page.goto(origin + '/pages/no-article.html');
  await waitForContentScriptDone(page);
  await expectUntouched(page);
  expect(consoleErrors).toEqual([]);
});

test('a page with no article still answers the popup, and is checked when the reader asks', async ({ page, context, origin, consoleErrors }) => {
  await page.goto(origin + '/pages/no-article.html');
  await waitForContentScriptDone(page);
  // Answering the popup touches nothing on the page.
  expect(await askContentScript(context, 'getStatus')).toMatchObject({ value: { state: 'idle', count: 0, siteEnabled: true } });
  await expectUntouched(page);
  expect(await askContentScript(context, 'checkPage')).toMatchObject({ value: { state: 'ready' } });
  await expect(page.locator(HOST)).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('an article whose page opts out with <meta name="copydesk" content="off">: nothing at all', async ({ page, origin, consoleErrors }) => {
  await page.goto(origin + '/pages/opt-out.html');
  await waitForContentScriptDone(page);
  await expectUntouched(page);
  expect(consoleErrors).toEqual([]);
});

/** Every painted range is live text inside `articleSelector`, and there is at least one. */
async function paintedRangesInside(page: import('@playwright/test').Page, articleSelector: string): Promise<boolean> {
  return page.evaluate((articleSelector) => {
    const article = document.querySelector(articleSelector);
    const ranges = [...CSS.highlights]
      .filter(([name]) => name.startsWith('copydesk-') && name !== 'copydesk-flash' && name !== 'copydesk-selected')
      .flatMap(([, highlight]) => [...highlight] as Range[]);
    return article !== null && ranges.length > 0 && ranges.every((range) => range.toString() !== '' && article.contains(range.commonAncestorContainer));
  }, articleSelector);
}

test('client-side navigation to a second article: old highlights gone, new ones painted', async ({ page, origin, consoleErrors }) => {
  await page.goto(origin + '/pages/spa.html');
  await waitUntilReady(page);
  expect(await paintedRangesInside(page, '#story-1')).toBe(true);
  await expectPaintedAsListed(page);
  const firstStoryFindings = await listedFindings(page);

  await page.locator('#story-2-link').click();
  await page.waitForURL('**/spa.html?story=2');
  await page.waitForFunction(() => document.querySelector('#story-1') === null);
  await expect.poll(() => paintedRangesInside(page, '#story-2'), { message: 'only the second story is painted' }).toBe(true);
  await waitUntilReady(page);
  const secondStoryFindings = await expectPaintedAsListed(page);
  for (const old of firstStoryFindings) {
    expect(secondStoryFindings.map((finding) => finding.key)).not.toContain(old.key);
  }
  await expect(page.locator(FINDINGS).first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test.describe('a site with a dark design', () => {
  test.use({ colorScheme: 'dark' });

  test('is annotated, and the sidebar follows the dark system theme', async ({ page, origin }, testInfo) => {
    await page.goto(origin + '/pages/dark.html');
    const count = await waitUntilReady(page);
    expect(count).toBeGreaterThan(0);
    await expectPaintedAsListed(page);
    const aside = page.locator(`${HOST} aside[role="complementary"]`);
    await expect(aside).toBeVisible();
    const { background, text, opaque } = await aside.evaluate((element) => {
      // Relative luminance, enough to tell a dark panel with light text from the opposite.
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const style = getComputedStyle(element);
      return { background: luminance(style.backgroundColor), text: luminance(style.color), opaque: style.backgroundColor.startsWith('rgb(') };
    });
    expect(opaque, 'the panel has its own background').toBe(true);
    expect(background, 'dark panel').toBeLessThan(0.3);
    expect(text, 'light text').toBeGreaterThan(0.7);
    const screenshot = testInfo.outputPath('dark-site.png');
    await page.screenshot({ path: screenshot });
    await testInfo.attach('dark-site', { path: screenshot, contentType: 'image/png' });
  });
});
