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

/** Below this many spans a scan is quicker than building an index. */
const INDEXED_FROM = 16;

/** Spans sorted by start, with the furthest end among each one and those before it. */
interface SpanIndex {
  starts: number[];
  furthestEnds: number[];
}

const indexes = new WeakMap<readonly Span[], SpanIndex>();

function indexOf(spans: readonly Span[]): SpanIndex {
  let index = indexes.get(spans);
  if (!index) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let furthest = -1;
    index = { starts: sorted.map((span) => span.start), furthestEnds: sorted.map((span) => (furthest = Math.max(furthest, span.end))) };
    indexes.set(spans, index);
  }
  return index;
}

/**
 * Whether `inner` lies wholly inside one of `spans`. A long list is indexed the first time it is
 * asked about (so it must not change after), and each question then takes a binary search: a
 * rule asking about every word of a paragraph of many quotations stays linear.
 */
export function isWithin(inner: Span, spans: readonly Span[]): boolean {
  if (spans.length < INDEXED_FROM) return spans.some((span) => span.start <= inner.start && inner.end <= span.end);
  const { starts, furthestEnds } = indexOf(spans);
  // The last span starting at or before `inner`; one of it and those before it must reach its end.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] as number) <= inner.start) low = middle + 1;
    else high = middle;
  }
  return low > 0 && (furthestEnds[low - 1] as number) >= inner.end;
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
  /**
   * Space on both sides: a mark standing alone, or an opening mark with a stray space after it
   * (" very important"). It closes a quotation of its kind that is open; else it opens one, which
   * is forgotten if nothing closes it.
   */
  spaced: boolean;
  /**
   * A typewriter ' opening inside a sentence, before a lower-case word or a digit: as often the
   * apostrophe of a clipped word ('bot nets, '771) as a quotation, where typeset copy tells them
   * apart (’bot, ‘a quotation’). Forgotten if nothing closes it in its paragraph.
   */
  mayBeElision: boolean;
}

/** “ ” " ‘ ’ ' as UTF-16 code units: the finder reads a page a code unit at a time. */
const QUOTE_CODES = [0x201c, 0x201d, 0x22, 0x2018, 0x2019, 0x27];
const isQuoteGlyph = (code: number): boolean => QUOTE_CODES.includes(code);
/** What may stand before an opening mark: a space (or the start), a bracket, a dash, a slash, "=" (alt="…"). */
const BEFORE_OPENING = /[\s([{—–\-/=]/;
/** What never starts a quotation: a space, or punctuation that ends one (a full stop unless it starts an ellipsis: “...and”). */
const NOT_AFTER_OPENING = /[\s.,;:!?)\]}]/;
/** What may follow a closing mark: a space (or the end), punctuation, a bracket, a dash, a tag's end. */
const AFTER_CLOSING = /[\s.,;:!?…)\]}—–\-/>]/;
const SPACE = /\s/;
/** Punctuation that ends a sentence or a clause: a mark glued to the word after it still closes (“Yes.”Click To Tweet). */
const ENDS_CLAUSE = /[.,;:!?…]/;
const ENDS_SENTENCE = /[.!?…:]/;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;
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
  // Each mark looks through its neighbouring marks, so every mark of a run has the same
  // surroundings: read once per run, a run of any length costs its length.
  let runEnd = range.start;
  let around = surroundings(' ', ' ', ' ');
  for (let p = range.start; p < range.end; p++) {
    if (!isQuoteGlyph(text.charCodeAt(p))) continue;
    const char = text[p] as string;
    if (p >= runEnd) {
      runEnd = p + 1;
      while (runEnd < range.end && isQuoteGlyph(text.charCodeAt(runEnd))) runEnd++;
      const before = p > range.start ? (text[p - 1] as string) : ' ';
      const charAt = (at: number): string => (at < range.end ? (text[at] as string) : ' ');
      around = surroundings(before, charAt(runEnd), charAt(runEnd + 1));
    }
    const kind: QuoteKind = char === '“' || char === '”' || char === '"' ? 'double' : 'single';
    const role = roleOf(char, around);
    const spaced = around.spaceBefore && around.spaceAfter;
    if (role === 'open') {
      if (char === '’' || (kind === 'single' && startsElision(text, p + 1, range.end))) continue;
      const mayBeElision = char === "'" && around.lowerOrDigitAfter && !startsSentence(text, p, range.start);
      marks.push({ at: p, char, kind, role, certain: true, spaced, mayBeElision });
    } else if (role === 'close' && !closesElision(text, p, range.start)) {
      const mayBeApostrophe = kind === 'single' && around.letterOrDigitBefore;
      const certain = !mayBeApostrophe && !around.digitBefore && char !== '‘' && !around.spaceBefore;
      marks.push({ at: p, char, kind, role, certain, spaced, mayBeElision: false });
    }
  }
  return marks;
}

