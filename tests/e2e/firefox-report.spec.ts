// The report export in Firefox ESR (puppeteer-core over WebDriver BiDi). BiDi gives no download
// events here, so the test watches the sidebar's open shadow root from the page for the
// <a download> link the export clicks, and reads the Blob behind it through the page.
import { test, expect } from '@playwright/test';
import { useFirefox } from './firefox-browser.ts';
import { SEED_PATH } from './seed-expectations.ts';

const firefox = useFirefox();

test('Firefox: the sidebar exports the report as a Markdown and a JSON file', async () => {
  const origin = process.env.E2E_ORIGIN!;
  const page = await firefox().newPage();
  await page.goto(origin + SEED_PATH);
  await page.waitForSelector('html[data-copydesk="ready"]');
  const count = Number(await page.$eval('html', (html) => html.getAttribute('data-copydesk-count')));

  // Records each download link the sidebar adds to its shadow root, with the text of its Blob.
  const exported = (action: string) =>
    page.evaluate(async (action) => {
      const shadow = document.getElementById('copydesk-host')!.shadowRoot!;
      const link = new Promise<HTMLAnchorElement>((resolve) => {
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) {
              if (node instanceof HTMLAnchorElement && node.hasAttribute('download')) {
                observer.disconnect();
                resolve(node);
              }
            }
          }
        });
        observer.observe(shadow, { childList: true, subtree: true });
      });
      shadow.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
      const anchor = await link;
      return { name: anchor.download, scheme: new URL(anchor.href).protocol, text: await (await fetch(anchor.href)).text() };
    }, action);

  const markdown = await exported('export-md');
  expect(markdown.scheme).toBe('blob:');
  expect(markdown.name).toMatch(/^copydesk-alec-baldwin-sends-a-letter[\w-]*\.md$/);
  expect(markdown.text).toMatch(/^# Alec Baldwin sends a letter to Rust crew on Instagram/);
  expect(markdown.text).toContain(`- Page: <${origin}${SEED_PATH}>`);
  expect(markdown.text).toContain(`- ${count} findings in `);
  expect(markdown.text).toMatch(/Halyna \*\*Houtchins\*\*, cinematographer[^\n]*\n {3}- Why: [^\n]+\n {3}- Suggestion: “Hutchins”/);

  const json = await exported('export-json');
  expect(json.name).toMatch(/\.json$/);
  const report = JSON.parse(json.text) as { url: string; findings: { context: { exact: string } }[] };
  expect(report.url).toBe(origin + SEED_PATH);
  expect(report.findings).toHaveLength(count);
  expect(report.findings.map((f) => f.context.exact)).toContain('Houtchins');
  await page.waitForSelector('#copydesk-host >>> [role="status"]');
  const status = await page.$eval('#copydesk-host >>> [role="status"]', (element) => element.textContent);
  expect(status).toContain(json.name);
  await page.close();
});
