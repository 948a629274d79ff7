// The browser tests' pages that tell the same story hold it once, in tests/e2e/pages/partials/:
// the test server must hand the browser each page whole, the story in its place.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/paths.mjs';
import { pageAsServed, startServer, withSignals } from '../../tests/e2e/server.mjs';

const pagesDir = path.join(repoRoot, 'tests/e2e/pages');
const testArticle = readFileSync(path.join(pagesDir, 'partials/test-article.html'), 'utf8').trimEnd().split('\n');
const PARTIAL_LINE = /<!-- partial: /;

/** The pages that tell the test article, inside `<main><article>`: four spaces in. */
const TEST_ARTICLE_PAGES = [
  'hostile-builtins.html',
  'hostile-csp-header.html',
  'hostile-csp-meta.html',
  'hostile-display-block.html',
  'hostile-frames.html',
  'hostile-remover.html',
];
const indent = '    ';

describe('a page file as served', () => {
  it.each(TEST_ARTICLE_PAGES)('%s: the partial line becomes the test article, indented as the line was', async (name) => {
    const file = path.join(pagesDir, name);
    expect(readFileSync(file, 'utf8')).toContain(`${indent}<!-- partial: test-article -->\n`);
    const served = await pageAsServed(file);
    expect(served).not.toMatch(PARTIAL_LINE);
    expect(served).toContain(`<article>\n${testArticle.map((line) => indent + line).join('\n')}\n`);
  });

  it.each(readdirSync(pagesDir).filter((name) => name.endsWith('.html')))('%s: no partial line is left', async (name) => {
    expect(await pageAsServed(path.join(pagesDir, name))).not.toMatch(PARTIAL_LINE);
  });
});

describe('the test server', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const fetchText = async (pathname: string) => (await fetch(server.origin + pathname)).text();

  it.each(TEST_ARTICLE_PAGES)('serves %s with the test article in it, with signals and as-is', async (name) => {
    const page = await pageAsServed(path.join(pagesDir, name));
    expect(await fetchText(`/pages/${name}`)).toBe(withSignals(page));
    expect(await fetchText(`/as-is/pages/${name}`)).toBe(page);
  });
});
