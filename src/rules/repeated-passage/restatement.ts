import { FUNCTION_WORDS } from '../../core/lexicon/function-words.ts';
import { pronounPerson } from '../../core/pronouns.ts';
import { quotedSpans } from '../../core/quoted-speech.ts';
import { stem } from '../../core/stem.ts';
import type { BlockKind, RuleContext, Sentence, Span, Word } from '../../core/types.ts';

/**
 * Restatements: a short sentence that says again, in other forms of the same words, what the
 * sentence right before it said ("Our work was enjoyable. We were enjoying our work."). Spun or
 * padded copy does this; a writer who wants emphasis adds something ("Prices rose. Wages rose too"
 * has different words), and a speaker who repeats himself is quoted, not restated.
 */

/** Both sentences short: a long sentence built from the same few words is a different sentence. */
const MAX_WORDS = 15;
/** Two words of substance at least: "It was cold. It was very cold." is emphasis, not padding. */
const MIN_CONTENT_WORDS = 2;
/** Prose blocks: headings, captions and block quotes have their own conventions of repetition. */
const PROSE: ReadonlySet<BlockKind> = new Set(['paragraph', 'standfirst', 'list-item']);

/**
 * Words that carry only grammar: changing them does not change the statement. Everything else
 * counts — a preposition ("before"/"after"), a negation, a quantifier changes what is said.
 * Pronouns are kept apart: they count by person ("our" = "we"), so "They enjoyed their work. We
 * enjoyed our work." is a contrast.
 */
// prettier-ignore
const GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does',
  'did', 'doing',
  // the agent of a passive: "was signed by staff" = "staff signed"
  'by', 'very', 'really', 'so', 'quite', 'truly', 'indeed', 'just', 'also', 'too', 'all', 'certainly',
]);
/** "we're" → "we", "it's" → "it", "didn't" → "not". */
const CONTRACTION = /^(.+?)'(?:s|re|ve|d|ll|m)$/;

export interface Restatement {
  /** The sentence restated. */
  first: Sentence;
  /** The sentence that restates it. */
  again: Sentence;
}

/** Adjacent short sentences of one prose block whose words of substance are the same, in any form. */
export function* restatementsOf(ctx: RuleContext): Generator<Restatement> {
  const { article, parse } = ctx;
  let previous: { sentence: Sentence; meaning: string } | null = null;
  const quotations = new Map<number, Span[]>();
  for (const sentence of parse.sentences) {
    const block = article.blocks[sentence.block];
    const words = parse.words.slice(sentence.firstWord, sentence.endWord);
    if (!block || !PROSE.has(block.kind) || words.length > MAX_WORDS || contentWords(words) < MIN_CONTENT_WORDS) {
      previous = null;
      continue;
    }
    if (!quotations.has(sentence.block)) quotations.set(sentence.block, quotedSpans(article.text, block));
    const quoted = quotations.get(sentence.block) ?? [];
    if (quoted.some((quote) => quote.start < sentence.end && sentence.start < quote.end)) {
      previous = null;
      continue;
    }
    const meaning = meaningOf(words);
    if (previous && previous.sentence.block === sentence.block && previous.meaning === meaning) {
      yield { first: previous.sentence, again: sentence };
    }
    previous = { sentence, meaning };
  }
}

function contentWords(words: readonly Word[]): number {
  return words.filter((word) => !word.isNumber && !FUNCTION_WORDS.has(word.lower)).length;
}

/** The sentence's words of substance, stemmed, with pronouns by person: a sorted, order-free key. */
function meaningOf(words: readonly Word[]): string {
  const parts = new Set<string>();
  for (const word of words) {
    let lower = word.lower;
    if (lower.endsWith("n't")) {
      parts.add('not');
      continue;
    }
    lower = CONTRACTION.exec(lower)?.[1] ?? lower;
    if (GRAMMAR_WORDS.has(lower)) continue;
    parts.add(pronounPerson(lower) ?? stem(lower));
  }
  return [...parts].sort().join(' ');
}