/** What a run of marks stands between, as the roles of its marks depend on it. */
interface Surroundings {
  opening: boolean;
  closing: boolean;
  spaceBefore: boolean;
  spaceAfter: boolean;
  letterOrDigitBefore: boolean;
  digitBefore: boolean;
  clauseEndBefore: boolean;
  lowerOrDigitAfter: boolean;
  capitalAfter: boolean;
}

/** `before` and `after` the run, and the character after that (an opening “... starts an ellipsis). */
function surroundings(before: string, after: string, afterNext: string): Surroundings {
  const spaceBefore = SPACE.test(before);
  const startsEllipsis = after === '.' && afterNext === '.';
  return {
    opening: BEFORE_OPENING.test(before) && (startsEllipsis || !NOT_AFTER_OPENING.test(after)),
    closing: !spaceBefore && AFTER_CLOSING.test(after),
    spaceBefore,
    spaceAfter: SPACE.test(after),
    letterOrDigitBefore: LETTER_OR_DIGIT.test(before),
    digitBefore: DIGIT.test(before),
    clauseEndBefore: ENDS_CLAUSE.test(before),
    lowerOrDigitAfter: LOWER_OR_DIGIT.test(after),
    capitalAfter: CAPITAL.test(after),
  };
}

function roleOf(char: string, around: Surroundings): QuoteMark['role'] | undefined {
  if (around.opening) return 'open';
  if (around.closing) return 'close';
  // Wedged between two words: a curly double mark says which way it faces; any other closes
  // between the punctuation that ends a clause and a capital (text a page glues on: "Yes."Click To
  // Tweet), not before a possessive's s (G.'s).
  if (!around.spaceBefore && !around.spaceAfter) {
    if (char === '“' || char === '”') return char === '“' ? 'open' : 'close';
    return around.clauseEndBefore && around.capitalAfter && char !== '‘' ? 'close' : undefined;
  }
  // Standing alone ("pornography "): a stray space before a closing mark, or after an opening
  // “ (“ very important”); a lone ‘ is no mark.
  if (char === '‘') return undefined;
  return char === '“' ? 'open' : 'close';
}

/** Whether a mark at `at` starts a sentence: the range's start, or after a sentence's end and a space. */
function startsSentence(text: string, at: number, start: number): boolean {
  let p = at - 1;
  while (p >= start && p > at - 4 && SPACE.test(text[p] as string)) p--;
  return p < start || ENDS_SENTENCE.test(text[p] as string);
}

/** The second mark of rock ’n’ roll. */
function closesElision(text: string, at: number, start: number): boolean {
  if (text[at - 1] !== 'n') return false;
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
  /**
   * Quotations carried on, not closed: reopened with a mark of their kind at the start of a
   * sentence. A quotation that runs into a new paragraph is reopened there, unclosed; where a
   * text's paragraph breaks were lost (merged paragraphs, line breaks a page's markup collapses)
   * that reopening stands mid-paragraph. `until` is where the reopening mark stands.
   */
  carried: { open: QuoteMark; until: number }[];
}

