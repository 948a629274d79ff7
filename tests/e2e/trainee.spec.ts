// For trainee journalists, in Chromium: each finding's rule explained, the report exported (the
// downloaded files' contents checked) and copied, and practice mode (mark spans, reveal, score).
import fs from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { FINDINGS, HOST, highlightTexts, listedFindings, waitUntilReady } from './copydesk-page.ts';
import { SEED_PATH } from './seed-expectations.ts';

const button = (action: string) => `${HOST} button[data-action="${action}"]`;

/** Double-clicks a word of the article, the way a reader selects it. */
async function doubleClickWord(page: Page, word: string): Promise<void> {
  const point = await page.evaluate((word) => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.search(new RegExp(`\\b${word}\\b`));
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`no “${word}” in the article`);
  }, word);
  await page.mouse.dblclick(point.x, point.y);
  await page.waitForFunction((word) => document.getSelection()?.toString().trim() === word, word);
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

test('a finding expands to its rule’s full explanation, rendered from the bundled README', async ({ page, origin }, testInfo) => {
  await page.goto(origin + SEED_PATH);
  await waitUntilReady(page);
  const item = page.locator(`${FINDINGS}[data-rule="name-variant"]`).filter({ has: page.locator('.cd-exact', { hasText: /^Houtchins$/ }) });
  const explain = item.locator('button[data-action="explain"]');
  await expect(item.locator('.cd-reason')).toContainText('Houtchins');
  await expect(explain).toHaveAttribute('aria-expanded', 'false');

  await explain.click();
  await expect(explain).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator(`${HOST} [id="${await explain.getAttribute('aria-controls')}"]`);
  await expect(panel.locator('h4')).toHaveText('name-variant');
  await expect(panel.locator('h5').first()).toBeVisible();
  await expect(panel.locator('li').first()).toBeVisible();
  expect(await panel.locator('script, iframe, img').count()).toBe(0);
  await expect(page.locator(`${FINDINGS}[aria-selected="true"]`), 'opening the explanation does not jump to the finding').toHaveCount(0);
  await attachScreenshot(page, testInfo, 'explanation');

  await explain.click();
  await expect(explain).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toHaveCount(0);
});

test('the report downloads as Markdown and JSON, and copies to the clipboard', async ({ page, origin, context }) => {
  await page.goto(origin + SEED_PATH);
  const count = await waitUntilReady(page);
  const listed = await listedFindings(page);
  await expect(page.locator(`${HOST} [data-quality]`)).toHaveText(/^\d+\.\d+ per 1,000 words — .*professionally edited pages/);

  const [markdownDownload] = await Promise.all([page.waitForEvent('download'), page.locator(button('export-md')).click()]);
  expect(markdownDownload.suggestedFilename()).toMatch(/^copydesk-alec-baldwin-sends-a-letter[\w-]*-\d{4}-\d\d-\d\d\.md$/);
  const markdown = await fs.readFile((await markdownDownload.path())!, 'utf8');
  expect(markdown).toMatch(/^# Alec Baldwin sends a letter to Rust crew on Instagram/);
  expect(markdown).toContain(`- Page: <${origin}${SEED_PATH}>`);
  expect(markdown).toMatch(/^- Checked: \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC$/m);
  expect(markdown).toContain(`- ${count} findings in `);
  expect(markdown).toMatch(/^\| Name variants \| 3 \|$/m);
  expect(markdown).toMatch(/Halyna \*\*Houtchins\*\*, cinematographer[^\n]*\n {3}- Why: [^\n]+\n {3}- Suggestion: “Hutchins”/);
  await expect(page.locator(`${HOST} [role="status"]`)).toContainText(markdownDownload.suggestedFilename());

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator(button('export-json')).click()]);
  expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
  const report = JSON.parse(await fs.readFile((await jsonDownload.path())!, 'utf8')) as {
    url: string;
    words: number;
    counts: { ruleId: string; count: number }[];
    findings: { ruleId: string; key: string; context: { exact: string }; reason: string }[];
  };
  expect(report.url).toBe(origin + SEED_PATH);
  expect(report.words).toBeGreaterThan(400);
  expect(report.findings.map((f) => [f.ruleId, f.key, f.context.exact, f.reason])).toEqual(listed.map((f) => [f.rule, f.key, f.exact, f.reason]));
  for (const { ruleId, count: n } of report.counts) {
    await expect(page.locator(`${HOST} [data-count-rule="${ruleId}"]`)).toHaveText(String(n));
  }

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.locator(button('copy-report')).click();
  await expect(page.locator(`${HOST} [role="status"]`)).toContainText('Copied the report');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.replace(/^- Checked: .*$/m, '')).toBe(markdown.replace(/^- Checked: .*$/m, ''));
});

test('practice mode: findings hidden, the student marks spans, reveal scores them per rule', async ({ page, origin }, testInfo) => {
  await page.goto(origin + SEED_PATH);
  const count = await waitUntilReady(page);
  const findings = await listedFindings(page);
  const nameVariants = findings.filter((f) => f.rule === 'name-variant').length;

  await page.locator(button('practice')).click();
  await expect(page.locator(button('practice'))).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(FINDINGS)).toHaveCount(0);
  await expect(page.locator(`${HOST} [data-count-rule]`)).toHaveCount(0);
  await expect.poll(async () => Object.values(await highlightTexts(page)).flat()).toEqual([]);

  // Nothing selected yet: the student is told what to do.
  await page.locator(button('mark-selection')).click();
  await expect(page.locator(`${HOST} [role="status"]`)).toHaveText('Select a word or phrase in the article first.');

  await doubleClickWord(page, 'Houtchins');
  await page.locator(button('mark-selection')).click();
  await doubleClickWord(page, 'cinematographer');
  await page.locator(button('mark-selection')).click();
  await expect(page.locator(`${HOST} li[data-mark]`)).toHaveCount(2);
  await expect.poll(async () => (await highlightTexts(page))['copydesk-practice']?.sort()).toEqual(['Houtchins', 'cinematographer']);
  await attachScreenshot(page, testInfo, 'practice-marking');
  // Shortcuts would give the answers away while practising.
  await page.keyboard.press('Alt+Shift+N');
  expect((await highlightTexts(page))['copydesk-selected'] ?? []).toEqual([]);

  await page.locator(button('reveal')).click();
  await expect(page.locator(`${HOST} [data-score="overall"]`)).toHaveText(`You caught 1 of ${count} (${Math.round(100 / count)}%).`);
  await expect(page.locator(`${HOST} [data-score-rule="name-variant"]`)).toHaveText(`1/${nameVariants}`);
  await expect(page.locator(`${HOST} [data-score-rule="repeated-word"]`)).toHaveText('0/1');
  await expect(page.locator(`${HOST} li[data-extra]`)).toHaveCount(1);
  await expect(page.locator(`${HOST} li[data-extra]`)).toContainText('“cinematographer”');
  await expect(page.locator(FINDINGS)).toHaveCount(count);
  await expect(page.locator(`${FINDINGS}[data-practice="caught"] .cd-exact`)).toHaveText(['Houtchins']);
  await expect(page.locator(`${FINDINGS}[data-practice="missed"]`)).toHaveCount(count - 1);
  await expect.poll(async () => (await highlightTexts(page))['copydesk-name-variant']).toContain('Houtchins');
  await attachScreenshot(page, testInfo, 'practice-revealed');

  await page.locator(button('practice')).click();
  await expect(page.locator(button('practice'))).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator(`${FINDINGS}[data-practice]`)).toHaveCount(0);
  await expect.poll(async () => (await highlightTexts(page))['copydesk-practice']).toBeUndefined();
});
