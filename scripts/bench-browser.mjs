#!/usr/bin/env node
// npm run bench:browser: what Copydesk costs a reader's page, in Chromium and Firefox with the built extension.
//
//   node scripts/bench-browser.mjs [--runs N] [--corpus DIR] [--no-build] [--skip-corpus | --corpus-only] [--browsers chromium,firefox]
//
// COPYDESK_EXTENSION_DIR measures an already-built extension folder instead (implies --no-build),
// as it does for the e2e suite; the corpus pass then compares it with build/engine.mjs as it is, so
// build both from the same sources (`node scripts/build.mjs --extension-out DIR` does).
//
// Articles of 1,000 and 10,000 words are made from the paragraphs of the corpus's clean pages
// (real professional copy; the seed article repeated if the corpus is absent) and served on
// localhost. Times come from the content script's performance marks (copydesk:start / :painted /
// :done, on the page's own timeline) and DOMContentLoaded. "Cold" is the first article in a fresh
// browser profile once the engine has started with the browser (the background answers openEngine);
// the same article requested the moment the browser is up is printed too. Copydesk's longest task
// comes from a Chromium trace of the page's renderer (scripts/bench/main-thread-tasks.mjs): the
// page's Long Tasks API misses the work that follows an extension message. The non-article cost
// is traced as well: the main thread's CPU time in the content script's own script evaluations
// and callbacks, cold (median of the first page in fresh browsers, once the engine has started)
// and warm; their wall-clock time is printed apart. Marks are awaited through a DevTools session of our
// own, not Playwright's waitForFunction, whose injected script would weigh on the page's timings.
//
// Then every corpus page (page.html) is opened once in one Chromium and once in one Firefox
// (scripts/bench/corpus-browser.mjs), its third-party requests held open until they time out
// (scripts/bench/held-requests.mjs): no console or page error, checked exactly where the CLI finds
// an article, the sidebar's findings equal to the CLI's on the same file, the 50th and 95th
// percentile of DOMContentLoaded → painted, never only after the load event, and Copydesk's
// longest main-thread task (Chromium: a trace of the renderer; Firefox: the Gecko profiler's
// samples) against the budgets.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseHTML } from 'linkedom';
import {
  checkCorpusPages,
  checkCorpusPagesInFirefox,
  cliFindings,
  corpusPages,
  corpusPath,
  formatCorpusDetails,
  LONG_ARTICLE_WORDS,
  servedCorpusHtml,
  summariseCorpus,
  withGeckoTasks,
} from './bench/corpus-browser.mjs';
import { startHoldingProxy } from './bench/held-requests.mjs';
import { measurePaint, recordLongTasks, waitForMark } from './bench/page-timing.mjs';
import { geckoCopydeskTasks, geckoProfilerEnv, longestCopydeskTask, traceLoad } from './bench/main-thread-tasks.mjs';
import { median } from './bench/stats.mjs';
import { ensureBrowsers, extensionDir as builtExtensionDir, launchChromium, launchFirefox, repoRoot } from './browsers.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const extensionDir = process.env.COPYDESK_EXTENSION_DIR ?? builtExtensionDir;

const BUDGETS = {
  coldPaintMs: 150,
  warmPaintMs: 40,
  paint10kMs: 400,
  longTaskMs: 50,
  nonArticleMs: 5,
  contentScriptGzipKB: 60,
  // Over the corpus pages with their third-party requests held open (issue 15's targets for Firefox).
  corpusPaintP50Ms: 600,
  corpusPaintP95Ms: 1500,
};

const BROWSER_LABELS = { chromium: 'Chromium', firefox: 'Firefox' };

const USAGE = `usage: node scripts/bench-browser.mjs [--runs N] [--corpus DIR] [--no-build] [--skip-corpus | --corpus-only] [--browsers LIST]
  --runs N          measured runs per figure, the median is reported (default 5)
  --corpus DIR      the corpus folder with pages/<id>/{page,clean}.html (default ../shared/corpus)
  --no-build        measure extension/ as it is instead of running npm run build first
  --skip-corpus     leave out the pass over every corpus page (about a minute per browser)
  --corpus-only     only the pass over every corpus page
  --browsers LIST   the corpus pass's browsers, comma-separated (default chromium,firefox)
  --hold-ms N       how long a third-party request of a corpus page is held open before it times out (default 3000)`;

