import type { Span } from './types.ts';

/**
 * The spans of a text range that sit inside double quotation marks (“…” or "…"), marks
 * included. Single quotes are left out: ’ is also the apostrophe. A straight " opens only before
 * a word and after a space or bracket, so inch marks ("a 6" pot") open nothing. A quotation still
 * open at the end of the range runs to its end, as a quote carried into the next paragraph does.
 */
export function quotedSpans(text: string, range: Span): Span[] {
  const spans: Span[] = [];
  let openedAt = -1;
  for (let p = range.start; p < range.end; p++) {
    const ch = text[p];
    if (ch !== '“' && ch !== '”' && ch !== '"') continue;
    if (openedAt < 0) {
      if (ch === '“' || (ch === '"' && opensStraightQuote(text, p, range))) openedAt = p;
    } else if (ch !== '“') {
      spans.push({ start: openedAt, end: p + 1 });
      openedAt = -1;
    }
  }
  if (openedAt >= 0) spans.push({ start: openedAt, end: range.end });
  return spans;
}

function opensStraightQuote(text: string, at: number, range: Span): boolean {
  const before = at > range.start ? (text[at - 1] as string) : ' ';
  const after = at + 1 < range.end ? (text[at + 1] as string) : ' ';
  return /[\s([{—–-]/.test(before) && /[^\s.,;:!?)]/.test(after);
}

/** Whether `inner` lies wholly inside one of `spans`. */
export function isWithin(inner: Span, spans: readonly Span[]): boolean {
  return spans.some((span) => span.start <= inner.start && inner.end <= span.end);
}
