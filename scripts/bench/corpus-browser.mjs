// The browser benchmark's proof at scale: every dev corpus page (page.html, the copy with the
// injected errors the labels point at) opened in Chromium and in Firefox with the extension, once
// each after a warm-up page, in one browser each. The pages' scripts are off and their third-party
// requests are held open until they time out (scripts/bench/held-requests.mjs), as on a slow
// network: the load event waits, the check must not. Per page it records what went wrong in the
// console, how long DOMContentLoaded → highlights painted took and Copydesk's longest main-thread
// task, whether the page was checked where the CLI finds an article (and not where it finds
// none), and whether the sidebar lists exactly the findings the CLI's engine reports for the same
// file in node (linkedom). The two extract the article from different DOMs (the live page with
// its CSS, and its serialised copy, against linkedom's parse of the file), so a difference is a
// finding of this check, never noise to tolerate.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';
import { exposeSidebar } from '../../tests/e2e/sidebar-access.mjs';
import { exposeSidebarInFirefox } from '../../tests/e2e/firefox-sidebar-access.mjs';
import { longestCopydeskTask, traceMainThread } from './main-thread-tasks.mjs';
import { gotoInFirefox, readPaintTimings, waitForMark } from './page-timing.mjs';

/** Where each corpus page is served: `/corpus/<id>.html`. */
export const corpusPath = (id) => `/corpus/${id}.html`;

/**
 * What the page is served with, first in its <head>: its own scripts off (the corpus is meant to
 * be read with scripts off; a meta tag works the same in both browsers), and Copydesk's progress
 * signals asked for, which the benchmark waits on and reads.
 */
const SERVED_HEAD = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'"><meta name="copydesk" content="signals">`;

/** A script element, start tag to end tag (a script's text cannot hold `</script`). */
const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;

/**
 * A corpus page's HTML as the benchmark serves it: without its script elements, and SERVED_HEAD
 * right after the doctype (else the <html> start tag), before anything of the page's own — its
 * <html> tag may sit in conditional comments (the parser puts the <meta>s in the <head> it opens
 * for them and gives the page's later <html> tag's attributes to the root; a <meta> after the
 * page's <head> tag would land in the body of a page whose markup starts its body first, and its
 * Content-Security-Policy be ignored). The CSP alone would not do: Chromium's parser stops at an
 * inline script until every stylesheet before it has loaded, even one the CSP will refuse to run,
 * so a held third-party stylesheet kept DOMContentLoaded back until it timed out, a page's own
 * delay before Copydesk may start. The CSP still turns off event-handler attributes and the like.
 */
export function servedCorpusHtml(html) {
  const withoutScripts = html.replace(SCRIPT_ELEMENT, '');
  const start = /^\s*(<!--[\s\S]*?-->\s*)*<!doctype[^>]*>/i.exec(withoutScripts) ?? /<html(\s[^>]*)?>/i.exec(withoutScripts);
  const at = start === null ? 0 : start.index + start[0].length;
  return withoutScripts.slice(0, at) + SERVED_HEAD + withoutScripts.slice(at);
}

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

/** Checked and painted: `state` as readShown gives it. */
const CHECKED = 'ready';

/**
 * One page's sample: `current` (id, words, errors…) with its state, paint figures when it was
 * painted, Copydesk's longest task, whether browser and CLI agree that it holds an article, and
 * what the sidebar lists against the CLI.
 */
function pageSample(current, expected, shown, timings, longest) {
  const diff = findingsDiff(shown.findings, expected.findings);
  return {
    ...current,
    state: shown.state,
    cliFoundArticle: expected.article,
    // Checked automatically exactly where the CLI's extraction finds an article.
    articleAgrees: (shown.state === CHECKED) === expected.article,
    ...(timings ?? {}),
    copydeskTaskMs: longest?.cpuMs ?? null,
    copydeskTaskWallMs: longest?.wallMs ?? null,
    shown: shown.findings.length,
    // The list must hold every finding <html> announces, or it was not read whole.
    listComplete: shown.count === null || shown.count === shown.findings.length,
    cli: expected.findings.length,
    match: diff.onlyInPage.length === 0 && diff.onlyInCli.length === 0,
    ...diff,
  };
}

/**
 * The walk both browsers share: one unmeasured warm-up load of the first page, then every page
 * loaded once and sampled (see pageSample). `browser` brings what differs: how to open a URL, a
 * trace of Copydesk's tasks (`traceTasks()` starts one and resolves to the function that stops it
 * and gives the tasks, or null), and how to reach the sidebar's closed root. `setCurrent` tells the
 * console watchers which page's sample their offences belong to.
 */
