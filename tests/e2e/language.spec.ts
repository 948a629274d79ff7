// Pages in other languages in Chromium: checked as usual (ready, a count), but no rule written for
// English runs, and the sidebar says the language is not supported yet. An English article that
// quotes foreign phrases is checked in full, and the phrases are not flagged.
import { test, expect } from './fixtures.ts';
import { HOST, expectPaintedAsListed, waitUntilReady } from './copydesk-page.ts';

const NOTICE = `${HOST} [data-language-unsupported]`;

for (const { file, lang, name } of [
  { file: 'lang-fr.html', lang: 'fr', name: 'French' },
  // The template says lang="en"; the German text decides.
  { file: 'lang-de-mislabelled.html', lang: 'de', name: 'German' },
  { file: 'lang-es.html', lang: 'es', name: 'Spanish' },
  { file: 'lang-ru.html', lang: 'ru', name: 'Russian' },
]) {
  test(`${file}: no findings, and the sidebar says ${name} is not supported yet`, async ({ page, origin, consoleErrors }) => {
    await page.goto(`${origin}/pages/${file}`);
    expect(await waitUntilReady(page)).toBe(0);
    await expect(page.locator(NOTICE)).toHaveAttribute('data-language-unsupported', lang);
    await expect(page.locator(NOTICE)).toContainText(`This page is in ${name}`);
    await expect(page.locator(`${HOST} li[data-finding]`)).toHaveCount(0);
    expect(await expectPaintedAsListed(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('an English article quoting French, German and Spanish: only its real typo is flagged', async ({ page, origin, consoleErrors }) => {
  await page.goto(`${origin}/pages/lang-mixed.html`);
  expect(await waitUntilReady(page)).toBe(1);
  const findings = await expectPaintedAsListed(page);
  expect(findings.map(({ rule, exact }) => ({ rule, exact }))).toEqual([{ rule: 'typo', exact: 'regoinal' }]);
  await expect(page.locator(NOTICE)).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
