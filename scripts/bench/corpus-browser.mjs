// The browser benchmark's proof at scale: every dev corpus page (page.html, the copy with the
// injected errors the labels point at) opened in Chromium with the extension, once each after a
// warm-up page, in one browser. Per page it records what went wrong in the console, how long
// DOMContentLoaded → highlights painted took and the longest main-thread task, and whether the
// sidebar lists exactly the findings the CLI's engine reports for the same file in node
// (linkedom). The two extract the article from different DOMs (the live page with its CSS, and
// its serialised copy, against linkedom's parse of the file), so a difference is a finding of
// this check, never noise to tolerate.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';
import { longestCopydeskTask, traceMainThread } from './main-thread-tasks.mjs';
import { readPaintTimings, waitForMark } from './page-timing.mjs';

/** Where each corpus page is served: `/corpus/<id>.html`. */
export const corpusPath = (id) => `/corpus/${id}.html`;

/** Pages over this many article words are held to the long-article paint budget. */
export const LONG_ARTICLE_WORDS = 5000;

const DONE_TIMEOUT_MS = 60_000;

/**
 * Errors are told apart by who logs them. The browser itself (CDP Log.entryAdded) logs about the
 * page's own markup: its images, styles, fonts and manifest refused (the run stays offline) or
 * missing from the test server, its scripts refused by the `script-src 'none'` the bench adds
 * (the corpus is meant to be read with scripts off). Those say nothing about Copydesk unless they
 * name its files; they are counted per source, one example each, not listed. Scripts log the
 * rest: with the page's scripts off, every console call and uncaught exception in the page, and
 * everything in the extension's service worker, is Copydesk's, and an error there is an offence.
 */
const namesCopydesk = (text) => text.includes('chrome-extension://') || /copydesk/i.test(text);

/** `<dir>/pages/<id>/page.html` of every corpus page, with its HTML, in id order. */
export function corpusPages(corpusDir) {
  const pagesDir = path.join(corpusDir, 'pages');
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(pagesDir, entry.name, 'page.html')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const file = path.join(pagesDir, id, 'page.html');
      return { id, file, html: readFileSync(file, 'utf8') };
    });
}

/**
 * What `copydesk analyze` finds in each page: the engine of build/engine.mjs, extraction included,
 * on the file's HTML parsed by linkedom. A page without an article has no findings, as in the CLI.
 */
export async function cliFindings(enginePath, pages) {
  const engine = await import(pathToFileURL(enginePath).href);
  const byId = new Map();
  for (const { id, html } of pages) {
    const extracted = engine.extractArticle(engine.parseHtml(html));
    const findings = extracted ? engine.analyze(extracted.article, engine.rules).findings : [];
    byId.set(id, {
      article: extracted !== null,
      words: extracted ? engine.tokenize(extracted.article).words.length : 0,
      findings: findings.map((finding) => ({ rule: finding.ruleId, exact: finding.quote.exact })),
    });
  }
  return byId;
}

const findingKey = ({ rule, exact }) => `${rule}\u0000${exact}`;

function countByKey(findings) {
  const counts = new Map();
  for (const finding of findings) counts.set(findingKey(finding), (counts.get(findingKey(finding)) ?? 0) + 1);
  return counts;
}

/**
 * The two lists compared as multisets of (rule id, exact quote): what only one side has, each
 * `{ rule, exact, count }` with the surplus count. Equal lists give two empty arrays.
 */
export function findingsDiff(inPage, fromCli) {
  const page = countByKey(inPage);
  const cli = countByKey(fromCli);
  const surplus = (of, against) =>
    [...of]
      .filter(([key, count]) => count > (against.get(key) ?? 0))
      .map(([key, count]) => {
        const [rule, exact] = key.split('\u0000');
        return { rule, exact, count: count - (against.get(key) ?? 0) };
      });
  return { onlyInPage: surplus(page, cli), onlyInCli: surplus(cli, page) };
}

