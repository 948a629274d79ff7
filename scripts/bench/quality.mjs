// Quality figures: the CLI's predictions scored by the corpus scorer, extraction coverage of the
// labels, the seed article's recall, and peers' flags scored the same way. `scorer` is the corpus's
// own score.mjs module, so every figure uses its text model and matching.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What a bench result keeps of one score.mjs summary row. */
function scoreRow(s) {
  return {
    labels: s.labels,
    predictions: s.predictions,
    tp: s.tp,
    fp: s.fp,
    fn: s.fn,
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    clean_flags: s.clean_flags,
    clean_per_1k: s.clean_flags_per_1k_words,
  };
}

/** score.mjs's result reduced to per-category rows and the micro-averaged ALL row. */
export function summariseScore(result) {
  return {
    per_category: Object.fromEntries(Object.entries(result.per_category).map(([c, s]) => [c, scoreRow(s)])),
    micro: scoreRow(result.micro),
  };
}

/**
 * Runs `copydesk analyze <pagesDir> --format jsonl` (worker threads, all cores) into predFile;
 * with `timing` the saved predictions keep each page's warm `ms`, to find the slow pages by.
 * Files the CLI could not analyse come back as its stderr lines; a usage error (exit 2) throws.
 */
export async function runCli(cliPath, pagesDir, predFile, { timing = false } = {}) {
  try {
    const { stderr } = await run(process.execPath, [cliPath, 'analyze', pagesDir, '--format', 'jsonl', ...(timing ? ['--timing'] : []), '--out', predFile], {
      maxBuffer: 64 * 2 ** 20,
    });
    return stderr.split('\n').filter(Boolean);
  } catch (error) {
    if (error.code === 1 && fs.existsSync(predFile)) return error.stderr.split('\n').filter(Boolean);
    throw new Error(`copydesk analyze failed (exit ${error.code}): ${error.stderr || error.message}`);
  }
}

/** Corpus-style predictions from offsets into an article text. */
export function flagsFromSpans(scorer, text, spans) {
  return spans.map(({ category, start, end }) => ({ category, ...scorer.quoteAt(text, start, end) }));
}

/** Context characters (prefix + suffix, as score.mjs counts them) that must agree to tell a copy apart. */
const MIN_CONTEXT_AGREEMENT = 8;

/**
 * Whether each label lies inside the extracted article text. A label's exact text found in the
 * article counts when it is unique on the page, or when its surroundings agree (a repeated
 * passage's exact text is also the first copy's, which may be all that was extracted).
 */
export function labelsInArticle(scorer, pageText, articleText, labels) {
  const { indexText, locate, normalizeText } = scorer;
  const pageIdx = indexText(pageText);
  const articleIdx = indexText(normalizeText(articleText));
  return labels.map((label) => {
    const found = locate(articleIdx, label);
    if (found.spans.length === 0) return false;
    const onPage = locate(pageIdx, { exact: label.exact }, { maxTies: Infinity }).spans.length;
    return onPage === 1 || found.contextScore >= MIN_CONTEXT_AGREEMENT;
  });
}

/** Extraction coverage over pages [{ id, html, labels, articleText }]. */
export function extractionCoverage(scorer, pages) {
  const byCategory = {};
  const missed = [];
  let covered = 0;
  let labels = 0;
  for (const page of pages) {
    const inside = labelsInArticle(scorer, scorer.htmlToText(page.html), page.articleText, page.labels);
    page.labels.forEach((label, k) => {
      const row = (byCategory[label.category] ??= { labels: 0, covered: 0 });
      row.labels++;
      labels++;
      if (inside[k]) {
        row.covered++;
        covered++;
      } else missed.push({ id: page.id, category: label.category, exact: label.exact.slice(0, 80) });
    });
  }
  return { labels, covered, coverage: labels ? covered / labels : null, by_category: byCategory, missed };
}

/**
 * Recall of the seed's hand labels per category, scored by score.mjs (which reads `page.html`
 * from a folder, hence the temporary copy). Lists every category the labels or the rules have.
 */
export function seedRecall(scorer, seedHtml, seedLabels, flags, ruleIds) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-seed-'));
  try {
    fs.writeFileSync(path.join(dir, 'page.html'), seedHtml);
    const id = seedLabels.id ?? 'seed';
    const pages = new Map([[id, { id, dir, words: Number(seedLabels.words) || 0, labels: seedLabels.labels }]]);
    const result = scorer.score(pages, new Map([[id, flags]]));
    const missed = result.pages_detail[0].fn;
    const categories = [...new Set([...seedLabels.labels.map((l) => l.category), ...ruleIds])].sort();
    return Object.fromEntries(
      categories.map((c) => {
        const labels = seedLabels.labels.filter((l) => l.category === c).length;
        const found = labels - missed.filter((l) => l.category === c).length;
        return [c, { labels, found, flags: flags.filter((f) => f.category === c).length, has_rule: ruleIds.includes(c) }];
      }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Flags per rule on a folder of unlabelled articles (the corpus's real-copy/: professionally
 * edited news), from `copydesk analyze --format jsonl`, per 1,000 of their words.
 */
export async function realCopyRates(cliPath, dir, predFile) {
  const failures = await runCli(cliPath, dir, predFile);
  const pages = fs
    .readFileSync(predFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const words = pages.reduce((sum, page) => sum + page.words, 0);
  const perThousand = (flags) => (words ? (1000 * flags) / words : 0);
  const counts = {};
  for (const flag of pages.flatMap((page) => page.flags)) counts[flag.category] = (counts[flag.category] ?? 0) + 1;
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    articles: pages.length,
    words,
    per_rule: Object.fromEntries(Object.entries(counts).map(([rule, flags]) => [rule, { flags, per_1k: perThousand(flags) }])),
    all: { flags: total, per_1k: perThousand(total) },
    failures,
  };
}
