import { FUNCTION_WORDS } from '../../core/lexicon/function-words.ts';
import { NUMBER_WORDS, SCALE_WORDS } from '../../core/lexicon/number-words.ts';
import { quotedSpans } from '../../core/quoted-speech.ts';
import type { BlockKind, Rule, RuleContext, Sentence, Span, Word } from '../../core/types.ts';
import { repeatsByDesign, type Repeat } from './by-design.ts';
import { restatementsOf } from './restatement.ts';
import { RewordingIndex } from './rewording.ts';
import { alignWhole, alignWithin, type Alignment } from './word-alignment.ts';
import meta from './meta.ts';

/** Below these sizes a sentence is a stock phrase ("Read more.", "He declined to comment."). */
const MIN_WORDS = 6;
const MIN_CONTENT_WORDS = 3;
/** Content words that are neither names nor figures: a line of names is a byline or a credit, not prose. */
const MIN_COMMON_CONTENT_WORDS = 2;
/**
 * One changed or dropped word allowed per this many words, never more than MAX_EDITS, and none in
 * a sentence shorter than MIN_WORDS_TO_CHANGE: in "Here’s our Firefox Year in Review!" one word
 * is the whole news.
 */
const WORDS_PER_EDIT = 5;
const MAX_EDITS = 3;
const MIN_WORDS_TO_CHANGE = 10;
/**
 * A word in the rare-word signature of more earlier sentences than this is not rare: the page is
 * a listing of templated lines, and looking it up would make the rule quadratic.
 */
const MAX_SHARING_SENTENCES = 32;

/** A headline restates the lede by design: it is neither a copy nor an original. */
const NOT_PASSAGES: ReadonlySet<BlockKind> = new Set(['title']);
/**
 * A caption describes the photo the body also tells of, in its own words: it is never a first
 * copy, and it is a copy only when it repeats an earlier line word for word (CAPTION_EDITS), as a
 * bullet or sentence pasted under a photo does.
 */
const ONLY_VERBATIM_COPIES: ReadonlySet<BlockKind> = new Set(['caption']);
const CAPTION_EDITS = 0;
/** A subheading may be a first copy (a long one is a summary line), but repeating it is not an error. */
const NEVER_COPIES: ReadonlySet<BlockKind> = new Set(['heading']);
const SUMMARY_BLOCKS: ReadonlySet<BlockKind> = new Set(['standfirst', 'list-item']);
/**
 * Where a reworded repeat is looked for: a caption that retells an earlier caption or a summary
 * line. A caption says what its own photo shows, so one that says again what another caption or
 * the summary says, in swapped words, is a line pasted and spun. Prose is left alone: a lede
 * expands its summary line and a story recaps its own facts in other words by design.
 */
