#!/usr/bin/env node
// `npm start`: build the extension, serve seeds/ on localhost and open Chromium with the extension
// on the seed article. With a display the window stays open until you close it; without one
// (a server, CI) it runs headless, saves screenshots of the annotated page (light and dark) to
// artifacts/ and prints the findings the sidebar lists.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { extensionDir, launchChromium, repoRoot } from './browsers.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { exposeSidebar } from '../tests/e2e/sidebar-access.mjs';

const SEED_PATH = '/seeds/rust-letter.html';
const READY = 'html[data-copydesk="ready"]';
const artifacts = path.join(repoRoot, 'artifacts');

/** @param {import('@playwright/test').Page} page */
async function listedFindings(page) {
  return page.locator('#copydesk-host li[data-finding]').evaluateAll((items) =>
    items.map((item) => ({
      rule: item.getAttribute('data-rule') ?? '',
      text: item.querySelector('.cd-exact')?.textContent ?? '',
      reason: item.querySelector('.cd-reason')?.textContent ?? '',
    })),
  );
}

/** @param {import('@playwright/test').Page} page @param {'light' | 'dark'} scheme @param {string} file */
async function screenshot(page, scheme, file) {
  // The sidebar and the highlight styles follow prefers-color-scheme through CSS media queries.
  await page.emulateMedia({ colorScheme: scheme });
  await page.screenshot({ path: file });
  console.log(`saved ${path.relative(process.cwd(), file)}`);
}

execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
const server = await startServer();
const seedUrl = server.origin + SEED_PATH;
const headed = Boolean(process.env.DISPLAY);
const { context, close } = await launchChromium({ headless: !headed, dir: extensionDir, viewport: headed ? null : undefined });
const page = context.pages()[0] ?? (await context.newPage());

try {
  await page.goto(seedUrl);
  await page.locator(READY).waitFor({ state: 'attached', timeout: 30_000 });
  // The sidebar's shadow root is closed to pages; this harness reads it over DevTools.
  await exposeSidebar(page);
  const findings = await listedFindings(page);
  console.log(`\nCopydesk on ${seedUrl}: ${findings.length} findings\n`);
  for (const { rule, text, reason } of findings) console.log(`  ${rule.padEnd(17)} “${text}”\n  ${' '.repeat(17)} ${reason}\n`);

  if (headed) {
    console.log('Chromium is open with the extension; close its window to stop.');
    await new Promise((resolve) => context.on('close', resolve));
  } else {
    mkdirSync(artifacts, { recursive: true });
    await screenshot(page, 'light', path.join(artifacts, 'seed.png'));
    await screenshot(page, 'dark', path.join(artifacts, 'seed-dark.png'));
  }
} finally {
  await close().catch(() => {});
  await server.close();
}
