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

export type QuoteKind = 'double' | 'single';

/** One quotation mark, with the role its position gives it. */
export interface QuoteMark {
  at: number;
  char: string;
  kind: QuoteKind;
  role: 'open' | 'close';
  /**
   * Always true for an opening mark. A closing ’ or ' after a letter may be an apostrophe
   * (Hutchins’, nothin’), a " or ' after a digit an inch or foot mark (6", 5'11"), a ‘ after a
   * word a mistyped apostrophe: such a mark closes a quotation of its kind that is open, and is
   * otherwise no quotation mark at all.
   */
  certain: boolean;
}

const QUOTE_GLYPHS = new Set(['“', '”', '"', '‘', '’', "'"]);
/** What may stand before an opening mark: a space (or the start), a bracket, a dash, a slash, "=" (alt="…"). */
const BEFORE_OPENING = /[\s([{—–\-/=]/;
/** What never starts a quotation: a space, or punctuation that ends one. */
const NOT_AFTER_OPENING = /[\s,;:!?)\]}]/;
/** What may follow a closing mark: a space (or the end), punctuation, a bracket, a dash, a tag's end. */
const AFTER_CLOSING = /[\s.,;:!?…)\]}—–\-/>]/;
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
/**
 * Words written with a leading apostrophe, which word processors often curl the wrong way:
 * ‘em, ‘til, rock ‘n’ roll, and contractions split from their word ("we 'll"). Lower case,
 * apostrophe dropped. Two-digit years (‘90s) are matched apart.
 */
const ELISIONS = new Set(['em', 'til', 'tis', 'twas', 'cause', 'cos', 'n', 'bout', 'round', 'nuff', 'scuse', 'll', 're', 've', 's', 'd', 'm']);

/**
 * The quotation marks of a text range in order, each with the role its position gives it: a mark
 * after a space and before a word opens, one after a word and before a space or punctuation
 * closes, whatever its glyph (a mistyped ” before a word still opens). Left out: apostrophes
 * inside words (don’t), ’ before a word (’90s, ’em: always an elision), ‘ and ' before an elision
 * (‘til, 'n'), and marks with space on both sides. Neighbouring quotation marks are looked
 * through, so in “‘No,’ he said,” both ‘ and “ open.
 */
export function quoteMarks(text: string, range: Span): QuoteMark[] {
  const marks: QuoteMark[] = [];
  for (let p = range.start; p < range.end; p++) {
    const char = text[p] as string;
    if (!QUOTE_GLYPHS.has(char)) continue;
    const kind: QuoteKind = char === '“' || char === '”' || char === '"' ? 'double' : 'single';
    const before = neighbour(text, p, -1, range);
    const after = neighbour(text, p, 1, range);
    const role = roleOf(char, before, after);
    if (role === 'open') {
      if (char === '’' || (kind === 'single' && startsElision(text, p + 1, range.end))) continue;
      marks.push({ at: p, char, kind, role, certain: true });
    } else if (role === 'close' && !closesElision(text, p, range.start)) {
      const mayBeApostrophe = kind === 'single' && LETTER_OR_DIGIT.test(before);
      const certain = !mayBeApostrophe && !DIGIT.test(before) && char !== '‘' && !SPACE.test(before);
      marks.push({ at: p, char, kind, role, certain });
    }
  }
  return marks;
}

function roleOf(char: string, before: string, after: string): QuoteMark['role'] | undefined {
  if (BEFORE_OPENING.test(before) && !NOT_AFTER_OPENING.test(after)) return 'open';
  if (!SPACE.test(before) && AFTER_CLOSING.test(after)) return 'close';
  // Wedged between two words: only a curly double mark says which way it faces.
  if (!SPACE.test(before) && !SPACE.test(after)) return char === '“' ? 'open' : char === '”' ? 'close' : undefined;
  // Standing alone ("pornography "): a stray space before a closing mark, never an opening one.
  return char === '“' || char === '‘' ? undefined : 'close';
}

