#!/usr/bin/env node
// npm run bench:browser: what Copydesk costs a reader's page, in Chromium with the built extension.
//
//   node scripts/bench-browser.mjs [--runs N] [--corpus DIR] [--no-build] [--skip-corpus]
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
// Then every corpus page (page.html) is opened once in one browser (scripts/bench/corpus-browser.mjs):
// no console or page error, the sidebar's findings equal to the CLI's on the same file, and the
// 95th percentile of paint time and longest task against the warm budgets.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseHTML } from 'linkedom';
import { checkCorpusPages, cliFindings, corpusPages, corpusPath, formatCorpusDetails, LONG_ARTICLE_WORDS, summariseCorpus } from './bench/corpus-browser.mjs';
import { measurePaint, recordLongTasks, waitForMark } from './bench/page-timing.mjs';
import { longestCopydeskTask, traceLoad } from './bench/main-thread-tasks.mjs';
import { median } from './bench/stats.mjs';
import { ensureBrowsers, extensionDir as builtExtensionDir, launchChromium, repoRoot } from './browsers.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const extensionDir = process.env.COPYDESK_EXTENSION_DIR ?? builtExtensionDir;

const BUDGETS = {
  coldPaintMs: 150,
  warmPaintMs: 40,
  paint10kMs: 400,
  longTaskMs: 50,
  nonArticleMs: 5,
  contentScriptGzipKB: 60,
};

const USAGE = `usage: node scripts/bench-browser.mjs [--runs N] [--corpus DIR] [--no-build] [--skip-corpus]
  --runs N       measured runs per figure, the median is reported (default 5)
  --corpus DIR   the corpus folder with pages/<id>/{page,clean}.html (default ../shared/corpus)
  --no-build     measure extension/ as it is instead of running npm run build first
  --skip-corpus  leave out the pass over every corpus page (about a minute)`;

