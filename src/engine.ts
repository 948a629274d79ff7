// The engine's public surface for node consumers (the benchmark, scripts). Importing it installs
// the typo rule's word lists from build/generated/, so `analyze` is ready to call.
import { installDictionaryFromFile } from './rules/typo/dictionary-file.ts';

installDictionaryFromFile();

export { analyze, formatMessage, ruleDocsUrl } from './core/analyze.ts';
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
