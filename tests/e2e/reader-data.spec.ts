// What Copydesk keeps of the reader's (issue 13): dismissals are stored under the page's origin
// and path only (never a query string's tokens or session ids), and a dismissal the browser could
// not store is not shown as done.
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { FINDINGS, HOST, installedServiceWorker, waitUntilReady, type ExtensionApi } from './copydesk-page.ts';

test.describe.configure({ mode: 'parallel' });

const storedKeys = async (context: BrowserContext): Promise<Record<string, unknown>> =>
  (await installedServiceWorker(context)).evaluate(async () => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.get(null));

test('a dismissal is stored under the page’s origin and path: its query string (a session id) is never kept', async ({ page, origin, context }) => {
  await installedServiceWorker(context);
  await page.goto(origin + '/pages/dark.html?session=s3cr3t-token&utm_source=mail#top');
  const count = await waitUntilReady(page);
  await page.locator(`${FINDINGS} button[data-action="dismiss"]`).first().click();
  await expect(page.locator('html')).toHaveAttribute('data-copydesk-count', String(count - 1));
  await expect
    .poll(async () => Object.keys(await storedKeys(context)).filter((key) => key.startsWith('dismissed:')))
    .toEqual([`dismissed:${origin}/pages/dark.html`]);
  expect(JSON.stringify(await storedKeys(context))).not.toContain('s3cr3t');
  // The same article under another query string shows the dismissal too.
  await page.goto(origin + '/pages/dark.html?session=another');
  expect(await waitUntilReady(page)).toBe(count - 1);
});

test('when the browser’s storage is full, Dismiss says it did not happen and the finding stays', async ({ page, origin, context }) => {
  const worker = await installedServiceWorker(context);
  await page.goto(origin + '/pages/dark.html');
  const count = await waitUntilReady(page);
  // Fill storage.local up to its quota, leaving less room than a dismissal needs.
  await worker.evaluate(async () => {
    const local = (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local;
    const free = local.QUOTA_BYTES - (await local.getBytesInUse(null));
    await local.set({ filler: 'x'.repeat(free - 'filler'.length - 2 - 8) });
  });
  const first = page.locator(FINDINGS).first();
  const key = await first.getAttribute('data-key');
  await first.locator('button[data-action="dismiss"]').click();
  await expect(page.locator(`${HOST} [role="status"]`)).toContainText('was not dismissed');
  await expect(page.locator(`${HOST} [role="status"]`)).toContainText('full');
  await expect(page.locator(`${FINDINGS}[data-key="${key}"]`)).toHaveCount(1);
  expect(Number(await page.locator('html').getAttribute('data-copydesk-count'))).toBe(count);
});

test('the options page works under its default-src CSP, and refuses a dictionary over the limit with a clear message', async ({
  page,
  extensionId,
  context,
  consoleErrors,
}) => {
  await installedServiceWorker(context);
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Copydesk options' })).toBeVisible();
  const words = Array.from({ length: 100_001 }, (_, i) => `word${i.toString(36)}`).join('\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.from(words) });
  await expect(page.locator('[data-notice="import-error"]')).toHaveText(
    'Nothing imported from huge.txt. That makes 100,001 words, and the personal dictionary holds at most 100,000: remove 1 first.',
  );
  expect((await storedKeys(context)).userWords).toEqual([]);
  // A list within the limit is imported.
  await page.locator('input[type="file"]').setInputFiles({ name: 'small.txt', mimeType: 'text/plain', buffer: Buffer.from('zeitgeisty\nfoobarish\n') });
  await expect(page.getByRole('status')).toHaveText('Imported 2 words from small.txt.');
  expect(consoleErrors).toEqual([]);
});