function parseArgs(argv) {
  const args = {
    runs: 5,
    corpus: path.resolve(repoRoot, '../shared/corpus'),
    build: true,
    corpusPass: true,
    articles: true,
    browsers: ['chromium', 'firefox'],
    holdMs: 3000,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') args.runs = Number(argv[++i]);
    else if (arg === '--corpus') args.corpus = path.resolve(argv[++i] ?? '');
    else if (arg === '--no-build') args.build = false;
    else if (arg === '--skip-corpus') args.corpusPass = false;
    else if (arg === '--corpus-only') args.articles = false;
    else if (arg === '--browsers') args.browsers = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg === '--hold-ms') args.holdMs = Number(argv[++i]);
    else {
      console.error(USAGE);
      process.exit(arg === '--help' ? 0 : 2);
    }
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs wants a positive integer');
  if (args.browsers.length === 0 || args.browsers.some((name) => !(name in BROWSER_LABELS))) throw new Error('--browsers wants chromium, firefox or both');
  if (!Number.isInteger(args.holdMs) || args.holdMs < 1) throw new Error('--hold-ms wants a positive integer');
  if (!args.corpusPass && !args.articles) throw new Error('--skip-corpus and --corpus-only leave nothing to measure');
  return args;
}

const words = (text) => text.split(/\s+/).filter(Boolean).length;
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Body paragraphs of the corpus's clean pages, in a fixed order; the seed's if there is no corpus. */
function sourceParagraphs(corpus) {
  const pagesDir = path.join(corpus, 'pages');
  if (!existsSync(pagesDir)) {
    console.error(`[bench:browser] no corpus at ${corpus}: using the seed article's text`);
    return readFileSync(path.join(repoRoot, 'seeds/rust-letter.txt'), 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim());
  }
  const paragraphs = [];
  for (const id of readdirSync(pagesDir).sort()) {
    const file = path.join(pagesDir, id, 'clean.html');
    if (!existsSync(file)) continue;
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const scope = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
    for (const p of scope?.querySelectorAll('p') ?? []) {
      const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
      // Body copy, not bylines, captions or link lists.
      if (words(text) >= 20) paragraphs.push(text);
    }
  }
  return paragraphs;
}

/** A plain news page whose article has at least `target` words, cycling through the paragraphs. */
function articlePage(paragraphs, target) {
  const chosen = [];
  let count = 0;
  for (let i = 0; count < target; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    chosen.push(paragraph);
    count += words(paragraph);
  }
  const body = chosen.map((p) => `    <p>${escapeHtml(p)}</p>`).join('\n');
  return {
    words: count,
    html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="copydesk" content="signals"><title>A ${target}-word article | Bench Courier</title>
<style>body { max-width: 720px; margin: 0 auto; padding: 24px; font: 17px/1.55 Georgia, serif; }</style></head>
<body>
<header><a href="/">Bench Courier</a></header>
<main>
  <article>
    <h1>A ${target}-word article for the browser benchmark</h1>
${body}
  </article>
</main>
</body>
</html>
`,
  };
}

async function withBrowser(run, { proxyPort } = {}) {
  const browser = await launchChromium({ dir: extensionDir, proxyPort });
  try {
    await browser.context.addInitScript(recordLongTasks);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    return await run(page, browser);
  } finally {
    await browser.close();
  }
}

/**
 * The engine started with the browser (the background opens it at start-up): waits for it from
 * an extension page, which asks the background to open it and is answered once it is ready. No
 * article has been analysed yet, so nothing of a page's path is warm.
 */
async function engineStarted({ context, extensionId }) {
  const extensionPage = await context.newPage();
  try {
    await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
    // The background's own port and protocol (src/shared/messaging.ts).
    await extensionPage.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const port = chrome.runtime.connect({ name: 'copydesk-background' });
          port.onMessage.addListener((reply) => (reply && 'value' in reply ? resolve(reply.value) : reject(new Error(reply?.error))));
          port.onDisconnect.addListener(() => reject(new Error('the background did not answer')));
          port.postMessage({ copydesk: 1, type: 'openEngine', request: {} });
        }),
    );
  } finally {
    await extensionPage.close();
  }
}

/**
 * Cold: every run in a fresh browser profile, the first article it opens. `atLaunch`: the article
 * is requested the moment the browser is up, so it also waits for the engine to start (the
 * offscreen document, the dictionary); otherwise the engine has started first, as it has for a
 * reader whose browser has been open a moment.
 */
async function coldPaint(url, runs, { atLaunch = false } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(
      await withBrowser(async (page, browser) => {
        if (!atLaunch) await engineStarted(browser);
        return measurePaint(page, url);
      }),
    );
  }
  return samples;
}

/** Warm: one browser, the article loaded once to warm the engine, then loaded again `runs` times. */
async function warmPaint(url, runs) {
  return withBrowser(async (page) => {
    await measurePaint(page, url);
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await measurePaint(page, url));
    return samples;
  });
}

/**
 * Copydesk's longest main-thread task on the page, from a trace of its renderer (the page's Long
 * Tasks API misses the work that follows an extension message): the first load in a fresh
 * browser, then `runs` more.
 */
async function copydeskTasks(url, runs) {
  return withBrowser(async (page, { context }) => {
    const samples = [];
    for (let i = 0; i <= runs; i++) {
      const tasks = await traceLoad(context, page, url);
      const longest = longestCopydeskTask(tasks);
      samples.push({ cold: i === 0, longestMs: longest.cpuMs, longestWallMs: longest.wallMs });
    }
    return samples;
  });
}

/**
 * Main-thread time the content script takes on one load of a page it leaves alone: its script
 * evaluation (compile included) and any callback of it, summed from a trace of the page's renderer.
 */
async function contentScriptCost(page, { context, extensionId }, url) {
  const scriptUrl = `chrome-extension://${extensionId}/content.js`;
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url);
  await waitForMark(page, 'copydesk:done');
  const marked = await page.evaluate(() => performance.measure('copydesk', 'copydesk:start', 'copydesk:done').duration);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const ours = events.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url === scriptUrl);
  const sum = (field) => ours.reduce((total, e) => total + (e[field] ?? 0) / 1000, 0);
  return { cpuMs: sum('tdur'), wallMs: sum('dur'), startToDoneMs: marked };
}

