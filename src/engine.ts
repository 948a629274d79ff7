// The engine's public surface for node consumers (the benchmark, scripts).
export { analyze, formatMessage, ruleDocsUrl } from './core/analyze.ts';
export type { Analysis, AnalyzeOptions } from './core/analyze.ts';
export { fromBlocks, fromPlainText } from './core/article-text.ts';
export { tokenize } from './core/tokenize.ts';
export { rules } from './rules/index.ts';
export type * from './core/types.ts';
