import { quoteMarks, type QuoteKind, type QuoteMark } from '../../core/quotations.ts';
import type { Block, Rule, RuleContext, Span, Word } from '../../core/types.ts';

/** How many words of the quotation an unclosed or unopened mark's finding takes in, to show where it is. */
const WORDS_SHOWN = 4;
/** Captions and credits sit between the paragraphs of a story without interrupting its quotations. */
const INTERLUDES: ReadonlySet<Block['kind']> = new Set(['caption']);

/** The closing mark that answers each opening glyph. */
const CLOSER: Record<string, string> = { '“': '”', '‘': '’', '"': '"', "'": "'", '”': '”', '’': '’' };
const OPENER: Record<string, string> = { '”': '“', '’': '‘', '"': '"', "'": "'", '“': '“', '‘': '‘' };
const KIND_NAME: Record<QuoteKind, string> = { double: 'double', single: 'single' };

const rule: Rule = {
  meta: {
    id: 'quote-mismatch',
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

  /**
   * Pairs the block's marks innermost first. A closing mark that may be an apostrophe or an inch
   * mark is only taken as one when a quotation of its kind is the innermost one open.
   */
  scanBlock(block: Block, next: Block | undefined): void {
    const open: QuoteMark[] = [];
    for (const mark of quoteMarks(this.text, block)) {
      if (mark.role === 'open') {
        open.push(mark);
        continue;
      }
      const innermost = open[open.length - 1];
      if (innermost?.kind === mark.kind) {
        open.pop();
      } else if (!mark.certain) {
        continue;
      } else if (open.some((o) => o.kind === mark.kind)) {
        // “He said ‘no,” she said: the inner quotation was left open inside the outer one.
        while (open[open.length - 1]?.kind !== mark.kind) this.reportUnclosed(open.pop() as QuoteMark);
        open.pop();
      } else if (innermost) {
        open.pop();
        this.reportMismatch(innermost, mark);
      } else {
        this.reportUnopened(mark, block);
      }
    }
    // News copy carries a quotation into the next paragraph by reopening it there, unclosed.
    const carried = open[0] !== undefined && next !== undefined && this.opensWith(next, open[0].kind);
    open.forEach((mark, depth) => {
      if (!(depth === 0 && carried)) this.reportUnclosed(mark);
    });
  }

  private opensWith(block: Block, kind: QuoteKind): boolean {
    const first = quoteMarks(this.text, { start: block.start, end: Math.min(block.end, block.start + 2) })[0];
    return first !== undefined && first.at === block.start && first.role === 'open' && first.kind === kind;
  }

  private reportMismatch(opening: QuoteMark, closing: QuoteMark): void {
    const expected = CLOSER[opening.char] as string;
    const span = { start: opening.at, end: closing.at + 1 };
    this.ctx.report({
      span,
      messageId: 'mismatched',
      data: { open: opening.char, close: closing.char, expected },
      suggestions: [this.text.slice(span.start, closing.at) + expected],
    });
  }

  private reportUnclosed(opening: QuoteMark): void {
    this.ctx.report({
      span: { start: opening.at, end: this.endOfWordsAfter(opening.at) },
      messageId: 'unclosed',
      data: { kind: KIND_NAME[opening.kind], open: opening.char, expected: CLOSER[opening.char] as string },
    });
  }

  private reportUnopened(closing: QuoteMark, block: Span): void {
    this.ctx.report({
      span: { start: this.startOfWordsBefore(closing.at, block), end: closing.at + 1 },
      messageId: 'unopened',
      data: { close: closing.char, expected: OPENER[closing.char] as string },
    });
  }

  /** The end of the WORDS_SHOWN words after `at` in its sentence, or `at + 1` if none follows. */
  private endOfWordsAfter(at: number): number {
    const first = this.firstWordFrom(at);
    const firstWord = this.words[first];
    if (firstWord === undefined || this.text.slice(at + 1, firstWord.start).includes('\n')) return at + 1;
    let last = first;
    while (last - first + 1 < WORDS_SHOWN && this.words[last + 1]?.sentence === firstWord.sentence) last++;
    return (this.words[last] as Word).end;
  }

  /** The start of the WORDS_SHOWN words before `at` in its sentence, or `at` if none precedes. */
  private startOfWordsBefore(at: number, block: Span): number {
    const last = this.firstWordFrom(at) - 1;
    const lastWord = this.words[last];
    if (lastWord === undefined || lastWord.start < block.start) return at;
    let first = last;
    while (last - first + 1 < WORDS_SHOWN && this.words[first - 1]?.sentence === lastWord.sentence) first--;
    return (this.words[first] as Word).start;
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
