import fs from 'node:fs';
import { analyze, type SkippedRule } from '../core/analyze.ts';
import { fromPlainText } from '../core/article-text.ts';
import { tokenize } from '../core/tokenize.ts';
import type { ArticleText, Finding, RuleId } from '../core/types.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { parseHtml } from '../extract/parse-html.ts';
import { PageLimitError } from '../extract/page-limits.ts';
import { rules } from '../rules/index.ts';
import { lexiconFromFile } from './lexicon-file.ts';
import type { Command } from './args.ts';
import type { Job } from './inputs.ts';

/** Pages bigger than this are refused: no news article is, and parsing one would stall a worker. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

export interface PageTask {
  job: Job;
  command: Command;
  rules: RuleId[] | null;
  /** Also time the rules, warm: an untimed analysis first, then the timed one (--timing). */
  timing?: boolean;
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
  /** Warm time of the rules on the extracted text, ms (analyze with --timing only). */
  ms?: number;
  findings?: Finding[];
  /** Rules that threw on this page. */
  ruleErrors?: { ruleId: RuleId; message: string }[];
  /** The article's language, primary subtag ("en", "fr"; "und" if unrecognised) and name (analyze only). */
  language?: { lang: string; name: string };
  /** Rules that did not run on this page (a language they do not check), and why. */
  skipped?: SkippedRule[];
  /** What the reader should know about how the file was read (bytes that were not UTF-8), one line each. */
  warnings?: string[];
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

/** Byte-order marks and the encodings they announce. */
const BOMS: readonly [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The charset a page declares in its first kilobytes (<meta charset>, or http-equiv content). */
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

interface Decoded {
  source: string;
  warnings: string[];
}

/**
 * The file's text. A byte-order mark says how it is encoded (UTF-16 files are full of zero bytes,
 * so this comes before the binary check); else UTF-8, or the charset an HTML page declares. Bytes
 * that are not valid in it are replaced with U+FFFD, and the reader is told.
 */
function decode(file: string, bytes: Buffer): Decoded {
  const bom = BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return { source: new TextDecoder(bom[1]).decode(bytes.subarray(bom[0].length)), warnings: [] };
  if (looksBinary(bytes)) throw new BadInput('binary file, not HTML or text');
  const declared = /\.txt$/i.test(file) ? undefined : DECLARED_CHARSET.exec(bytes.subarray(0, SNIFF_BYTES).toString('latin1'))?.[1];
  const encoding = declared && isKnownEncoding(declared) ? declared : 'utf-8';
  try {
    return { source: new TextDecoder(encoding, { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const source = new TextDecoder(encoding).decode(bytes);
    return { source, warnings: [`not valid ${new TextDecoder(encoding).encoding.toUpperCase()}: undecodable bytes were replaced with \uFFFD`] };
  }
}

function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Reads and checks a file, then turns it into the article text the rules see. */
function loadArticle(file: string): { article: ArticleText; warnings: string[] } {
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
  if (bytes.length === 0) throw new BadInput('empty file');
  const { source, warnings } = decode(file, bytes);
  if (source.trim() === '') throw new BadInput('empty file');
  if (/\.txt$/i.test(file)) return { article: fromPlainText(source), warnings };
  if (!HTML_SIGNATURE.test(source.slice(0, SNIFF_BYTES))) throw new BadInput('not an HTML page (no HTML tags found)');
  let document: Document;
  try {
    document = parseHtml(source);
  } catch (error) {
    if (error instanceof PageLimitError) throw new BadInput(`not read: ${error.message}`);
    throw error;
  }
  const extracted = extractArticle(document);
  if (!extracted) throw new BadInput('no article found on the page');
  return { article: extracted.article, warnings };
}

/** One page through the engine: load, extract, and (for analyze) run the rules — with --timing twice, timing the warm run. */
export function processPage(task: PageTask): PageOutcome {
  const { job } = task;
  if (job.error !== undefined) return { id: job.id, file: job.file, error: job.error };
  let article: ArticleText;
  let warnings: string[];
  try {
    ({ article, warnings } = loadArticle(job.file));
  } catch (error) {
    return { id: job.id, file: job.file, error: error instanceof BadInput ? error.message : `failed: ${String(error)}` };
  }
  const words = tokenize(article).words.length;
  const read = warnings.length > 0 ? { warnings } : {};
  if (task.command === 'extract') return { id: job.id, file: job.file, words, text: article.text, ...read };
  const only = task.rules ?? undefined;
  const lexicon = lexiconFromFile();
  // A first, untimed run on the same text warms the engine (lazily built tables, the JIT) for the timed one.
  if (task.timing) analyze(article, rules, { only, lexicon });
  const started = performance.now();
  const analysis = analyze(article, rules, { only, lexicon });
  const ms = performance.now() - started;
  return {
    id: job.id,
    file: job.file,
    words,
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(task.timing ? { ms } : {}),
    findings: analysis.findings,
    ...(analysis.errors.length > 0 ? { ruleErrors: analysis.errors } : {}),
    language: { lang: analysis.language.lang, name: analysis.language.name },
    ...(analysis.skipped.length > 0 ? { skipped: analysis.skipped } : {}),
    ...read,
  };
}