async function walkCorpusPages({ page, origin, pages, cli, proxy, onProgress }, setCurrent, browser) {
  const load = async (id) => {
    await browser.goto(`${origin}${corpusPath(id)}`);
    await waitForMark(page, 'copydesk:done', DONE_TIMEOUT_MS);
  };
  await load(pages[0].id);
  const samples = [];
  for (const [index, { id }] of pages.entries()) {
    onProgress(`${index + 1}/${pages.length} ${id}`);
    const expected = cli.get(id);
    const heldBefore = proxy.held();
    const current = setCurrent({ id, url: `${origin}${corpusPath(id)}`, words: expected.words, errors: [], pageOwnErrors: {} });
    const stopTrace = await browser.traceTasks();
    try {
      await load(id);
    } catch (error) {
      current.errors.push(`no copydesk:done within ${DONE_TIMEOUT_MS / 1000} s (${String(error).split('\n')[0]})`);
    }
    const timings = (await page.evaluate(() => performance.getEntriesByName('copydesk:painted').length > 0)) ? await readPaintTimings(page) : null;
    const tasks = await stopTrace();
    const longest = tasks && longestCopydeskTask(tasks);
    await browser.exposeSidebar();
    const shown = await readShown(page);
    samples.push(pageSample({ ...current, heldRequests: proxy.held() - heldBefore }, expected, shown, timings, longest));
  }
  setCurrent(null);
  return samples;
}

/**
 * Opens every page once in `page` (after one unmeasured warm-up load of the first) and returns a
 * sample per page: its state, paint figures when it was painted, what the sidebar lists against
 * the CLI, the console offences and the count of the page's own resource errors, and how many of
 * its requests the holding proxy held. `cli` is the result of `cliFindings`; `proxy` the holding
 * proxy the browser sends third-party requests to.
 */
export async function checkCorpusPages({ page, context, origin, pages, cli, proxy, onProgress = () => {} }) {
  let current = null;
  await watchConsole(context, page, () => current);
  // The background's own errors (a rule that threw) are logged in its service worker, which may restart.
  const watchWorker = (worker) =>
    worker.on('console', (message) => {
      if (current !== null && isOffence(message.type(), message.text())) current.errors.push(`background console.${message.type()}: ${message.text()}`);
    });
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);

  return walkCorpusPages({ page, origin, pages, cli, proxy, onProgress }, (sample) => (current = sample), {
    goto: (url) => page.goto(url, { waitUntil: 'domcontentloaded' }),
    // Copydesk's own tasks, from the renderer's trace (the Long Tasks API misses most of them).
    traceTasks: () => traceMainThread(context, page),
    exposeSidebar: () => exposeSidebar(page),
  });
}

/**
 * checkCorpusPages in Firefox (a puppeteer page over WebDriver BiDi): the same loads and samples,
 * errors from the page's console (a Firefox content script's console reaches the page's), and no
 * task figures: Copydesk's tasks come from the Gecko profile the browser writes when it quits
 * (see geckoCopydeskTasks), joined to the samples by withGeckoTasks.
 * @param {{ page: import('puppeteer-core').Page, origin: string, pages: { id: string }[], cli: Map<string, any>, proxy: { held: () => number }, onProgress?: (at: string) => void }} options
 */
export async function checkCorpusPagesInFirefox({ page, origin, pages, cli, proxy, onProgress = () => {} }) {
  let current = null;
  page.on('console', (message) => {
    if (current !== null && isOffence(message.type(), message.text())) current.errors.push(`console.${message.type()}: ${message.text()}`);
  });
  // Firefox reports its refusals of the page's own scripts and resources (script-src 'none') as
  // page errors: counted apart unless they name Copydesk.
  page.on('pageerror', (error) => {
    if (current === null) return;
    const text = String(error);
    if (namesCopydesk(text)) current.errors.push(`uncaught: ${text}`);
    else {
      const own = (current.pageOwnErrors.page ??= { count: 0, example: text });
      own.count += 1;
    }
  });
  return walkCorpusPages({ page, origin, pages, cli, proxy, onProgress }, (sample) => (current = sample), {
    goto: (url) => gotoInFirefox(page, url),
    // Firefox's tasks come from the Gecko profile it writes when it quits.
    traceTasks: async () => async () => null,
    exposeSidebar: () => exposeSidebarInFirefox(page),
  });
}

/** The samples of checkCorpusPagesInFirefox with Copydesk's longest task per page, from geckoCopydeskTasks' result. */
export function withGeckoTasks(samples, tasksByUrl) {
  return samples.map((sample) => {
    const tasks = tasksByUrl.get(sample.url);
    if (tasks === undefined) return sample;
    const longest = longestCopydeskTask(tasks);
    return { ...sample, copydeskTaskMs: longest.cpuMs, copydeskTaskWallMs: longest.wallMs };
  });
}