/** The nearest character on one side that is not a quotation mark; a space past the range's edge. */
function neighbour(text: string, at: number, step: 1 | -1, range: Span): string {
  let p = at + step;
  while (p >= range.start && p < range.end && QUOTE_GLYPHS.has(text[p] as string)) p += step;
  return p >= range.start && p < range.end ? (text[p] as string) : ' ';
}

/** The second mark of rock ’n’ roll. */
function closesElision(text: string, at: number, start: number): boolean {
  return /(?:^|\s)[‘’']n$/.test(text.slice(Math.max(start, at - 3), at));
}

function startsElision(text: string, from: number, end: number): boolean {
  const word = /^[\p{L}\p{N}]+/u.exec(text.slice(from, Math.min(end, from + 8)))?.[0] ?? '';
  return ELISIONS.has(word.toLowerCase()) || /^\d\ds?$/.test(word);
}

/** How a block's quotation marks pair up, innermost first. */
export interface QuotePairing {
  /** Quotations opened and closed with marks of one kind. */
  closed: { open: QuoteMark; close: QuoteMark }[];
  /** Opened with one kind and closed with the other: “fighting against.’ */
  mismatched: { open: QuoteMark; close: QuoteMark }[];
  /** Opening marks left open at the end of the range, outermost first. */
  unclosed: QuoteMark[];
  /** Opening marks left open inside a quotation that an outer mark closed: “He said ‘no,” she said. */
  abandoned: QuoteMark[];
  /** Certain closing marks with nothing open. */
  unopened: QuoteMark[];
}

/**
 * Pairs the quotation marks of a range innermost first. A closing mark that may be an apostrophe
 * or an inch mark (not `certain`) is only taken as one when a quotation of its kind is the
 * innermost one open and no later mark of its kind closes it instead: in ‘the players’ union,’
 * the first ’ is the apostrophe.
 */
export function pairQuoteMarks(text: string, range: Span): QuotePairing {
  const pairing: QuotePairing = { closed: [], mismatched: [], unclosed: [], abandoned: [], unopened: [] };
  const marks = quoteMarks(text, range);
  const open: QuoteMark[] = [];
  marks.forEach((mark, index) => {
    if (mark.role === 'open') {
      open.push(mark);
      return;
    }
    const innermost = open[open.length - 1];
    if (innermost?.kind === mark.kind) {
      if (!mark.certain && closedLater(marks, index)) return;
      pairing.closed.push({ open: open.pop() as QuoteMark, close: mark });
    } else if (!mark.certain) {
      return;
    } else if (open.some((o) => o.kind === mark.kind)) {
      while (open[open.length - 1]?.kind !== mark.kind) pairing.abandoned.push(open.pop() as QuoteMark);
      pairing.closed.push({ open: open.pop() as QuoteMark, close: mark });
    } else if (innermost) {
      pairing.mismatched.push({ open: open.pop() as QuoteMark, close: mark });
    } else {
      pairing.unopened.push(mark);
    }
  });
  pairing.unclosed = open;
  return pairing;
}

/** Whether the next mark of the same kind as `marks[index]` closes too, with no closing mark of the other kind between. */
function closedLater(marks: readonly QuoteMark[], index: number): boolean {
  const { kind } = marks[index] as QuoteMark;
  for (let i = index + 1; i < marks.length; i++) {
    const later = marks[i] as QuoteMark;
    if (later.kind === kind) return later.role === 'close';
    if (later.role === 'close') return false;
  }
  return false;
}

/**
 * The spans inside quotation marks of either kind, marks included; a quotation left open runs to
 * the end of the range. Unlike `quotedSpans`, single quotes count: ’ is told from the apostrophe
 * by position. An inner quotation left open lies inside its outer one, which is listed.
 */
export function quotationSpans(text: string, range: Span): Span[] {
  const { closed, mismatched, unclosed } = pairQuoteMarks(text, range);
  return [
    ...[...closed, ...mismatched].map(({ open, close }) => ({ start: open.at, end: close.at + 1 })),
    ...unclosed.map((open) => ({ start: open.at, end: range.end })),
  ];
}
