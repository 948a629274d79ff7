/**
 * Repeats a page makes on purpose. A paste error is one sentence copied once into a later stretch
 * of prose; pages also repeat lines by design, and a copy editor leaves those alone:
 *
 * - a line that comes three times or more is part of the page's structure (a meal plan's entries,
 *   the question put to every interviewee, a recurring "Read more" line);
 * - a line standing as a block of its own, repeated as a block of the same kind, is a shared entry:
 *   a list item in another list (the spec bullet two products share), a quotation quoted again, a
 *   label, a call to the reader; so is a labelled entry among others ("Lunch: …"), and a question
 *   leading a paragraph each time (the interviewer's, put to the next person);
 * - a block quotation repeating a sentence of the body is a pull quote;
 * - a heading the very next block repeats is a slide's title over its caption, and a summary line
 *   the story's first paragraph opens with is the lede restating it;
 * - a sentence quoted whole, in its own quotation marks, is a reply quoting what was said;
 * - a summary box most of whose lines stand in the body, and a paragraph gathered from sentences
 *   scattered through the article, are highlights and recaps.
 */
import type { ArticleText, BlockKind, Span } from '../../core/types.ts';

/** A line that comes this many times (first copy included) is structure, not a paste. */
const RECURRING = 3;
/** Lines of a summary box that stand in the body too, at least, for the box to be a summary of it. */
const MIN_SUMMARISED_LINES = 2;
/** ...and at least this share of the box's lines. */
const MIN_SUMMARISED_SHARE = 0.5;
/** Copies from different places that make a paragraph a recap, at least… */
const MIN_RECAPPED_SENTENCES = 2;
/** …and at least this share of its sentences. */
const MIN_RECAPPED_SHARE = 0.5;

/** Block kinds that make up a summary box or a list: consecutive blocks of these are one box. */
const BOX_KINDS: ReadonlySet<BlockKind> = new Set(['standfirst', 'list-item']);
/** Kinds in which a whole block repeated as a whole block of its kind is a shared entry. */
const ENTRY_KINDS: ReadonlySet<BlockKind> = new Set(['standfirst', 'list-item', 'blockquote', 'caption']);

/** A line ending in a question mark: a question put again, to the next interviewee. */
const QUESTION = /\?\W*$/u;
/**
 * A short line speaking to the reader, or as the publication ("sign up for our newsletter"): a
 * call to action. One that opens in the first person is the writer telling the story, and a long
 * one is prose that happens to say "you".
 */
const ADDRESSES_READER = /\b(?:[Yy]ou|[Yy]our|us|our)\b/u;
const FIRST_PERSON_OPENING = /^\W*(?:We|Our|I|My)\b/u;
const MAX_CALL_WORDS = 20;
/** Quoted words: "our" in a speaker's words is the speaker's, not the page speaking to its reader. */
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’(?!\p{L})/gu;
/** A sentence led by a label of up to three words and a colon: "Lunch: …", "Price: …", "Q: …". */
const LABELLED = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,2}: /u;

/** What the checks read of a passage (see repeated-passage.ts). */
export interface Placed {
  /** Unique per passage. */
  id: number;
  kind: BlockKind;
  sentence: Span & { block: number };
  /** Ends without closing punctuation: a label or a list entry. */
  open: boolean;
  /** The quotation the sentence lies in, if it lies wholly in one. */
  quotation: Span | null;
}

export interface Repeat<P extends Placed> {
  copy: P;
  first: P;
  /** What of the copy's sentence repeats the first copy: all of it, or a run inside it. */
  span: Span;
  /** A caption reworded in swapped words: a spinner's work, never a shared entry. */
  reworded: boolean;
}

/** The repeats among `repeats` that the page makes on purpose. */
export function repeatsByDesign<P extends Placed>(
  repeats: readonly Repeat<P>[],
  article: ArticleText,
  sentences: readonly (Span & { block: number })[],
): Set<Repeat<P>> {
  const layout = new Layout(article, sentences);
  const byDesign = new Set<Repeat<P>>();
  const recurring = recurringPassages(repeats);
  for (const repeat of repeats) {
    if (recurring.has(repeat.copy.id) || isSharedLine(repeat, layout, article.text)) byDesign.add(repeat);
  }
  for (const repeat of summaries(repeats, layout)) byDesign.add(repeat);
  return byDesign;
}