/**
 * Pairs the quotation marks of a range innermost first. A closing mark that may be an apostrophe
 * or an inch mark (not `certain`) is only taken as one when a quotation of its kind is the
 * innermost one open and no later mark of its kind closes it instead: in ‘the players’ union,’
 * the first ’ is the apostrophe.
 */
export function pairQuoteMarks(text: string, range: Span): QuotePairing {
  const pairing: QuotePairing = { closed: [], mismatched: [], unclosed: [], abandoned: [], unopened: [], carried: [] };
  const marks = quoteMarks(text, range);
  const closedLater = closedLaterFlags(marks);
  const open: QuoteMark[] = [];
  // How many marks of each kind are open, so a closing mark need not search the stack.
  const openOfKind: Record<QuoteKind, number> = { double: 0, single: 0 };
  const pop = (): QuoteMark => {
    const mark = open.pop() as QuoteMark;
    openOfKind[mark.kind]--;
    return mark;
  };
  const push = (mark: QuoteMark): void => {
    const innermost = open[open.length - 1];
    if (innermost?.kind === mark.kind && startsSentence(text, mark.at, range.start)) pairing.carried.push({ open: pop(), until: mark.at });
    open.push(mark);
    openOfKind[mark.kind]++;
  };
  marks.forEach((mark, index) => {
    if (mark.role === 'open') {
      push(mark);
      return;
    }
    const innermost = open[open.length - 1];
    if (innermost?.kind === mark.kind) {
      if (!mark.certain && closedLater[index]) return;
      pairing.closed.push({ open: pop(), close: mark });
    } else if (!mark.certain) {
      if (mark.spaced && openOfKind[mark.kind] === 0) push(mark);
      return;
    } else if (openOfKind[mark.kind] > 0) {
      while (open[open.length - 1]?.kind !== mark.kind) pairing.abandoned.push(pop());
      pairing.closed.push({ open: pop(), close: mark });
    } else if (innermost) {
      pairing.mismatched.push({ open: pop(), close: mark });
    } else {
      pairing.unopened.push(mark);
    }
  });
  // A mark that may have been no quotation at all is forgotten when nothing closed it.
  pairing.unclosed = open.filter((mark) => !mark.spaced && !mark.mayBeElision);
  pairing.abandoned = pairing.abandoned.filter((mark) => !mark.spaced && !mark.mayBeElision);
  return pairing;
}

/**
 * For each mark, whether the next mark of its kind closes, with no closing mark of the other kind
 * between. Read backwards in one pass, keeping the next mark of each kind and the next closing
 * mark of each kind, so a run of marks costs its length.
 */
function closedLaterFlags(marks: readonly QuoteMark[]): boolean[] {
  const flags = new Array<boolean>(marks.length);
  const next: Record<QuoteKind, number> = { double: Infinity, single: Infinity };
  const nextClose: Record<QuoteKind, number> = { double: Infinity, single: Infinity };
  for (let i = marks.length - 1; i >= 0; i--) {
    const { kind, role } = marks[i] as QuoteMark;
    const later = next[kind];
    const otherKind: QuoteKind = kind === 'double' ? 'single' : 'double';
    flags[i] = later < nextClose[otherKind] && (marks[later] as QuoteMark).role === 'close';
    next[kind] = i;
    if (role === 'close') nextClose[kind] = i;
  }
  return flags;
}

/**
 * The spans inside quotation marks of either kind, marks included; a quotation left open runs to
 * the end of the range. Unlike `quotedSpans`, single quotes count: ’ is told from the apostrophe
 * by position. An inner quotation left open lies inside its outer one, which is listed.
 */
export function quotationSpans(text: string, range: Span): Span[] {
  const { closed, mismatched, unclosed, carried } = pairQuoteMarks(text, range);
  return [
    ...[...closed, ...mismatched].map(({ open, close }) => ({ start: open.at, end: close.at + 1 })),
    ...carried.map(({ open, until }) => ({ start: open.at, end: until })),
    ...unclosed.map((open) => ({ start: open.at, end: range.end })),
  ];
}
