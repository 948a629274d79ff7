import { pairQuoteMarks, quoteMarks, type QuoteKind, type QuoteMark } from '../../core/quoted-speech.ts';
import type { Block, Rule, RuleContext, Word } from '../../core/types.ts';
import meta from './meta.ts';

/** How many words of the quotation an unclosed or unopened mark's finding takes in, to show where it is. */
const WORDS_SHOWN = 4;
/** Captions and credits sit between the paragraphs of a story without interrupting its quotations. */
const INTERLUDES: ReadonlySet<Block['kind']> = new Set(['caption']);
/** Blocks that can carry a quotation on from the paragraph before; a heading ends it. */
const CARRIERS: ReadonlySet<Block['kind']> = new Set(['paragraph', 'blockquote', 'list-item', 'standfirst']);

/** What may not stand between a mark and the words shown with it. */
const BREAKS_JOIN: ReadonlySet<string> = new Set(['“', '”', '"', '‘', '’', "'", '\n']);

/** A block cut short: it ends with an ellipsis. */
const TRUNCATED = /(?:…|\.\.\.)\s*$/;

/** The closing mark that answers each glyph in opening position (a mistyped ” opening a quotation is closed by ”), and the reverse. */
const CLOSER: Record<string, string> = { '“': '”', '‘': '’', '"': '"', "'": "'", '”': '”', '’': '’' };
const OPENER: Record<string, string> = { '”': '“', '’': '‘', '"': '"', "'": "'", '“': '“', '‘': '‘' };

const rule: Rule = {
  meta: {
    ...meta,
    languages: ['en'],
    description:
      'A quotation opened with one kind of mark and closed with the other, opened and never closed in its paragraph, or closed without being opened.',
    messages: {
      mismatched: 'This quotation opens with {open} but closes with {close}: close it with {expected}',
      unclosed:
        'This {kind} quotation is never closed in its paragraph: add {expected} where it ends (if it runs into the next paragraph, open that paragraph with {open})',
      unopened: 'This {close} closes a quotation that was never opened: add {expected} where it begins, or delete it',
    },
  },
  check(ctx) {
    const { blocks } = ctx.article;
    const scanner = new QuoteScanner(ctx);
    blocks.forEach((block, index) => scanner.scanBlock(block, nextTextBlock(blocks, index)));
  },
};

export default rule;

function nextTextBlock(blocks: readonly Block[], index: number): Block | undefined {
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (!INTERLUDES.has(block.kind)) return block;
  }
  return undefined;
}

class QuoteScanner {
  private readonly text: string;
  private readonly words: readonly Word[];

  constructor(private readonly ctx: RuleContext) {
    this.text = ctx.article.text;
    this.words = ctx.parse.words;
  }

  scanBlock(block: Block, next: Block | undefined): void {
    const { mismatched, unclosed, abandoned, unopened } = pairQuoteMarks(this.text, block);
    for (const { open, close } of mismatched) this.reportMismatch(open, close);
    for (const mark of abandoned) this.reportUnclosed(mark);
    for (const mark of unopened) this.reportUnopened(mark);
    // News copy carries a quotation into the next paragraph by reopening it there, unclosed; a
    // teaser cut short with an ellipsis ("“To hear that Donald Trump may be…") loses its close.
    const [outermost, ...inner] = unclosed;
    const carried = next !== undefined && outermost !== undefined && this.opensWith(next, outermost.kind);
    if (outermost && !carried && !TRUNCATED.test(this.text.slice(block.start, block.end))) this.reportUnclosed(outermost);
    for (const mark of inner) this.reportUnclosed(mark);
  }

  private opensWith(block: Block, kind: QuoteKind): boolean {
    if (!CARRIERS.has(block.kind)) return false;
    const first = quoteMarks(this.text, block)[0];
    return first !== undefined && first.at === block.start && first.role === 'open' && first.kind === kind;
  }

  private reportMismatch(opening: QuoteMark, closing: QuoteMark): void {
    const expected = CLOSER[opening.char] as string;
    const span = { start: opening.at, end: closing.at + 1 };
    this.ctx.flag({
      span,
      messageId: 'mismatched',
      data: { open: opening.char, close: closing.char, expected },
      suggestions: [this.text.slice(span.start, closing.at) + expected],
    });
  }

  private reportUnclosed(opening: QuoteMark): void {
    this.ctx.flag({
      span: { start: opening.at, end: this.endOfWordsAfter(opening.at) },
      messageId: 'unclosed',
      data: { kind: opening.kind, open: opening.char, expected: CLOSER[opening.char] as string },
    });
  }

  private reportUnopened(closing: QuoteMark): void {
    this.ctx.flag({
      span: { start: this.startOfWordsBefore(closing.at), end: closing.at + 1 },
      messageId: 'unopened',
      data: { close: closing.char, expected: OPENER[closing.char] as string },
    });
  }

  /**
   * The end of up to WORDS_SHOWN words after `at`, within its sentence and before any other
   * quotation mark (or `at + 1` if no word follows in the block).
   */
  private endOfWordsAfter(at: number): number {
    const first = this.firstWordFrom(at + 1);
    const firstWord = this.words[first];
    if (firstWord === undefined || !this.joined(at + 1, firstWord.start)) return at + 1;
    let last = first;
    while (last - first + 1 < WORDS_SHOWN && this.continues(last, last + 1)) last++;
    return (this.words[last] as Word).end;
  }

  /** The start of up to WORDS_SHOWN words before `at`, within its sentence and after any other quotation mark. */
  private startOfWordsBefore(at: number): number {
    const last = this.firstWordFrom(at) - 1;
    const lastWord = this.words[last];
    if (lastWord === undefined || !this.joined(lastWord.end, at)) return at;
    let first = last;
    while (last - first + 1 < WORDS_SHOWN && this.continues(first - 1, first)) first--;
    return (this.words[first] as Word).start;
  }

  private continues(left: number, right: number): boolean {
    const a = this.words[left];
    const b = this.words[right];
    return a !== undefined && b !== undefined && a.sentence === b.sentence && this.joined(a.end, b.start);
  }

  /**
   * Nothing but spaces and punctuation between, and no quotation mark or block break. Read from
   * both ends at once: a mark in a run of marks has another beside it, so a run costs its length.
   */
  private joined(from: number, to: number): boolean {
    for (let left = from, right = to - 1; left <= right; left++, right--) {
      if (BREAKS_JOIN.has(this.text[left] as string) || BREAKS_JOIN.has(this.text[right] as string)) return false;
    }
    return true;
  }

  /** Index of the first word that starts at or after `at` (binary search; words are in text order). */
  private firstWordFrom(at: number): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.words[middle] as Word).start < at) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
