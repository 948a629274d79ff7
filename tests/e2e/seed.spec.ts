// The seed article in Chromium: what is flagged, what is painted, and everything a reader can do with it.
import { test, expect } from './fixtures.ts';
import {
  FINDINGS,
  HOST,
  SELECTED,
  expectPaintedAsListed,
  highlightTexts,
  listedFindings,
  parsedAsServed,
  waitForHighlightInView,
  waitUntilReady,
} from './copydesk-page.ts';
import { SEED_PATH, expectSeedFindings } from './seed-expectations.ts';

const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:']);

test('flags the seed errors, paints exactly them, leaves the article untouched and the machine offline', async ({ page, origin, requests }, testInfo) => {
  await page.goto(origin + SEED_PATH);
  const count = await waitUntilReady(page);
  await expect(page.locator(`${HOST} aside[role="complementary"][aria-label="Copydesk"]`)).toBeVisible();
  const screenshot = testInfo.outputPath('seed-light.png');
  await page.screenshot({ path: screenshot });
  await testInfo.attach('seed-light', { path: screenshot, contentType: 'image/png' });

  expect(await page.locator('article').evaluate((article) => article.innerHTML)).toBe(await parsedAsServed(page, 'article'));
  expect(await page.locator(HOST).evaluate((host) => host.parentElement === document.documentElement)).toBe(true);
  const foreign = requests.filter((url) => {
    const parsed = new URL(url);
    return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== origin;
  });
  expect(foreign).toEqual([]);

  const findings = await expectPaintedAsListed(page);
  expect(findings).toHaveLength(count);
  expectSeedFindings(findings);
});

test.describe('dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('annotates the seed with the sidebar in the dark theme', async ({ page, origin }, testInfo) => {
    await page.goto(origin + SEED_PATH);
    await waitUntilReady(page);
    await expect(page.locator(`${HOST} aside[role="complementary"]`)).toBeVisible();
    const screenshot = testInfo.outputPath('seed-dark.png');
    await page.screenshot({ path: screenshot });
    await testInfo.attach('seed-dark', { path: screenshot, contentType: 'image/png' });
    expectSeedFindings(await expectPaintedAsListed(page));
  });
});

test('clicking an item scrolls its span into view and flashes it; clicking a highlight selects its item', async ({ page, origin }) => {
  await page.setViewportSize({ width: 1280, height: 480 });
  await page.goto(origin + SEED_PATH);
  await waitUntilReady(page);

  // The finding lowest on the page: the last of its rule's items with its text (items keep reading order within a rule).
  const lowest = await page.evaluate(() => {
    const painted = [...CSS.highlights]
      .filter(([name]) => name.startsWith('copydesk-') && name !== 'copydesk-flash' && name !== 'copydesk-selected')
      .flatMap(([name, highlight]) => ([...highlight] as Range[]).map((range) => ({ name, range })));
    const { name, range } = painted.reduce((low, next) => (next.range.getBoundingClientRect().top > low.range.getBoundingClientRect().top ? next : low));
    return { rule: name.slice('copydesk-'.length), exact: range.toString(), top: range.getBoundingClientRect().top };
  });
  expect(lowest.top, 'the lowest finding starts below the fold').toBeGreaterThan(480);
  const item = page
    .locator(`${FINDINGS}[data-rule="${lowest.rule}"]`)
    .filter({ has: page.locator('.cd-exact', { hasText: lowest.exact }) })
    .last();
  const key = (await item.getAttribute('data-key'))!;

  await item.click();
  await waitForHighlightInView(page, 'copydesk-flash', lowest.exact);
  await expect(page.locator(SELECTED)).toHaveAttribute('data-key', key);
  await page.waitForFunction(() => (CSS.highlights.get('copydesk-flash')?.size ?? 0) === 0);

  // Click a highlighted word that no other finding overlaps: its item becomes the selected one.
  const findings = await listedFindings(page);
  const target = await page.evaluate((findings) => {
    const rangeOf = (f: { rule: string; exact: string }) =>
      [...(CSS.highlights.get(`copydesk-${f.rule}`) ?? [])].find((r) => r.toString() === f.exact) as Range;
    const overlaps = (a: Range, b: Range) => a.compareBoundaryPoints(Range.START_TO_END, b) < 0 && a.compareBoundaryPoints(Range.END_TO_START, b) > 0;
    const ranges = findings.map(rangeOf);
    const index = ranges.findIndex((range, i) => ranges.every((other, j) => j === i || !overlaps(range, other)));
    ranges[index]!.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = ranges[index]!.getClientRects()[0]!;
    return { index, point: { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 } };
  }, findings);
  const first = findings[target.index]!;
  const point = target.point;
  await page.mouse.click(point.x, point.y);
  await expect(page.locator(SELECTED)).toHaveAttribute('data-key', first.key);
});