function parseArgs(argv) {
  const args = { runs: 5, corpus: path.resolve(repoRoot, '../shared/corpus'), build: true, corpusPass: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') args.runs = Number(argv[++i]);
    else if (arg === '--corpus') args.corpus = path.resolve(argv[++i] ?? '');
    else if (arg === '--no-build') args.build = false;
    else if (arg === '--skip-corpus') args.corpusPass = false;
    else {
      console.error(USAGE);
      process.exit(arg === '--help' ? 0 : 2);
    }
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs wants a positive integer');
  return args;
}

const words = (text) => text.split(/\s+/).filter(Boolean).length;
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Body paragraphs of the corpus's clean pages, in a fixed order; the seed's if there is no corpus. */
function sourceParagraphs(corpus) {
  const pagesDir = path.join(corpus, 'pages');
  if (!existsSync(pagesDir)) {
    console.error(`[bench:browser] no corpus at ${corpus}: using the seed article's text`);
    return readFileSync(path.join(repoRoot, 'seeds/rust-letter.txt'), 'utf8').split(/\n\s*\n/).map((p) => p.trim());
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
<head><meta charset="utf-8"><title>A ${target}-word article | Bench Courier</title>
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

async function withBrowser(run) {
  const browser = await launchChromium({ dir: extensionDir });
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
 * Every corpus page once, after a warm-up load, in one browser; the CLI's findings for the same
 * files are computed first (by build/engine.mjs, which the build step writes with the extension),
 * so node's work does not overlap the browser's timings.
 */
async function corpusPass(pages, origin) {
  console.error(`[bench:browser] corpus: ${pages.length} pages, through the CLI's engine, then once each in Chromium`);
  const cli = await cliFindings(path.join(repoRoot, 'build/engine.mjs'), pages);
  const onProgress = process.stderr.isTTY ? (at) => process.stderr.write(`\r[bench:browser] corpus ${at}`.padEnd(60)) : undefined;
  try {
    return await withBrowser((page, { context }) => checkCorpusPages({ page, context, origin, pages, cli, onProgress }));
  } finally {
    if (onProgress) process.stderr.write('\n');
  }
}

/** The corpus's rows of the budget table: p95 paint per budget class, p95 longest task, and the two proofs. */
function corpusRows(summary) {
  const shortPages = summary.pages - summary.longPages;
  const paintRow = (label, pages, stats, budget) => [`corpus p95 DOMContentLoaded → painted, ${label} (${stats?.pages ?? 0} of ${pages} pages)`, stats?.p95Ms ?? null, budget, 'ms'];
  return [
    ...(shortPages > 0 ? [paintRow(`≤ ${LONG_ARTICLE_WORDS / 1000}k words, warm`, shortPages, summary.paintShort, BUDGETS.warmPaintMs)] : []),
    ...(summary.longPages > 0 ? [paintRow(`> ${LONG_ARTICLE_WORDS / 1000}k words, warm`, summary.longPages, summary.paintLong, BUDGETS.paint10kMs)] : []),
    ['corpus p95 longest Copydesk task (main-thread CPU time)', summary.copydeskTaskP95Ms, BUDGETS.longTaskMs, 'ms'],
    ['corpus pages with console or page errors', summary.withErrors.length, 0, 'pages'],
    ['corpus pages whose findings differ from the CLI', summary.mismatched.length, 0, 'pages'],
  ];
}

function contentScriptGzipKB() {
  const bundle = readFileSync(path.join(extensionDir, 'content.js'));
  return zlib.gzipSync(bundle, { level: 9 }).length / 1024;
}

const args = parseArgs(process.argv.slice(2));
if (args.build && process.env.COPYDESK_EXTENSION_DIR === undefined) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
const chromiumPath = ensureBrowsers(['chromium']).chromium;
const paragraphs = sourceParagraphs(args.corpus);
const article1k = articlePage(paragraphs, 1000);
const article10k = articlePage(paragraphs, 10_000);
const pages = args.corpusPass ? corpusPages(args.corpus) : [];
if (args.corpusPass && pages.length === 0) console.error(`[bench:browser] no corpus pages in ${args.corpus}/pages: the corpus pass is left out`);
const server = await startServer({
  generated: {
    '/bench/1k.html': article1k.html,
    '/bench/10k.html': article10k.html,
    ...Object.fromEntries(pages.map(({ id, html }) => [corpusPath(id), html])),
  },
});

try {
  console.error(`[bench:browser] ${args.runs} runs each; 1k article ${article1k.words} words, 10k article ${article10k.words} words`);
  const cold1k = await coldPaint(`${server.origin}/bench/1k.html`, args.runs);
  const launch1k = await coldPaint(`${server.origin}/bench/1k.html`, args.runs, { atLaunch: true });
  const warm1k = await warmPaint(`${server.origin}/bench/1k.html`, args.runs);
  const cold10k = await coldPaint(`${server.origin}/bench/10k.html`, args.runs);
  const warm10k = await warmPaint(`${server.origin}/bench/10k.html`, args.runs);
  const tasks1k = await copydeskTasks(`${server.origin}/bench/1k.html`, args.runs);
  const tasks10k = await copydeskTasks(`${server.origin}/bench/10k.html`, args.runs);
  const nonArticle = await nonArticleCost(`${server.origin}/pages/no-article.html`, args.runs);
  const corpus = pages.length > 0 ? await corpusPass(pages, server.origin) : null;
  const corpusSummary = corpus && summariseCorpus(corpus);

  const medianOf = (samples, field) => median(samples.map((s) => s[field]));
  const worst = (samples, field) => Math.max(...samples.map((s) => s[field]));
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
    nonArticleColdMs: medianOf(nonArticle.filter((s) => s.cold), 'cpuMs'),
    nonArticleColdWallMs: medianOf(nonArticle.filter((s) => s.cold), 'wallMs'),
    nonArticleWarmMs: medianOf(warmNonArticle, 'cpuMs'),
    nonArticleWarmWallMs: medianOf(warmNonArticle, 'wallMs'),
    nonArticleStartToDoneMs: medianOf(warmNonArticle, 'startToDoneMs'),
    contentScriptGzipKB: contentScriptGzipKB(),
    ...(corpusSummary && {
      corpusPaintP50Ms: corpusSummary.paint?.p50Ms ?? null,
      corpusPaintP95Ms: corpusSummary.paint?.p95Ms ?? null,
      corpusPaintShortP95Ms: corpusSummary.paintShort?.p95Ms ?? null,
      corpusPaintLongP95Ms: corpusSummary.paintLong?.p95Ms ?? null,
      corpusLongestTaskP95Ms: corpusSummary.copydeskTaskP95Ms,
      corpusLongestTaskWorstMs: corpusSummary.longestTaskWorst?.ms ?? null,
      corpusPagesMatchingCli: corpusSummary.matching,
      corpusPagesWithErrors: corpusSummary.withErrors.length,
    }),
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
    ...(corpusSummary ? corpusRows(corpusSummary) : []),
  ];
  // A figure that could not be measured (no page painted) fails its budget rather than passing unseen.
  const checks = rows.map(([label, value, budget, unit]) => ({ label, value, budget, unit, pass: value !== null && value <= budget }));

  const width = Math.max(...checks.map((c) => c.label.length));
  console.log(`\nCopydesk in Chromium (${path.basename(chromiumPath)}), median of ${args.runs} runs\n`);
  console.log(`${'figure'.padEnd(width)}  ${'measured'.padStart(9)}  ${'budget'.padStart(8)}`);
  for (const c of checks) {
    const value = c.value === null ? 'n/a' : `${c.unit === 'pages' ? c.value : c.value.toFixed(1)} ${c.unit}`;
    console.log(`${c.label.padEnd(width)}  ${value.padStart(9)}  ${`≤ ${c.budget} ${c.unit}`.padStart(8)}  ${c.pass ? 'ok' : 'OVER'}`);
  }
  // Not a budget: the same first article requested while the browser is still starting.
  console.log(`\n1k words, cold, requested the moment the browser is up (engine still starting): ${figures.launch1kPaintMs.toFixed(1)} ms`);
  console.log(`longest Copydesk task by wall-clock time (CPU time + time the OS ran something else): 1k ${figures.longestTask1kWallMs.toFixed(1)} ms, 10k ${figures.longestTask10kWallMs.toFixed(1)} ms`);
  console.log(`non-article page, content script wall-clock time (CPU time + time the OS ran something else): cold ${figures.nonArticleColdWallMs.toFixed(1)} ms, warm ${figures.nonArticleWarmWallMs.toFixed(1)} ms`);
  if (corpus) console.log(`\n${formatCorpusDetails(corpus, corpusSummary).join('\n')}`);

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version },
    browser: { path: chromiumPath },
    runs: args.runs,
    articles: { '1k': article1k.words, '10k': article10k.words, source: existsSync(path.join(args.corpus, 'pages')) ? 'corpus clean pages' : 'seed' },
    budgets: BUDGETS,
    figures,
    checks,
    ...(corpusSummary && { corpus: corpusSummary }),
    samples: { tasks1k, tasks10k, cold1k, launch1k, warm1k, cold10k, warm10k, nonArticle, ...(corpus && { corpus }) },
  };
  const resultsDir = path.join(repoRoot, 'bench-results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'browser-latest.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`\nwrote bench-results/browser-latest.json`);
  process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
} finally {
  await server.close();
}
