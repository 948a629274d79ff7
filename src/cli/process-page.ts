import fs from 'node:fs';
import { analyze, type SkippedRule } from '../core/analyze.ts';
import { fromPlainText } from '../core/article-text.ts';
import { tokenize } from '../core/tokenize.ts';
import type { ArticleText, Finding, RuleId } from '../core/types.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { parseHtml } from '../extract/parse-html.ts';
import { rules } from '../rules/index.ts';
import type { Command } from './args.ts';
import type { Job } from './inputs.ts';

/** Pages bigger than this are refused: no news article is, and parsing one would stall a worker. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

export interface PageTask {
  job: Job;
  command: Command;
  rules: RuleId[] | null;
}

export interface PageResult {
  id: string;
  file: string;
  words: number;
  /** The article's headline and address, when the page gives them (analyze only). */
  title?: string;
  url?: string;
  /** The article text (extract only). */
  text?: string;
  /** Warm time of the rules on the extracted text, ms (analyze only). */
  ms?: number;
  findings?: Finding[];
  /** Rules that threw on this page. */
  ruleErrors?: { ruleId: RuleId; message: string }[];
  /** The article's language, primary subtag ("en", "fr"; "und" if unrecognised) and name (analyze only). */
  language?: { lang: string; name: string };
  /** Rules that did not run on this page (a language they do not check), and why. */
  skipped?: SkippedRule[];
}

export interface PageFailure {
  id: string;
  file: string;
  error: string;
}

export type PageOutcome = PageResult | PageFailure;

export function isFailure(outcome: PageOutcome): outcome is PageFailure {
  return 'error' in outcome;
}

class BadInput extends Error {}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return true;
  let control = 0;
  for (const byte of head) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return control > head.length / 100;
}

const HTML_SIGNATURE = /<(?:!doctype\s+html|html|head|body|article|main|p|div)[\s>]/i;

/** Reads and checks a file, then turns it into the article text the rules see. */
function loadArticle(file: string): ArticleText {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new BadInput('not a regular file');
    size = stat.size;
  } catch (error) {
    if (error instanceof BadInput) throw error;
    throw new BadInput(`cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new BadInput(`too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new BadInput(`cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new BadInput('empty file');
  if (looksBinary(bytes)) throw new BadInput('binary file, not HTML or text');
  const source = bytes.toString('utf8');
  if (/\.txt$/i.test(file)) return fromPlainText(source);
  if (!HTML_SIGNATURE.test(source.slice(0, SNIFF_BYTES))) throw new BadInput('not an HTML page (no HTML tags found)');
  const extracted = extractArticle(parseHtml(source));
  if (!extracted) throw new BadInput('no article found on the page');
  return extracted.article;
}

/** One page through the engine: load, extract, and (for analyze) run the rules twice, timing the warm run. */
export function processPage(task: PageTask): PageOutcome {
  const { job } = task;
  let article: ArticleText;
  try {
    article = loadArticle(job.file);
  } catch (error) {
    return { id: job.id, file: job.file, error: error instanceof BadInput ? error.message : `failed: ${String(error)}` };
  }
  const words = tokenize(article).words.length;
  if (task.command === 'extract') return { id: job.id, file: job.file, words, text: article.text };
  const only = task.rules ?? undefined;
  analyze(article, rules, { only });
  const started = performance.now();
  const analysis = analyze(article, rules, { only });
  const ms = performance.now() - started;
  return {
    id: job.id,
    file: job.file,
    words,
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
    ms,
    findings: analysis.findings,
    ...(analysis.errors.length > 0 ? { ruleErrors: analysis.errors } : {}),
    language: { lang: analysis.language.lang, name: analysis.language.name },
    ...(analysis.skipped.length > 0 ? { skipped: analysis.skipped } : {}),
  };
}