/** Nearest-rank percentile (`p` in 0–100) of a non-empty list. */
export function percentile(values, p) {
  if (values.length === 0) throw new RangeError('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Copydesk's warnings are its caught failures (a check, a sync, a rule): offences as much as errors. */
const isOffence = (level, text) => level === 'error' || ((level === 'warning' || level === 'warn') && namesCopydesk(text));

/** The text of a console call, as the console prints it. */
const consoleText = (args) => args.map((arg) => (arg.value !== undefined ? String(arg.value) : (arg.description ?? arg.type))).join(' ');

/**
 * Sorts what the tab logs into `sink()`'s current page: offences, and the count of the page's own
 * markup errors per source. CDP rather than Playwright's events, because only CDP says who logged
 * an error (the browser about a resource, or a script) and reports the extension's isolated world.
 */
async function watchConsole(context, page, sink) {
  const cdp = await context.newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => {
    const current = sink();
    if (current === null || entry.level !== 'error') return;
    if (namesCopydesk(`${entry.url ?? ''} ${entry.text}`)) {
      current.errors.push(`browser ${entry.source} error: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`);
      return;
    }
    const own = (current.pageOwnErrors[entry.source] ??= { count: 0, example: entry.text });
    own.count += 1;
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    const current = sink();
    const text = consoleText(args);
    if (current !== null && isOffence(type, text)) current.errors.push(`console.${type}: ${text}`);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    sink()?.errors.push(`uncaught: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  });
  await cdp.send('Log.enable');
  await cdp.send('Runtime.enable');
}

/** Where the page's scripts are turned off and the web is kept out, as the privacy e2e test does. */
async function routeCorpus(context, origin) {
  await context.route(`${origin}/corpus/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
  });
  const ours = (url) => url.startsWith(`${origin}/`) || url.startsWith('chrome-extension://');
  await context.route(
    (url) => !ours(url.href),
    (route) => route.abort('blockedbyclient'),
  );
}

/** What the page shows once the content script is done with it, through the sidebar's UI contract. */
function readShown(page) {
  return page.evaluate(() => {
    const html = document.documentElement;
    const items = document.getElementById('copydesk-host')?.shadowRoot?.querySelectorAll('li[data-finding]') ?? [];
    return {
      state: html.getAttribute('data-copydesk') ?? 'not-article',
      count: html.hasAttribute('data-copydesk-count') ? Number(html.getAttribute('data-copydesk-count')) : null,
      painted: performance.getEntriesByName('copydesk:painted').length > 0,
      findings: [...items].map((item) => ({ rule: item.getAttribute('data-rule') ?? '', exact: item.querySelector('.cd-exact')?.textContent ?? '' })),
    };
  });
}

/**
 * Opens every page once in `page` (after one unmeasured warm-up load of the first) and returns a
 * sample per page: its state, paint figures when it was painted, what the sidebar lists against
 * the CLI, the console offences and the count of the page's own resource errors.
 * `cli` is the result of `cliFindings`.
 */
export async function checkCorpusPages({ page, context, origin, pages, cli, onProgress = () => {} }) {
  await routeCorpus(context, origin);
  let current = null;
  await watchConsole(context, page, () => current);
  // The background's own errors (a rule that threw) are logged in its service worker, which may restart.
  const watchWorker = (worker) =>
    worker.on('console', (message) => {
      if (current !== null && isOffence(message.type(), message.text())) current.errors.push(`background console.${message.type()}: ${message.text()}`);
    });
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);

  const load = async (id) => {
    await page.goto(`${origin}${corpusPath(id)}`, { waitUntil: 'domcontentloaded' });
    await waitForMark(page, 'copydesk:done', DONE_TIMEOUT_MS);
  };
  await load(pages[0].id);

  const samples = [];
  for (const [index, { id }] of pages.entries()) {
    onProgress(`${index + 1}/${pages.length} ${id}`);
    const expected = cli.get(id);
    current = { id, words: expected.words, errors: [], pageOwnErrors: {} };
    const stopTrace = await traceMainThread(context, page);
    try {
      await load(id);
    } catch (error) {
      current.errors.push(`no copydesk:done within ${DONE_TIMEOUT_MS / 1000} s (${String(error).split('\n')[0]})`);
    }
    const timings = (await page.evaluate(() => performance.getEntriesByName('copydesk:painted').length > 0)) ? await readPaintTimings(page) : null;
    const tasks = await stopTrace();
    // Copydesk's own tasks, from the renderer's trace (the Long Tasks API misses most of them).
    const longest = tasks && longestCopydeskTask(tasks);
    const shown = await readShown(page);
    const diff = findingsDiff(shown.findings, expected.findings);
    samples.push({
      ...current,
      state: shown.state,
      cliFoundArticle: expected.article,
      ...(timings ?? {}),
      copydeskTaskMs: longest?.cpuMs ?? null,
      copydeskTaskWallMs: longest?.wallMs ?? null,
      shown: shown.findings.length,
      // The list must hold every finding <html> announces, or it was not read whole.
      listComplete: shown.count === null || shown.count === shown.findings.length,
      cli: expected.findings.length,
      match: diff.onlyInPage.length === 0 && diff.onlyInCli.length === 0,
      ...diff,
    });
  }
  current = null;
  return samples;
}

/** The corpus figures: paint percentiles per budget class, long tasks, and the offending pages. */
export function summariseCorpus(samples) {
  const painted = samples.filter((s) => s.paintMs !== undefined);
  const paintOf = (list) => list.map((s) => s.paintMs);
  const long = painted.filter((s) => s.words > LONG_ARTICLE_WORDS);
  const short = painted.filter((s) => s.words <= LONG_ARTICLE_WORDS);
  const worstTask = painted.reduce((worst, s) => (worst === null || s.longestTaskMs > worst.longestTaskMs ? s : worst), null);
  const stats = (list) => (list.length === 0 ? null : { pages: list.length, p50Ms: median(paintOf(list)), p95Ms: percentile(paintOf(list), 95) });
  return {
    pages: samples.length,
    longPages: samples.filter((s) => s.words > LONG_ARTICLE_WORDS).length,
    painted: painted.length,
    notPainted: samples.filter((s) => s.paintMs === undefined).map((s) => ({ id: s.id, state: s.state })),
    paint: stats(painted),
    paintShort: stats(short),
    paintLong: stats(long),
    longestTaskP95Ms: painted.length ? percentile(painted.map((s) => s.longestTaskMs), 95) : null,
    longestTaskWorst: worstTask && { id: worstTask.id, ms: worstTask.longestTaskMs, sinceStartMs: worstTask.longestTaskSinceStartMs },
    longestTaskSinceStartP95Ms: painted.length ? percentile(painted.map((s) => s.longestTaskSinceStartMs), 95) : null,
    copydeskTaskP95Ms: painted.length ? percentile(painted.map((s) => s.copydeskTaskMs ?? 0), 95) : null,
    copydeskTaskWallP95Ms: painted.length ? percentile(painted.map((s) => s.copydeskTaskWallMs ?? 0), 95) : null,
    copydeskTaskWorst: painted.reduce((worst, s) => (worst === null || (s.copydeskTaskMs ?? 0) > worst.ms ? { id: s.id, ms: s.copydeskTaskMs ?? 0 } : worst), null),
    // Pages whose copy's plan did not read the live page: extracted on the page instead, with
    // Readability on its main thread (copydesk:extract).
    extractedOnPage: painted.filter((s) => s.stages?.extract !== undefined).map((s) => s.id),
    matching: samples.filter((s) => s.match && s.listComplete).length,
    mismatched: samples.filter((s) => !s.match || !s.listComplete).map((s) => s.id),
    withErrors: samples.filter((s) => s.errors.length > 0).map((s) => s.id),
    pageOwnErrors: samples.reduce((sums, s) => {
      for (const [source, { count, example }] of Object.entries(s.pageOwnErrors)) {
        sums[source] ??= { count: 0, pages: 0, example };
        sums[source].count += count;
        sums[source].pages += 1;
      }
      return sums;
    }, {}),
  };
}

const clip = (text, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const quoted = ({ rule, exact, count }) => `${rule} “${clip(exact)}”${count > 1 ? ` ×${count}` : ''}`;

/** The lines printed under the table: who was not painted, each mismatch as a short diff, each offence. */
export function formatCorpusDetails(samples, summary) {
  const lines = [];
  const ms = (value) => `${value.toFixed(1)} ms`;
  lines.push(`corpus: ${summary.pages} pages (page.html, the pages' own scripts off), ${summary.painted} checked and painted`);
  if (summary.notPainted.length > 0) lines.push(`  not painted: ${summary.notPainted.map((p) => `${p.id} (${p.state})`).join(', ')}`);
  if (summary.paint) {
    const classes = [
      ['all', summary.paint],
      [`≤ ${LONG_ARTICLE_WORDS} words`, summary.paintShort],
      [`> ${LONG_ARTICLE_WORDS} words`, summary.paintLong],
    ].filter(([, stats]) => stats !== null);
    for (const [label, stats] of classes) {
      lines.push(`  DOMContentLoaded → painted, ${label} (${stats.pages}): p50 ${ms(stats.p50Ms)}, p95 ${ms(stats.p95Ms)}`);
    }
    const worst = summary.longestTaskWorst;
    lines.push(
      `  longest main-thread task: p95 ${ms(summary.longestTaskP95Ms)}, worst ${ms(worst.ms)} on ${worst.id} ` +
        `(its longest from copydesk:start on: ${ms(worst.sinceStartMs)}); tasks from copydesk:start on only: p95 ${ms(summary.longestTaskSinceStartP95Ms)}; ` +
        `Copydesk's own tasks (renderer trace, main-thread CPU time): p95 ${ms(summary.copydeskTaskP95Ms)}, worst ${ms(summary.copydeskTaskWorst?.ms ?? 0)} on ${summary.copydeskTaskWorst?.id}; by wall-clock time: p95 ${ms(summary.copydeskTaskWallP95Ms)}`,
    );
  }
  const onPage = summary.extractedOnPage;
  lines.push(`  read by the engine's plan: ${summary.painted - onPage.length} of ${summary.painted} pages${onPage.length > 0 ? `; extracted on the page instead: ${onPage.join(', ')}` : ''}`);
  lines.push(`  findings equal to the CLI's (rule + exact quote, as multisets): ${summary.matching} of ${summary.pages} pages`);
  for (const s of samples.filter((sample) => !sample.match || !sample.listComplete)) {
    lines.push(`  ${s.id}: page ${s.shown}, CLI ${s.cli} (browser state ${s.state}${s.cliFoundArticle ? '' : '; the CLI found no article'})`);
    if (!s.listComplete) lines.push(`    the sidebar lists fewer findings than data-copydesk-count`);
    for (const f of s.onlyInPage) lines.push(`    + only in page: ${quoted(f)}`);
    for (const f of s.onlyInCli) lines.push(`    - only in CLI:  ${quoted(f)}`);
  }
  lines.push(`  pages with console or page errors: ${summary.withErrors.length}`);
  for (const s of samples.filter((sample) => sample.errors.length > 0)) {
    for (const error of s.errors) lines.push(`    ${s.id}: ${clip(error.replace(/\s+/g, ' '), 160)}`);
  }
  const own = Object.entries(summary.pageOwnErrors);
  if (own.length > 0) lines.push(`  not counted: errors the browser logged about the pages' own resources and scripts (refused offline, missing, or by script-src 'none'):`);
  for (const [source, { count, pages, example }] of own) lines.push(`    ${source}: ${count} on ${pages} pages, e.g. ${clip(example.replace(/\s+/g, ' '), 110)}`);
  return lines;
}