/** Passages in a group of copies of one another with RECURRING members or more. */
function recurringPassages(repeats: readonly Repeat<Placed>[]): Set<number> {
  const parent = new Map<number, number>();
  const root = (id: number): number => {
    let top = id;
    while (parent.get(top) !== undefined && parent.get(top) !== top) top = parent.get(top) as number;
    parent.set(id, top);
    return top;
  };
  // A rewording is another line on the same subject, not the same line again.
  for (const { copy, first, reworded } of repeats) if (!reworded) parent.set(root(copy.id), root(first.id));
  const sizes = new Map<number, number>();
  for (const id of parent.keys()) sizes.set(root(id), (sizes.get(root(id)) ?? 0) + 1);
  return new Set([...parent.keys()].filter((id) => (sizes.get(root(id)) as number) >= RECURRING));
}

function isSharedLine({ copy, first, span, reworded }: Repeat<Placed>, layout: Layout, text: string): boolean {
  if (reworded) return false;
  if (layout.isEntry(copy.sentence) && layout.isEntry(first.sentence)) return true;
  const copyWhole = layout.isWholeBlock(copy.sentence.block, span);
  // A heading the next block repeats: a gallery slide's title over its caption.
  if (first.kind === 'heading' && copy.sentence.block === first.sentence.block + 1) return true;
  // The story's opening sentence restating the summary line above it: the lede, not a paste.
  if (first.kind === 'standfirst' && layout.leadsBlock(copy.sentence.block, span) && layout.isFirstParagraphAfter(first.sentence.block, copy.sentence.block)) {
    return true;
  }
  if (copyWhole && copy.kind === 'blockquote' && first.kind !== 'blockquote') return true;
  if (copy.quotation && !first.quotation && isWholeQuotation(copy, text)) return true;
  if (copy.kind !== first.kind) return false;
  const line = text.slice(span.start, span.end);
  // The interviewer's question, put again to the next person, leads the answer's paragraph.
  if (QUESTION.test(line) && layout.leadsBlock(copy.sentence.block, span) && layout.leadsBlock(first.sentence.block, first.sentence)) return true;
  if (!copyWhole || !layout.isWholeBlock(first.sentence.block, first.sentence)) return false;
  if (BOX_KINDS.has(copy.kind)) return layout.boxOf(copy) !== layout.boxOf(first);
  return ENTRY_KINDS.has(copy.kind) || copy.open || (!copy.quotation && isCallToAction(line.replace(QUOTED, '')));
}

function isCallToAction(line: string): boolean {
  return ADDRESSES_READER.test(line) && !FIRST_PERSON_OPENING.test(line) && line.split(' ').length <= MAX_CALL_WORDS;
}

/** The sentence is all its quotation holds: someone quoting it back, not prose that repeats it. */
function isWholeQuotation({ sentence, quotation }: Placed, text: string): boolean {
  if (!quotation) return false;
  const letters = (span: Span) => text.slice(span.start, span.end).replace(/[^\p{L}\p{N}]+/gu, '');
  return letters(quotation) === letters(sentence);
}

/**
 * Highlights and recaps. A box of summary lines most of which stand in the body summarises it; a
 * paragraph most of whose sentences copy sentences from different places gathers them as a recap.
 * A paste copies one sentence, or a run from one place.
 */
