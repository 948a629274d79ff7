// The seed article in Firefox ESR, driven over WebDriver BiDi with puppeteer-core (stock Firefox
// has no Playwright protocol). Extension pages (moz-extension://) cannot be opened over BiDi.
import { test, expect } from '@playwright/test';
import { listedFindingsInFirefox, useFirefox, waitUntilReadyInFirefox } from './firefox-browser.ts';
import { SEED_PATH, expectSeedFindings } from './seed-expectations.ts';

const firefox = useFirefox();

test('Firefox: the seed article is annotated and the sidebar lists the findings', async ({}, testInfo) => {
  const origin = process.env.E2E_ORIGIN!;
  const page = await firefox().newPage();
  await page.goto(origin + SEED_PATH);
  const count = await waitUntilReadyInFirefox(page);
  await page.waitForSelector('#copydesk-host >>> aside[role="complementary"][aria-label="Copydesk"]', { visible: true });

  const screenshot = testInfo.outputPath('seed-firefox.png') as `${string}.png`;
  await page.screenshot({ path: screenshot });
  await testInfo.attach('seed-firefox', { path: screenshot, contentType: 'image/png' });

  const findings = await listedFindingsInFirefox(page);
  expect(findings).toHaveLength(count);
  // The page's main world may iterate the shared registry (only content scripts cannot).
  const painted = await page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('copydesk-') && name !== 'copydesk-flash' && name !== 'copydesk-selected')
      .flatMap(([, highlight]) => [...highlight].map((range) => range.toString()))
      .sort(),
  );
  expect(painted).toEqual(findings.map((finding) => finding.exact).sort());
  expectSeedFindings(findings);
  await page.close();
});

test('Firefox: a 100,000-word page, sent to the engine in parts, is checked from its first words to its last', async () => {
  const page = await firefox().newPage();
  await page.goto(process.env.E2E_ORIGIN! + '/generated/hostile-100k-words.html');
  await waitUntilReadyInFirefox(page, 60_000);
  await page.waitForSelector('#copydesk-host >>> li[data-finding]');
  // One typo in the first paragraph (the first part of the page), one in the tenth-last (the last).
  const findings = await listedFindingsInFirefox(page);
  expect(findings.map((finding) => finding.exact).sort()).toEqual(['comittee', 'goverment']);
  // Read by the engine's plan, not by the fallback that extracts on the page when a plan fails.
  const stages = await page.evaluate(() => ['read', 'extract'].map((stage) => performance.getEntriesByName(`copydesk:${stage}`).length));
  expect(stages).toEqual([1, 0]);
  await page.close();
});