test('keyboard: next / previous finding in the page, sidebar toggle, arrows, Enter and Delete in the list', async ({ page, origin }) => {
  await page.goto(origin + SEED_PATH);
  const count = await waitUntilReady(page);
  const findings = await listedFindings(page);
  expect(findings.length).toBeGreaterThan(2);
  const [first, second] = findings as [(typeof findings)[0], (typeof findings)[0]];

  await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.locator(SELECTED)).toHaveAttribute('data-key', first.key);
  await waitForHighlightInView(page, 'copydesk-selected', first.exact);
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.locator(SELECTED)).toHaveAttribute('data-key', second.key);
  await waitForHighlightInView(page, 'copydesk-selected', second.exact);
  await page.keyboard.press('Alt+Shift+P');
  await expect(page.locator(SELECTED)).toHaveAttribute('data-key', first.key);

  const aside = page.locator(`${HOST} aside[role="complementary"]`);
  await page.keyboard.press('Alt+Shift+S');
  await expect(aside).toBeHidden();
  await page.keyboard.press('Alt+Shift+S');
  await expect(aside).toBeVisible();

  await page.locator(`${FINDINGS}[data-key="${first.key}"]`).click();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(SELECTED)).toHaveAttribute('data-key', second.key);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(SELECTED)).toHaveAttribute('data-key', first.key);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitForHighlightInView(page, 'copydesk-flash', second.exact);
  await page.keyboard.press('Delete');
  await expect(page.locator('html')).toHaveAttribute('data-copydesk-count', String(count - 1));
  await expect(page.locator(`${FINDINGS}[data-key="${second.key}"]`)).toHaveCount(0);
});

test('collapse to a tab and expand again', async ({ page, origin }) => {
  await page.goto(origin + SEED_PATH);
  await waitUntilReady(page);
  const aside = page.locator(`${HOST} aside[role="complementary"]`);
  await page.locator(`${HOST} button[data-action="collapse"]`).click();
  await expect(page.locator(`${HOST} button[data-action="expand"]`)).toBeVisible();
  await expect(page.locator(FINDINGS).first()).toBeHidden();
  await page.reload();
  await waitUntilReady(page);
  await expect(page.locator(`${HOST} button[data-action="expand"]`), 'the collapsed state is remembered').toBeVisible();
  await page.locator(`${HOST} button[data-action="expand"]`).click();
  await expect(aside).toBeVisible();
  await expect(page.locator(FINDINGS).first()).toBeVisible();
});

test('a dismissed finding stays dismissed after a reload; undo brings it back', async ({ page, origin }) => {
  await page.goto(origin + SEED_PATH);
  const count = await waitUntilReady(page);
  const target = (await listedFindings(page)).find((finding) => finding.exact === 'Houtchins')!;
  const item = page.locator(`${FINDINGS}[data-key="${target.key}"]`);

  await item.locator('button[data-action="dismiss"]').click();
  await expect(item).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-copydesk-count', String(count - 1));
  await expectPaintedAsListed(page);

  await page.locator(`${HOST} button[data-action="undo"]`).click();
  await expect(item).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-copydesk-count', String(count));
  await expectPaintedAsListed(page);

  await item.locator('button[data-action="dismiss"]').click();
  await expect(item).toHaveCount(0);
  await page.reload();
  expect(await waitUntilReady(page)).toBe(count - 1);
  await expect(item).toHaveCount(0);
  expect((await highlightTexts(page))['copydesk-' + target.rule] ?? []).not.toContain(target.exact);
});

test('a word added to the dictionary is no longer flagged, after a reload too; undo restores it', async ({ page, origin }) => {
  // The seed's unknown words are all names; this page has a plain misspelling.
  await page.goto(origin + '/pages/dark.html');
  const count = await waitUntilReady(page);
  const typo = page.locator(`${FINDINGS}[data-rule="typo"]`).filter({ has: page.locator('.cd-exact', { hasText: /^databse$/ }) });
  await expect(typo).toHaveCount(1);

  await typo.locator('button[data-action="add-word"]').click();
  await expect(typo).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-copydesk-count', String(count - 1));
  await expectPaintedAsListed(page);

  await page.locator(`${HOST} button[data-action="undo"]`).click();
  await expect(typo).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-copydesk-count', String(count));

  await typo.locator('button[data-action="add-word"]').click();
  await expect(typo).toHaveCount(0);
  await page.reload();
  expect(await waitUntilReady(page)).toBe(count - 1);
  await expect(typo).toHaveCount(0);
  expect((await highlightTexts(page))['copydesk-typo'] ?? []).not.toContain('databse');
});
