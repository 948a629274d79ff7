// The report export in Firefox ESR (puppeteer-core over WebDriver BiDi). BiDi gives no download
// events here, so the test watches the sidebar's shadow root (closed; reached as
// firefox-sidebar-access.mjs does) from the page for the <a download> link the export clicks,
// and reads the Blob behind it through the page.
import { test, expect } from '@playwright/test';
import { useFirefox, waitUntilReadyInFirefox } from './firefox-browser.ts';
import { SEED_PATH } from './seed-expectations.ts';

const firefox = useFirefox();

test('Firefox: the sidebar exports the report as a Markdown and a JSON file', async () => {
  const origin = process.env.E2E_ORIGIN!;
  const page = await firefox().newPage();
  await page.goto(origin + SEED_PATH);
  const count = await waitUntilReadyInFirefox(page);

  // Clicks an export button as the reader does (the sidebar acts only on trusted events) and
  // records the download link it adds to its shadow root, with the text of its Blob.
  const exported = async (action: string) => {
    const watching = await page.evaluateHandle(() => {
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
      // Wrapped: a returned promise would be awaited here, before the click.
      return { link };
    });
    await page.click(`#copydesk-host >>> button[data-action="${action}"]`);
    return page.evaluate(async ({ link }) => {
      const anchor = await link;
      return { name: anchor.download, scheme: new URL(anchor.href).protocol, text: await (await fetch(anchor.href)).text() };
    }, watching);
  };

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
