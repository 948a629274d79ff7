// Speed figures. Everything timed here runs serially in this one process (the peers too), so
// ratios compare like with like; cold start runs in fresh child processes.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../paths.mjs';
import { median, per1k } from './stats.mjs';
import { CORE_RULES } from './targets.mjs';

/** Stages of `analyze()` that every rule shares. */
const SHARED_STAGES = ['tokenize', 'language'];

const run = promisify(execFile);
const COLD_START_SCRIPT = path.join(repoRoot, 'scripts/bench/cold-start.mjs');

/** Median of each figure over `runs` fresh processes that import the engine and analyse `textPath`. */
export async function coldStart(enginePath, textPath, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, [COLD_START_SCRIPT, enginePath, textPath]);
    samples.push(JSON.parse(stdout));
  }
  return { runs, ...Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))])) };
}

/**
 * Per-page medians → ms per 1,000 words: the sum over pages of each page's median time, divided
 * by the words of all pages. A slow outlier run (GC, another process) then moves nothing.
 */
export function msPer1k(samplesByPage, words) {
  let total = 0;
  for (const samples of samplesByPage) total += median(samples);
  return per1k(total, words);
}

/** The article the engine extracts; a page where it finds none is timed and scored as empty. */
export function articleOf(engine, document) {
  return engine.extractArticle(document)?.article ?? engine.fromBlocks([]);
}

/**
 * Times our stages on every page `runs` times after one warm-up pass:
 * parse (HTML → DOM), extract (DOM → ArticleText), then analyze(), whose `timings` give
 * tokenize and each rule ("rules_total" sums the rules; "core" is the shared stages plus the four
 * core rules, what the speed targets are about); "analysis" is the wall time of the whole
 * analyze() call with every rule.
 * Returns the extracted articles of the warm-up pass too (they feed coverage and the peers).
 */
export function timeEngine(engine, pages, runs) {
  const stages = new Map();
  const sample = (stage, page, ms) => {
    if (!stages.has(stage))
      stages.set(
        stage,
        pages.map(() => []),
      );
    stages.get(stage)[page].push(ms);
  };
  const articles = [];
  for (let pass = 0; pass <= runs; pass++) {
    pages.forEach((page, p) => {
      const t0 = performance.now();
      const document = engine.parseHtml(page.html);
      const t1 = performance.now();
      const article = articleOf(engine, document);
      const t2 = performance.now();
      const analysis = engine.analyze(article, engine.rules);
      const t3 = performance.now();
      if (pass === 0) {
        articles.push({ article, errors: analysis.errors });
        return;
      }
      sample('parse', p, t1 - t0);
      sample('extract', p, t2 - t1);
      for (const [stage, ms] of Object.entries(analysis.timings)) sample(stage, p, ms);
      const timings = Object.entries(analysis.timings);
      sample(
        'rules_total',
        p,
        timings.reduce((sum, [k, ms]) => (SHARED_STAGES.includes(k) ? sum : sum + ms), 0),
      );
      sample(
        'core',
        p,
        timings.reduce((sum, [k, ms]) => (SHARED_STAGES.includes(k) || CORE_RULES.includes(k) ? sum + ms : sum), 0),
      );
      sample('analysis', p, t3 - t2);
    });
  }
  const words = articles.reduce((sum, { article }) => sum + engine.tokenize(article).words.length, 0);
  const perStage = Object.fromEntries([...stages].map(([stage, byPage]) => [stage, msPer1k(byPage, words)]));
  return { articles, words, stages: perStage };
}

/**
 * Warm ms per 1,000 words of one peer over the same page texts as ours. The warm-up pass runs
 * over the clean pages' texts, so its output is not wasted: both passes' flags are returned
 * for scoring (page flags from the first timed pass).
 */
export async function timePeer(peer, { pageTexts, cleanTexts, words, runs }) {
  const lintAll = async (texts, onPage) => {
    for (let p = 0; p < texts.length; p++) {
      const t0 = performance.now();
      const raw = await peer.lint(texts[p]);
      const ms = performance.now() - t0;
      // flagsOf also frees harper's wasm-side lints, so it runs on every pass, untimed.
      onPage(p, ms, peer.flagsOf(raw));
    }
  };
  const cleanFlags = [];
  await lintAll(cleanTexts, (_p, _ms, flags) => cleanFlags.push(flags));
  const pageFlags = [];
  const byPage = pageTexts.map(() => []);
  for (let pass = 0; pass < runs; pass++) {
    await lintAll(pageTexts, (p, ms, flags) => {
      byPage[p].push(ms);
      if (pass === 0) pageFlags.push(flags);
    });
  }
  return { setup_ms: peer.setupMs, runs, ms_per_1k: msPer1k(byPage, words), pageFlags, cleanFlags };
}
