// The bar set by issue 2 §6 (dev split). Data only: summary.mjs compares the figures against it.

/** Per rule: F1 on the injected pages (at least), flags per 1,000 words on the clean pages (at most). */
export const RULE_TARGETS = {
  typo: { f1: 0.9, cleanPer1k: 0.5 },
  'repeated-word': { f1: 0.95, cleanPer1k: 0.1 },
  'repeated-passage': { f1: 0.9, cleanPer1k: 0.2 },
  'name-variant': { f1: 0.85, cleanPer1k: 0.2 },
  // Issue 4's rules have no labels in the corpus: only their clean-page rate is bounded.
  agreement: { cleanPer1k: 0.3 },
  'number-inconsistency': { cleanPer1k: 0.3 },
  'quote-mismatch': { cleanPer1k: 0.3 },
  'spun-phrase': { cleanPer1k: 0.3 },
};

/**
 * Issue 11: F1 on `beyond/` (the same pages with spun phrases, agreement flips, quotation-mark and
 * figure errors injected), for the rules that corpus labels.
 */
export const BEYOND_TARGETS = {
  'spun-phrase': 0.5,
  agreement: 0.8,
  'number-inconsistency': 0.7,
  'quote-mismatch': 0.9,
};

/**
 * The rules issue 2's speed targets are about: retext, the peer, does only spelling and doubled
 * words, so the like-for-like comparison is these four rules plus the shared parse.
 */
export const CORE_RULES = ['typo', 'repeated-word', 'repeated-passage', 'name-variant'];

export const TARGETS = {
  /** Share of corpus labels that lie inside the extracted article text. */
  extractionCoverage: 0.99,
  /** The four core rules (with tokenizing and language detection) on extracted text, warm, median ms per 1,000 article words. */
  warmAnalysisMsPer1k: 10,
  /** Fresh process: import (dictionary, NLP) plus the first analysis of a short text. */
  coldStartMs: 300,
  /** Our warm core analysis time divided by retext's (spelling + doubled words only): at most 1. */
  oursOverRetext: 1,
  /** harper.js time divided by ours: at least 10. */
  harperOverOurs: 10,
  /** Issue 11: the whole analyze() call with all eight rules, warm, ms per 1,000 article words. */
  allRulesMsPer1k: 10,
  /** Issue 12: flags of all rules together per 1,000 words of the untouched (clean) pages. */
  allRulesCleanPer1k: 0.4,
  /** Issue 13: rule runs on a hostile input that grow faster than near-linearly (scripts/bench/linearity.mjs). */
  superlinearRuns: 0,
};