function summaries<P extends Placed>(repeats: readonly Repeat<P>[], layout: Layout): Repeat<P>[] {
  const byBox = new Map<number, Repeat<P>[]>();
  const byRecapBlock = new Map<number, Repeat<P>[]>();
  for (const repeat of repeats) {
    const { copy, first, reworded } = repeat;
    // A caption reworded by a spinner summarises nothing.
    if (reworded) continue;
    const firstBox = layout.boxOf(first);
    const copyBox = layout.boxOf(copy);
    if (firstBox !== copyBox) {
      for (const box of [firstBox, copyBox]) if (box !== null) append(byBox, box, repeat);
    }
    if (copy.kind === 'paragraph') append(byRecapBlock, copy.sentence.block, repeat);
  }
  const found: Repeat<P>[] = [];
  for (const [box, inBox] of byBox) {
    const lines = new Set(inBox.map(({ copy, first }) => (layout.boxOf(copy) === box ? copy : first).sentence.block));
    if (lines.size >= MIN_SUMMARISED_LINES && lines.size >= layout.boxSize(box) * MIN_SUMMARISED_SHARE) found.push(...inBox);
  }
  for (const [block, inBlock] of byRecapBlock) {
    const sources = new Set(inBlock.map(({ first }) => first.sentence.block));
    const copies = new Set(inBlock.map(({ copy }) => copy.id));
    if (sources.size >= MIN_RECAPPED_SENTENCES && copies.size >= layout.sentenceCount(block) * MIN_RECAPPED_SHARE) found.push(...inBlock);
  }
  return found;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

/** Where blocks stand: which summary box or list each belongs to, and how many sentences each holds. */
class Layout {
  /** Block index → box number, for blocks in a box. */
  private readonly boxes: (number | null)[] = [];
  private readonly boxSizes: number[] = [];
  private readonly sentences: number[];
  /** Per block, its sentences led by a label. */
  private readonly labelled: number[];

  constructor(
    private readonly article: ArticleText,
    sentences: readonly (Span & { block: number })[],
  ) {
    let previousKind: BlockKind | null = null;
    for (const block of article.blocks) {
      if (!BOX_KINDS.has(block.kind)) this.boxes.push(null);
      else {
        if (previousKind === null || !BOX_KINDS.has(previousKind)) this.boxSizes.push(0);
        this.boxes.push(this.boxSizes.length - 1);
        this.boxSizes[this.boxSizes.length - 1]! += 1;
      }
      previousKind = block.kind;
    }
    this.sentences = article.blocks.map(() => 0);
    this.labelled = article.blocks.map(() => 0);
    for (const sentence of sentences) {
      this.sentences[sentence.block] = (this.sentences[sentence.block] ?? 0) + 1;
      if (this.isLabelled(sentence)) this.labelled[sentence.block] = (this.labelled[sentence.block] ?? 0) + 1;
    }
  }

  boxOf(passage: Placed): number | null {
    return this.boxes[passage.sentence.block] ?? null;
  }

  boxSize(box: number): number {
    return this.boxSizes[box] ?? 0;
  }

  sentenceCount(block: number): number {
    return this.sentences[block] ?? 0;
  }

  /**
   * An entry of a list written as lines or prose: a labelled sentence standing alone, or among
   * other labelled sentences ("Snack: an apple. Dinner: baked salmon.").
   */
  isEntry(sentence: Span & { block: number }): boolean {
    if (!this.isLabelled(sentence)) return false;
    return (this.labelled[sentence.block] ?? 0) >= 2 || this.isWholeBlock(sentence.block, sentence);
  }

  private isLabelled({ start, end }: Span): boolean {
    return LABELLED.test(this.article.text.slice(start, end));
  }

  /** Whether `block` is the first paragraph after block `from`: what lies between is no prose. */
  isFirstParagraphAfter(from: number, block: number): boolean {
    const { blocks } = this.article;
    if (blocks[block]?.kind !== 'paragraph' || block <= from) return false;
    for (let between = from + 1; between < block; between++) if (blocks[between]?.kind === 'paragraph') return false;
    return true;
  }

  leadsBlock(index: number, span: Span): boolean {
    return this.article.blocks[index]?.start === span.start;
  }

  isWholeBlock(index: number, span: Span): boolean {
    const block = this.article.blocks[index];
    return block !== undefined && block.start === span.start && block.end === span.end;
  }
}