/** The corpus figures: paint percentiles per budget class, long tasks, and the offending pages. */
export function summariseCorpus(samples) {
  const painted = samples.filter((s) => s.paintMs !== undefined);
  const paintOf = (list) => list.map((s) => s.paintMs);
  const long = painted.filter((s) => s.words > LONG_ARTICLE_WORDS);
  const short = painted.filter((s) => s.words <= LONG_ARTICLE_WORDS);
  // The page's long tasks where the browser reports them (not Firefox: no Long Tasks API).
  const withLongTasks = painted.filter((s) => typeof s.longestTaskMs === 'number');
  const worstTask = withLongTasks.reduce((worst, s) => (worst === null || s.longestTaskMs > worst.longestTaskMs ? s : worst), null);
  // Pages whose load event a held request kept back: a check that started only after it waited for it.
  const held = painted.filter((s) => s.heldRequests > 0);
  const stats = (list) => (list.length === 0 ? null : { pages: list.length, p50Ms: median(paintOf(list)), p95Ms: percentile(paintOf(list), 95) });
  return {
    pages: samples.length,
    longPages: samples.filter((s) => s.words > LONG_ARTICLE_WORDS).length,
    painted: painted.length,
    notPainted: samples.filter((s) => s.paintMs === undefined).map((s) => ({ id: s.id, state: s.state })),
    paint: stats(painted),
    paintShort: stats(short),
    paintLong: stats(long),
    longestTaskP95Ms: withLongTasks.length
      ? percentile(
          withLongTasks.map((s) => s.longestTaskMs),
          95,
        )
      : null,
    longestTaskWorst: worstTask && { id: worstTask.id, ms: worstTask.longestTaskMs, sinceStartMs: worstTask.longestTaskSinceStartMs },
    longestTaskSinceStartP95Ms: withLongTasks.length
      ? percentile(
          withLongTasks.map((s) => s.longestTaskSinceStartMs),
          95,
        )
      : null,
    heldLoad: held.length,
    startedAfterHeldLoad: held.filter((s) => s.checkStartedAfterLoad).map((s) => s.id),
    paintedAfterHeldLoad: held.filter((s) => s.paintedAfterLoad).map((s) => s.id),
    copydeskTaskP95Ms: painted.length
      ? percentile(
          painted.map((s) => s.copydeskTaskMs ?? 0),
          95,
        )
      : null,
    copydeskTaskWallP95Ms: painted.length
      ? percentile(
          painted.map((s) => s.copydeskTaskWallMs ?? 0),
          95,
        )
      : null,
    copydeskTaskWorst: painted.reduce(
      (worst, s) => (worst === null || (s.copydeskTaskMs ?? 0) > worst.ms ? { id: s.id, ms: s.copydeskTaskMs ?? 0 } : worst),
      null,
    ),
    // Pages whose copy's plan did not read the live page: extracted on the page instead, with
    // Readability on its main thread (copydesk:extract).
    extractedOnPage: painted.filter((s) => s.stages?.extract !== undefined).map((s) => s.id),
    // Checked though the CLI finds no article, or not checked though it finds one.
    articleDisagreements: samples.filter((s) => s.articleAgrees === false).map((s) => ({ id: s.id, state: s.state, cliFoundArticle: s.cliFoundArticle })),
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
  lines.push(
    `corpus: ${summary.pages} pages (page.html, the pages' own scripts off, their third-party requests held open), ${summary.painted} checked and painted`,
  );
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
    const pageTasks = worst
      ? `longest main-thread task: p95 ${ms(summary.longestTaskP95Ms)}, worst ${ms(worst.ms)} on ${worst.id} ` +
        `(its longest from copydesk:start on: ${ms(worst.sinceStartMs)}); tasks from copydesk:start on only: p95 ${ms(summary.longestTaskSinceStartP95Ms)}; `
      : '';
    lines.push(
      `  ${pageTasks}Copydesk's own tasks (main-thread CPU time): p95 ${ms(summary.copydeskTaskP95Ms)}, worst ${ms(summary.copydeskTaskWorst?.ms ?? 0)} on ${summary.copydeskTaskWorst?.id}; by wall-clock time: p95 ${ms(summary.copydeskTaskWallP95Ms)}`,
    );
    lines.push(
      `  of ${summary.heldLoad} pages with a held third-party request: checked before their load event on ${summary.heldLoad - summary.startedAfterHeldLoad.length}` +
        `${summary.startedAfterHeldLoad.length > 0 ? ` (only after it: ${summary.startedAfterHeldLoad.join(', ')})` : ''}; painted before it on ${summary.heldLoad - summary.paintedAfterHeldLoad.length}` +
        `${summary.paintedAfterHeldLoad.length > 0 ? ` (after it: ${summary.paintedAfterHeldLoad.join(', ')}, their held requests timed out meanwhile)` : ''}`,
    );
  }
  lines.push(`  checked exactly where the CLI finds an article: ${summary.pages - summary.articleDisagreements.length} of ${summary.pages} pages`);
  for (const d of summary.articleDisagreements)
    lines.push(
      `    ${d.id}: ${d.cliFoundArticle ? 'the CLI finds an article, the browser did not check it' : 'checked, but the CLI finds no article'} (state ${d.state})`,
    );
  const onPage = summary.extractedOnPage;
  lines.push(
    `  read by the engine's plan: ${summary.painted - onPage.length} of ${summary.painted} pages${onPage.length > 0 ? `; extracted on the page instead: ${onPage.join(', ')}` : ''}`,
  );
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
  if (own.length > 0)
    lines.push(`  not counted: errors the browser logged about the pages' own resources and scripts (refused offline, missing, or by script-src 'none'):`);
  for (const [source, { count, pages, example }] of own)
    lines.push(`    ${source}: ${count} on ${pages} pages, e.g. ${clip(example.replace(/\s+/g, ' '), 110)}`);
  return lines;
}