const REWORDED_FIRST_COPIES: ReadonlySet<BlockKind> = new Set(['caption', ...SUMMARY_BLOCKS]);
/** A line ending in one of these closes its sentence; one that does not may run into the next. */
const CLOSED_ENDING = /[.!?…"'”’)\]»]$/;
/** What may sit between a sentence and one run into it: a missed full stop, brackets, quotes. */
const RUN_IN_GAP = /^[.!?…\])}"”’]*\s+[(“"‘[]*$/;
const CLOSING_MARKS = /^[.!?…"'”’)\]»]+/;
const OPENING_MARKS = /[(“"‘[]+$/;

interface Passage {
  id: number;
  kind: BlockKind;
  sentence: Sentence;
  words: readonly Word[];
  /** Normalised words: lower case, possessive "'s" dropped, so "HUTCHINS’s" = "Hutchins’". */
  tokens: string[];
  content: Set<string>;
  /**
   * Names: tokens capitalised mid-sentence and never written in lower case in the article ("Cyd",
   * but not the "New" of "A New Hope"). Changing one makes a different statement.
   */
  names: Set<string>;
  /** Figures, in digits or words ("50", "three", "million"): a copy must keep every one of them. */
  figures: Set<string>;
  isSummary: boolean;
  /** Ends without punctuation (a summary bullet), so a copy of it may run into the next sentence. */
  open: boolean;
  /** A subheading: a first copy at most. */
  neverCopy: boolean;
  /** A caption: never a first copy, and a copy only word for word. */
  verbatimOnly: boolean;
  /** The quotation the sentence lies wholly in, if any: quoting a source twice is deliberate. */
  quotation: Span | null;
  /** "[Read: …]" and other bracketed inserts are page furniture, not the article's own prose. */
  bracketed: boolean;
}

interface Match {
  first: Passage;
  alignment: Alignment;
}

/** A copy and its first copy: aligned word by word, or (no alignment) a caption reworded. */
interface Found extends Repeat<Passage> {
  alignment: Alignment | null;
}

const rule: Rule = {
  meta: {
    ...meta,
    description:
      'A sentence or summary line that repeats an earlier one word for word or with a word or two changed, a caption reworded from an earlier caption or summary line, or a sentence that restates the one before it.',
    messages: {
      repeatsEarlier: 'This sentence repeats {earlier}{similarity}: delete it or rewrite it',
      rewordsEarlier:
        'This caption says again what {earlier} says, in swapped words: the same names and most of the same words. Delete it, or caption what this photo shows',
      restatesPrevious: 'This sentence says again what the sentence before it says, in other forms of the same words: keep one of them',
    },
  },
  check(ctx) {
    const passages = [...passagesOf(ctx)];
    const index = new PassageIndex(passages);
    // Stemming every sentence is the costly part: done only where there is a caption to check.
    const rewordings = passages.some(mayBeReworded) ? new RewordingIndex(passages) : null;
    const repeats: Found[] = [];
    for (const passage of passages) {
      const match = passage.neverCopy ? null : index.bestMatch(passage, ctx.article.text);
      const reworded = match || !rewordings || !mayBeReworded(passage) ? null : rewordings.bestMatch(passage);
      if (match) {
        repeats.push({
          copy: passage,
          first: match.first,
          alignment: match.alignment,
          span: copySpan(ctx.article.text, passage, match.alignment),
          reworded: false,
        });
      } else if (reworded) {
        repeats.push({ copy: passage, first: reworded, alignment: null, span: passage.sentence, reworded: true });
      }
      if (!isLongEnough(passage) || passage.bracketed) continue;
      if (!passage.verbatimOnly) index.add(passage);
      if (REWORDED_FIRST_COPIES.has(passage.kind) && passage.quotation === null) rewordings?.add(passage);
    }
    const byDesign = repeatsByDesign(repeats, ctx.article, ctx.parse.sentences);
    for (const repeat of repeats) {
      if (byDesign.has(repeat) || isSameCaptionAgain(repeat)) continue;
      if (repeat.alignment) flagRepeat(ctx, repeat);
      else flagRewording(ctx, repeat.copy, repeat.first);
    }
    const copies = new Set(repeats.map(({ copy }) => copy.sentence));
    for (const { first, again } of restatementsOf(ctx)) {
      if (copies.has(again)) continue;
      ctx.flag({
        span: { start: again.start, end: again.end },
        messageId: 'restatesPrevious',
        related: [{ span: { start: first.start, end: first.end }, label: 'sentence restated' }],
      });
    }
  },
};

export default rule;

function flagRepeat(ctx: RuleContext, { first, alignment, span }: Found): void {
  ctx.flag({
    span,
    messageId: 'repeatsEarlier',
    data: {
      earlier: first.isSummary ? 'a summary line' : 'an earlier sentence',
      similarity: alignment?.edits === 0 ? ' word for word' : ' nearly word for word',
    },
    related: [{ span: { start: first.sentence.start, end: first.sentence.end }, label: 'first copy' }],
  });
}

function flagRewording(ctx: RuleContext, copy: Passage, first: Passage): void {
  ctx.flag({
    span: { start: copy.sentence.start, end: copy.sentence.end },
    messageId: 'rewordsEarlier',
    data: { earlier: first.isSummary ? 'a summary line' : 'an earlier caption' },
    related: [{ span: { start: first.sentence.start, end: first.sentence.end }, label: 'first copy' }],
  });
}

/** The same caption under another photo: a gallery captions its pictures alike on purpose; a spinner rewords. */
function isSameCaptionAgain({ copy, first }: Found): boolean {
  return first.kind === 'caption' && copy.tokens.join(' ') === first.tokens.join(' ');
}

/** A caption long enough to be a passage, not a quotation: the only place a rewording is looked for. */
function mayBeReworded(passage: Passage): boolean {
  return passage.kind === 'caption' && passage.quotation === null && isLongEnough(passage);
}

/** The whole sentence, or the run of it that repeats, with its own quotes, brackets and full stop. */
function copySpan(text: string, copy: Passage, { start, end }: Alignment): Span {
  const { sentence, words } = copy;
  const first = words[start] as Word;
  const last = words[end - 1] as Word;
  const opening = OPENING_MARKS.exec(text.slice(sentence.start, first.start))?.[0] ?? '';
  const closing = CLOSING_MARKS.exec(text.slice(last.end, sentence.end))?.[0] ?? '';
  return {
    start: start === 0 ? sentence.start : first.start - opening.length,
    end: end === words.length ? sentence.end : last.end + closing.length,
  };
}

function* passagesOf(ctx: RuleContext): Generator<Passage> {
  const { article, parse } = ctx;
  const tokenOf = parse.words.map(normalise);
  const writtenInLowerCase = new Set(tokenOf.filter((_, i) => (parse.words[i] as Word).shape === 'lower'));
  const quotations = new Map<number, Span[]>();
  for (const sentence of parse.sentences) {
    // Too short to be a first copy, a copy, or a sentence another one runs into.
    if (sentence.endWord - sentence.firstWord < MIN_WORDS) continue;
    const block = article.blocks[sentence.block];
    if (!block || NOT_PASSAGES.has(block.kind)) continue;
    const words = parse.words.slice(sentence.firstWord, sentence.endWord);
    const tokens = tokenOf.slice(sentence.firstWord, sentence.endWord);
    const content = new Set<string>();
    const names = new Set<string>();
    const figures = new Set<string>();
    words.forEach((word, i) => {
      const token = tokens[i] as string;
      if (!FUNCTION_WORDS.has(word.lower)) content.add(token);
      if (isFigure(token)) figures.add(token);
      if (!word.sentenceStart && word.shape !== 'lower' && !writtenInLowerCase.has(token)) names.add(token);
    });
    if (!quotations.has(sentence.block)) quotations.set(sentence.block, quotedSpans(article.text, block));
    const quotation = quotations.get(sentence.block)?.find((span) => span.start <= sentence.start && sentence.end <= span.end) ?? null;
    const text = article.text.slice(sentence.start, sentence.end);
    yield {
      id: sentence.firstWord,
      kind: block.kind,
      sentence,
      words,
      tokens,
      content,
      names,
      figures,
      isSummary: SUMMARY_BLOCKS.has(block.kind),
      open: !CLOSED_ENDING.test(text),
      neverCopy: NEVER_COPIES.has(block.kind),
      verbatimOnly: ONLY_VERBATIM_COPIES.has(block.kind),
      quotation,
      bracketed: text.startsWith('['),
    };
  }
}

function normalise(word: Word): string {
  return word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower;
}

/**
 * Numbers and codes with digits in them ("50", "MS-04", "1990s"), and counts in words ("three",
 * "million"): a copy that changes one contradicts the first copy, and that is number-inconsistency's
 * to report, not a paste.
 */
function isFigure(token: string): boolean {
  return /\p{N}/u.test(token) || NUMBER_WORDS.has(token) || SCALE_WORDS.has(token);
}

function isLongEnough(passage: Passage): boolean {
  if (passage.tokens.length < MIN_WORDS || passage.content.size < MIN_CONTENT_WORDS) return false;
  let common = 0;
  for (const token of passage.content) if (!passage.names.has(token) && !isFigure(token)) common++;
  return common >= MIN_COMMON_CONTENT_WORDS;
}

function editLimit(words: number, later: Passage): number {
  const limit = words < MIN_WORDS_TO_CHANGE ? 0 : Math.min(MAX_EDITS, Math.floor(words / WORDS_PER_EDIT));
  return later.verbatimOnly ? Math.min(limit, CAPTION_EDITS) : limit;
}

/**
 * Earlier passages indexed under their MAX_EDITS + 1 rarest content words. A copy keeps all but
 * at most MAX_EDITS of the first copy's words, so it contains at least one of them: each sentence
 * is aligned only with the few earlier ones that share a rare word, never with all of them.
 */
class PassageIndex {
  private readonly frequency = new Map<string, number>();
  private readonly passages = new Map<number, Passage>();
  private readonly byRareWord = new Map<string, number[]>();

  constructor(all: readonly Passage[]) {
    for (const passage of all) {
      for (const token of passage.content) this.frequency.set(token, (this.frequency.get(token) ?? 0) + 1);
    }
  }

  add(passage: Passage): void {
    this.passages.set(passage.id, passage);
    const frequency = (token: string) => this.frequency.get(token) ?? 0;
    const rarest = [...passage.content].sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : 1));
    for (const token of rarest.slice(0, MAX_EDITS + 1)) {
      const ids = this.byRareWord.get(token);
      if (ids) ids.push(passage.id);
      else this.byRareWord.set(token, [passage.id]);
    }
  }

  bestMatch(later: Passage, text: string): Match | null {
    const candidates = new Set<number>();
    for (const token of later.content) {
      const ids = this.byRareWord.get(token);
      if (ids && ids.length <= MAX_SHARING_SENTENCES) for (const id of ids) candidates.add(id);
    }
    let best: Match | null = null;
    for (const id of candidates) {
      const earlier = this.passages.get(id) as Passage;
      let shared = 0;
      for (const token of earlier.content) if (later.content.has(token)) shared++;
      const alignment = align(earlier, later, shared, text);
      if (!alignment) continue;
      // Fewest edits first, then the earliest copy.
      if (!best || (alignment.edits - best.alignment.edits || id - best.first.id) < 0) {
        best = { first: earlier, alignment };
      }
    }
    return best;
  }
}

/** Whole sentence against whole sentence, else the earlier one against a run of a longer later one. */
function align(earlier: Passage, later: Passage, sharedContent: number, text: string): Alignment | null {
  if (earlier.quotation !== null && later.quotation !== null) return null;
  // Every figure of the first copy must be in the second (see sameFacts); checked before aligning.
  for (const figure of earlier.figures) if (!later.figures.has(figure)) return null;
  const limit = editLimit(Math.max(earlier.tokens.length, later.tokens.length), later);
  const sameFigures = earlier.figures.size === later.figures.size;
  const sharesEnough = sharedContent >= Math.max(earlier.content.size, later.content.size) - limit;
  if (sameFigures && sharesEnough && isLongEnough(later)) {
    const whole = alignWhole(earlier.tokens, later.tokens, limit);
    if (whole && sameFacts(earlier, later, whole)) return whole;
  }
  if (later.tokens.length <= earlier.tokens.length) return null;
  const runLimit = editLimit(earlier.tokens.length, later);
  if (sharedContent < earlier.content.size - runLimit) return null;
  const run = alignWithin(earlier.tokens, later.tokens, runLimit);
  if (!run || !sameFacts(earlier, later, run) || !isRunIn(earlier, later, run, text)) return null;
  return run;
}

/**
 * The earlier sentence sits inside the later one only because a sentence boundary was lost: the
 * text before it ends without a full stop (a dateline, a caption, a bullet), and the text after
 * it follows a full stop the splitter did not see, or the earlier line had none to copy.
 */
function isRunIn(earlier: Passage, later: Passage, { start, end }: Alignment, text: string): boolean {
  const gapBefore = (i: number) => text.slice((later.words[i - 1] as Word).end, (later.words[i] as Word).start);
  if (start > 0 && ((later.words[start] as Word).shape === 'lower' || !RUN_IN_GAP.test(gapBefore(start)))) return false;
  if (end === later.words.length) return true;
  const gap = gapBefore(end);
  if (earlier.open) return (later.words[end] as Word).shape !== 'lower' && RUN_IN_GAP.test(gap);
  return /^["'”’)\]]*[.!?…]/.test(gap);
}

/**
 * A copy with a word or two changed must still say the same thing: a different figure or name
 * ("Faces Places is streaming on Netflix" / "Princess Cyd is streaming on Netflix") is a
 * different statement in a parallel sentence, not a repeat.
 */
function sameFacts(earlier: Passage, later: Passage, alignment: Alignment): boolean {
  if (alignment.edits === 0) return true;
  const laterTokens = later.tokens.slice(alignment.start, alignment.end);
  const changed = symmetricDifference(earlier.tokens, laterTokens);
  return !changed.some((token) => isFigure(token) || earlier.names.has(token) || later.names.has(token));
}

function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  return [...a.filter((t) => !inB.has(t)), ...b.filter((t) => !inA.has(t))];
}
