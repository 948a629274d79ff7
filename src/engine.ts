// The engine's public surface for node consumers (the benchmark, scripts). Its `analyze` reads
// the shared dictionary from build/generated/ on first use, so callers need not pass one.
import { lexiconFromFile } from './cli/lexicon-file.ts';
import { analyze as analyzeWith, type Analysis, type AnalyzeOptions } from './core/analyze.ts';
import type { ArticleText, Rule } from './core/types.ts';

export function analyze(article: ArticleText, rules: readonly Rule[], options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(article, rules, { lexicon: lexiconFromFile(), ...options });
}

export { formatMessage, ruleDocsUrl } from './core/analyze.ts';
export type { Analysis, AnalyzeOptions } from './core/analyze.ts';
export { fromBlocks, fromPlainText } from './core/article-text.ts';
export { tokenize } from './core/tokenize.ts';
export { rules } from './rules/index.ts';
export type * from './core/types.ts';
// Extraction: node callers parse with parseHtml; the browser passes its own document.
export { extractArticle } from './extract/extract-article.ts';
export { looksLikeArticle } from './extract/looks-like-article.ts';
export { parseHtml } from './extract/parse-html.ts';
export type { ExtractedArticle, TextMap } from './extract/types.ts';
