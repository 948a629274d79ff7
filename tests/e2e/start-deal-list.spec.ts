// A list article — short paragraphs, then lists of offers, in <div>s with no <article> — is checked
// automatically in Chromium and in Firefox: the CLI's extraction finds its article, so the page
// gate must not rule it out (src/extract/looks-like-article.ts counts the list items of the
// story's own container).
import { test, expect } from './fixtures.ts';
import { listedFindings, waitUntilReady } from './copydesk-page.ts';
import { listedFindingsInFirefox, useFirefox, waitUntilReadyInFirefox } from './firefox-browser.ts';

const PAGE = '/pages/start-deal-list.html';
/** What `npx copydesk analyze tests/e2e/pages/start-deal-list.html` finds: two typos in the offers. */
const CLI_FINDINGS = ['definately', 'recieve'];

test('Chromium: a deal-list article is checked without being asked, and lists what the CLI finds', async ({ page, origin, consoleErrors }) => {
  await page.goto(origin + PAGE);
  await waitUntilReady(page);
  expect((await listedFindings(page)).map((finding) => finding.exact).sort()).toEqual(CLI_FINDINGS);
  expect(consoleErrors).toEqual([]);
});

const firefox = useFirefox();

test('Firefox: a deal-list article is checked without being asked, and lists what the CLI finds', async () => {
  const page = await firefox().newPage();
  await page.goto(process.env.E2E_ORIGIN! + PAGE);
  await waitUntilReadyInFirefox(page);
  const exact = (await listedFindingsInFirefox(page)).map((finding) => finding.exact);
  expect(exact.sort()).toEqual(CLI_FINDINGS);
  await page.close();
});
