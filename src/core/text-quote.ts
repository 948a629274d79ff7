import type { Span, TextQuote } from './types.ts';

/** Context length on each side, as in the corpus labels. */
export const QUOTE_CONTEXT = 32;

export function quoteOf(text: string, span: Span): TextQuote {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - QUOTE_CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + QUOTE_CONTEXT),
  };
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint for keys. */
export function fingerprint(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