/**
 * The content script's cost on a page it leaves alone: the main thread's CPU time in its script
 * evaluations and callbacks (their wall-clock time too, which on a 2-core machine also holds
 * whatever the OS ran meanwhile). Cold: the first page of `runs` fresh browsers, once the engine
 * has started, as for the cold article (its renderer compiles the script and builds the DOM
 * bindings of its world for the first time, as for every site a reader opens in a new process);
 * warm: `runs` loads after the first in one browser.
 */
async function nonArticleCost(url, runs) {
  const cold = [];
  for (let i = 0; i < runs; i++) {
    const sample = await withBrowser(async (page, browser) => {
      await engineStarted(browser);
      return contentScriptCost(page, browser, url);
    });
    cold.push({ ...sample, cold: true });
  }
  const warm = await withBrowser(async (page, browser) => {
    await contentScriptCost(page, browser, url);
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push({ ...(await contentScriptCost(page, browser, url)), cold: false });
    return samples;
  });
  return [...cold, ...warm];
}

/**
 * Every corpus page once, after a warm-up load, in one browser of each kind, third-party requests
 * sent to the holding proxy. `cli`: the CLI's findings for the same files, computed before any
 * browser runs so node's work does not overlap the browsers' timings.
 */
async function corpusPass(browserName, pages, origin, cli, proxy) {
  console.error(`[bench:browser] corpus: ${pages.length} pages once each in ${BROWSER_LABELS[browserName]}`);
  const onProgress = process.stderr.isTTY ? (at) => process.stderr.write(`\r[bench:browser] corpus ${at}`.padEnd(60)) : undefined;
  try {
    if (browserName === 'chromium') {
      return await withBrowser((page, { context }) => checkCorpusPages({ page, context, origin, pages, cli, proxy, onProgress }), { proxyPort: proxy.port });
    }
    return await firefoxCorpusPass({ pages, origin, cli, proxy, onProgress });
  } finally {
    if (onProgress) process.stderr.write('\n');
  }
}

/**
 * The corpus pass in Firefox, with the Gecko profiler sampling from start-up: Firefox writes the
 * profile when it quits, and Copydesk's tasks on each page are read from it.
 */
async function firefoxCorpusPass({ pages, origin, cli, proxy, onProgress }) {
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-gecko-profile-'));
  const profileFile = path.join(profileDir, 'profile.json');
  try {
    const { browser } = await launchFirefox({ dir: extensionDir, proxyPort: proxy.port, env: { ...process.env, ...geckoProfilerEnv(profileFile) } });
    let samples;
    try {
      const page = await browser.newPage();
      samples = await checkCorpusPagesInFirefox({ page, origin, pages, cli, proxy, onProgress });
    } finally {
      // Firefox writes the profile as it quits: asked to quit, it is waited for (puppeteer's close
      // kills a browser that has not quit at once), and only then cleaned up after.
      const child = browser.process();
      const exited = child && child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
      await browser.connection.send('browser.close', {}).catch(() => {});
      await exited;
      await browser.close();
    }
    if (!existsSync(profileFile)) {
      console.error('[bench:browser] Firefox wrote no Gecko profile: no task figures for Firefox');
      return samples;
    }
    return withGeckoTasks(samples, geckoCopydeskTasks(JSON.parse(readFileSync(profileFile, 'utf8'))));
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/**
 * A browser's corpus rows of the budget table: p50 and p95 paint (Chromium: p95 per budget class
 * too), no check waiting for a held load event, the worst page's longest Copydesk task, and the proofs.
 */
function corpusRows(browserName, summary) {
  const label = `${BROWSER_LABELS[browserName]} corpus`;
  const shortPages = summary.pages - summary.longPages;
  const paintRow = (what, pages, stats, budget) => [
    `${label} p95 DOMContentLoaded → painted, ${what} (${stats?.pages ?? 0} of ${pages} pages)`,
    stats?.p95Ms ?? null,
    budget,
    'ms',
  ];
  return [
    [
      `${label} p50 DOMContentLoaded → painted (${summary.paint?.pages ?? 0} of ${summary.pages} pages)`,
      summary.paint?.p50Ms ?? null,
      BUDGETS.corpusPaintP50Ms,
      'ms',
    ],
    [`${label} p95 DOMContentLoaded → painted`, summary.paint?.p95Ms ?? null, BUDGETS.corpusPaintP95Ms, 'ms'],
    ...(browserName === 'chromium' && shortPages > 0
      ? [paintRow(`≤ ${LONG_ARTICLE_WORDS / 1000}k words, warm`, shortPages, summary.paintShort, BUDGETS.warmPaintMs)]
      : []),
    ...(browserName === 'chromium' && summary.longPages > 0
      ? [paintRow(`> ${LONG_ARTICLE_WORDS / 1000}k words, warm`, summary.longPages, summary.paintLong, BUDGETS.paint10kMs)]
      : []),
    [`${label} pages whose check waited for a held load event (of ${summary.heldLoad})`, summary.startedAfterHeldLoad.length, 0, 'pages'],
    [`${label} longest Copydesk task, worst page (main-thread CPU time)`, summary.copydeskTaskWorst?.ms ?? null, BUDGETS.longTaskMs, 'ms'],
    [`${label} pages checked where the CLI finds no article, or not where it does`, summary.articleDisagreements.length, 0, 'pages'],
    [`${label} pages with console or page errors`, summary.withErrors.length, 0, 'pages'],
    [`${label} pages whose findings differ from the CLI`, summary.mismatched.length, 0, 'pages'],
  ];
}

function contentScriptGzipKB() {
  const bundle = readFileSync(path.join(extensionDir, 'content.js'));
  return zlib.gzipSync(bundle, { level: 9 }).length / 1024;
}

const args = parseArgs(process.argv.slice(2));
if (args.build && process.env.COPYDESK_EXTENSION_DIR === undefined) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
const corpusBrowsers = args.corpusPass ? args.browsers : [];
const browserPaths = ensureBrowsers([...new Set([...(args.articles ? ['chromium'] : []), ...corpusBrowsers])]);
const paragraphs = sourceParagraphs(args.corpus);
const article1k = articlePage(paragraphs, 1000);
const article10k = articlePage(paragraphs, 10_000);
const pages = args.corpusPass ? corpusPages(args.corpus) : [];
if (args.corpusPass && pages.length === 0) console.error(`[bench:browser] no corpus pages in ${args.corpus}/pages: the corpus pass is left out`);
const server = await startServer({
  generated: {
    '/bench/1k.html': article1k.html,
    '/bench/10k.html': article10k.html,
    ...Object.fromEntries(pages.map(({ id, html }) => [corpusPath(id), servedCorpusHtml(html)])),
  },
});
// Chromium parses no further than a stylesheet in <head> still loading: a held one keeps its
// DOMContentLoaded back until the request times out, whence a timeout of seconds, not minutes.
const proxy = await startHoldingProxy({ timeoutMs: args.holdMs });

/** The article and non-article figures, in Chromium; null when only the corpus pass runs. */
async function articleFigures() {
  console.error(`[bench:browser] ${args.runs} runs each; 1k article ${article1k.words} words, 10k article ${article10k.words} words`);
  const samples = {
    cold1k: await coldPaint(`${server.origin}/bench/1k.html`, args.runs),
    launch1k: await coldPaint(`${server.origin}/bench/1k.html`, args.runs, { atLaunch: true }),
    warm1k: await warmPaint(`${server.origin}/bench/1k.html`, args.runs),
    cold10k: await coldPaint(`${server.origin}/bench/10k.html`, args.runs),
    warm10k: await warmPaint(`${server.origin}/bench/10k.html`, args.runs),
    tasks1k: await copydeskTasks(`${server.origin}/bench/1k.html`, args.runs),
    tasks10k: await copydeskTasks(`${server.origin}/bench/10k.html`, args.runs),
    nonArticle: await nonArticleCost(`${server.origin}/pages/no-article.html`, args.runs),
  };
  const { cold1k, launch1k, warm1k, cold10k, warm10k, tasks1k, tasks10k, nonArticle } = samples;
  const medianOf = (list, field) => median(list.map((s) => s[field]));
  const worst = (list, field) => Math.max(...list.map((s) => s[field]));
  const warmNonArticle = nonArticle.filter((s) => !s.cold);
  const figures = {
    cold1kPaintMs: medianOf(cold1k, 'paintMs'),
    launch1kPaintMs: medianOf(launch1k, 'paintMs'),
    warm1kPaintMs: medianOf(warm1k, 'paintMs'),
    cold10kPaintMs: medianOf(cold10k, 'paintMs'),
    warm10kPaintMs: medianOf(warm10k, 'paintMs'),
    longestTask1kMs: worst(tasks1k, 'longestMs'),
    longestTask1kWallMs: worst(tasks1k, 'longestWallMs'),
    longestTask10kMs: worst(tasks10k, 'longestMs'),
    longestTask10kWallMs: worst(tasks10k, 'longestWallMs'),
    nonArticleColdMs: medianOf(
      nonArticle.filter((s) => s.cold),
      'cpuMs',
    ),
    nonArticleColdWallMs: medianOf(
      nonArticle.filter((s) => s.cold),
      'wallMs',
    ),
    nonArticleWarmMs: medianOf(warmNonArticle, 'cpuMs'),
    nonArticleWarmWallMs: medianOf(warmNonArticle, 'wallMs'),
    nonArticleStartToDoneMs: medianOf(warmNonArticle, 'startToDoneMs'),
    contentScriptGzipKB: contentScriptGzipKB(),
  };
  const rows = [
    ['1k words, DOMContentLoaded → painted, cold', figures.cold1kPaintMs, BUDGETS.coldPaintMs, 'ms'],
    ['1k words, DOMContentLoaded → painted, warm', figures.warm1kPaintMs, BUDGETS.warmPaintMs, 'ms'],
    ['1k words, longest Copydesk task (main-thread CPU time), cold or warm', figures.longestTask1kMs, BUDGETS.longTaskMs, 'ms'],
    ['10k words, DOMContentLoaded → painted, cold', figures.cold10kPaintMs, BUDGETS.paint10kMs, 'ms'],
    ['10k words, DOMContentLoaded → painted, warm', figures.warm10kPaintMs, BUDGETS.paint10kMs, 'ms'],
    ['10k words, longest Copydesk task (main-thread CPU time), cold or warm', figures.longestTask10kMs, BUDGETS.longTaskMs, 'ms'],
    ['non-article page, content script main-thread CPU time, cold', figures.nonArticleColdMs, BUDGETS.nonArticleMs, 'ms'],
    ['non-article page, content script main-thread CPU time, warm', figures.nonArticleWarmMs, BUDGETS.nonArticleMs, 'ms'],
    ['content script bundle, gzipped', figures.contentScriptGzipKB, BUDGETS.contentScriptGzipKB, 'KB'],
  ];
  const notes = [
    // Not a budget: the same first article requested while the browser is still starting.
    `1k words, cold, requested the moment the browser is up (engine still starting): ${figures.launch1kPaintMs.toFixed(1)} ms`,
    `longest Copydesk task by wall-clock time (CPU time + time the OS ran something else): 1k ${figures.longestTask1kWallMs.toFixed(1)} ms, 10k ${figures.longestTask10kWallMs.toFixed(1)} ms`,
    `non-article page, content script wall-clock time (CPU time + time the OS ran something else): cold ${figures.nonArticleColdWallMs.toFixed(1)} ms, warm ${figures.nonArticleWarmWallMs.toFixed(1)} ms`,
  ];
  return { figures, rows, notes, samples };
}

try {
  const articles = args.articles ? await articleFigures() : null;
  const corpus = {};
  if (pages.length > 0) {
    // The CLI's findings first, so node's work does not overlap the browsers' timings.
    console.error(`[bench:browser] corpus: ${pages.length} pages through the CLI's engine (build/engine.mjs)`);
    const cli = await cliFindings(path.join(repoRoot, 'build/engine.mjs'), pages);
    for (const browserName of corpusBrowsers) {
      const samples = await corpusPass(browserName, pages, server.origin, cli, proxy);
      corpus[browserName] = { samples, summary: summariseCorpus(samples) };
    }
  }

  const corpusFigures = Object.fromEntries(
    Object.entries(corpus).map(([browserName, { summary }]) => [
      browserName,
      {
        paintP50Ms: summary.paint?.p50Ms ?? null,
        paintP95Ms: summary.paint?.p95Ms ?? null,
        paintShortP95Ms: summary.paintShort?.p95Ms ?? null,
        paintLongP95Ms: summary.paintLong?.p95Ms ?? null,
        checksAfterHeldLoad: summary.startedAfterHeldLoad.length,
        paintedAfterHeldLoad: summary.paintedAfterHeldLoad.length,
        longestCopydeskTaskP95Ms: summary.copydeskTaskP95Ms,
        longestCopydeskTaskWorstMs: summary.copydeskTaskWorst?.ms ?? null,
        articleDisagreements: summary.articleDisagreements.length,
        pagesMatchingCli: summary.matching,
        pagesWithErrors: summary.withErrors.length,
      },
    ]),
  );
  const figures = { ...(articles?.figures ?? {}), ...(pages.length > 0 && { corpus: corpusFigures }) };
  const rows = [...(articles?.rows ?? []), ...Object.entries(corpus).flatMap(([browserName, { summary }]) => corpusRows(browserName, summary))];
  // A figure that could not be measured (no page painted) fails its budget rather than passing unseen.
  const checks = rows.map(([label, value, budget, unit]) => ({ label, value, budget, unit, pass: value !== null && value <= budget }));

  const width = Math.max(...checks.map((c) => c.label.length));
  const measured = Object.entries(browserPaths)
    .map(([name, file]) => `${BROWSER_LABELS[name]} (${path.basename(file)})`)
    .join(' and ');
  console.log(`\nCopydesk in ${measured}${articles ? `, median of ${args.runs} runs` : ''}\n`);
  console.log(`${'figure'.padEnd(width)}  ${'measured'.padStart(9)}  ${'budget'.padStart(8)}`);
  for (const c of checks) {
    const value = c.value === null ? 'n/a' : `${c.unit === 'pages' ? c.value : c.value.toFixed(1)} ${c.unit}`;
    console.log(`${c.label.padEnd(width)}  ${value.padStart(9)}  ${`≤ ${c.budget} ${c.unit}`.padStart(8)}  ${c.pass ? 'ok' : 'OVER'}`);
  }
  if (articles) console.log(`\n${articles.notes.join('\n')}`);
  for (const [browserName, { samples, summary }] of Object.entries(corpus)) {
    console.log(`\n${BROWSER_LABELS[browserName]}: ${formatCorpusDetails(samples, summary).join('\n')}`);
  }

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version },
    browsers: browserPaths,
    runs: args.runs,
    articles: { '1k': article1k.words, '10k': article10k.words, source: existsSync(path.join(args.corpus, 'pages')) ? 'corpus clean pages' : 'seed' },
    budgets: BUDGETS,
    figures,
    checks,
    ...(pages.length > 0 && { corpus: Object.fromEntries(Object.entries(corpus).map(([name, { summary }]) => [name, summary])) }),
    samples: {
      ...(articles?.samples ?? {}),
      ...(pages.length > 0 && { corpus: Object.fromEntries(Object.entries(corpus).map(([name, { samples }]) => [name, samples])) }),
    },
  };
  const resultsDir = path.join(repoRoot, 'bench-results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'browser-latest.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`\nwrote bench-results/browser-latest.json`);
  process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
} finally {
  await proxy.close();
  await server.close();
}
