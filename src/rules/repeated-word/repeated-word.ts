import { isWithin, quotedSpans } from '../../core/quoted-speech.ts';
import type { Lexicon } from '../../core/lexicon/lexicon.ts';
import type { Rule, RuleContext, Word } from '../../core/types.ts';
import {
  ADJECTIVE_SUFFIXES,
  AFTER_PERFECT_SLIP,
  CLAUSE_VERBS,
  DETERMINERS_AND_PRONOUNS,
  LEGITIMATE_DOUBLES,
  LINKING_WORDS,
  OBJECT_COMPLEMENT_VERBS,
  PREPOSITIONS,
  REDUPLICATING_WORDS,
  SUBJECT_PRONOUNS,
  WH_WORDS,
} from './legitimate-doubles.ts';
import meta from './meta.ts';

/** Longest phrase checked for an immediate repeat ("in the in the", "and other and other"). */
const MAX_PHRASE_WORDS = 3;
/** How far back "what" may open the clause of "what it is is". */
const WH_CLAUSE_REACH = 6;
const CONJUNCTIONS = new Set(['and', 'or']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words with no content of their own, which a set phrase "X to X" does not repeat. */
const FUNCTION_WORDS = new Set([...PREPOSITIONS, ...DETERMINERS_AND_PRONOUNS, ...CONJUNCTIONS, ...ARTICLES]);

/**
 * "stronger", "larger", "easier", "bigger": an adjective's comparative, which English repeats for
 * a growing degree ("stronger and stronger"). Read from the ending and a dictionary stem.
 */
function isComparative(lexicon: Lexicon, lower: string): boolean {
  if (lower.length < 5 || !lower.endsWith('er')) return false;
  const stem = lower.slice(0, -2);
  const undoubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : '';
  return [stem, `${stem}e`, undoubled, lower.endsWith('ier') ? `${lower.slice(0, -3)}y` : ''].some((form) => form.length > 2 && lexicon.isSuggestable(form));
}

/** "X and X" for a growing degree or a going on: "stronger and stronger", "more and more". */
const isReduplicating = (lexicon: Lexicon, lower: string) => REDUPLICATING_WORDS.has(lower) || isComparative(lexicon, lower);
/** A token glued to the one before by these is part of a compound ("5,000-word word count"). */
const JOINERS = /[-‐‑/@#_]/;

const rule: Rule = {
  meta: {
    ...meta,
    languages: ['en'],
    description: 'A word or short phrase typed twice in a row, or a list that ends with the same item twice.',
    messages: {
      repeatedWord: '“{word}” is repeated: delete one',
      repeatedPhrase: '“{phrase}” is repeated: delete one',
      listedTwice: '“{word}” is joined to itself with “{conjunction}”: delete the first one',
    },
  },
  check(ctx) {
    new RepeatScanner(ctx).scan();
  },
};

export default rule;

class RepeatScanner {
  private readonly words: readonly Word[];
  private readonly text: string;

  constructor(private readonly ctx: RuleContext) {
    this.words = ctx.parse.words;
    this.text = ctx.article.text;
  }

  scan(): void {
    let i = 0;
    while (i < this.words.length) {
      i = this.doubledWord(i) ?? this.repeatedPhrase(i) ?? this.selfCoordinated(i) ?? i + 1;
    }
  }

  /** "the the", "The the", "for for for". Returns the index after the run, or undefined if none. */
  private doubledWord(i: number): number | undefined {
    const first = this.words[i] as Word;
    let last = i;
    while (this.words[last + 1]?.lower === first.lower && this.adjacent(last, last + 1)) last++;
    if (last === i) return undefined;
    const copies = last - i + 1;
    if (this.isCheckable(first) && !this.gluedToPrevious(first) && !this.nameBesideWord(i) && !this.isLegitimateDouble(i, copies)) {
      this.ctx.flag({
        span: { start: first.start, end: (this.words[last] as Word).end },
        messageId: 'repeatedWord',
        data: { word: first.text },
        suggestions: [first.text],
      });
    }
    return last + 1;
  }

  /** "and timing and timing", "in the in the": a phrase of 2–3 words typed twice. */
  private repeatedPhrase(i: number): number | undefined {
    for (let n = 2; n <= MAX_PHRASE_WORDS; n++) {
      if (!this.isPhraseRepeat(i, n)) continue;
      const phrase = this.words.slice(i, i + n);
      const copy = this.words.slice(i + n, i + 2 * n);
      const first = phrase[0] as Word;
      if (!phrase.every((w) => this.isCheckable(w)) || this.gluedToPrevious(first)) continue;
      if (this.continuesPeriod(i, n)) continue;
      // A capital inside the sentence makes the words a title or a name ("for Love for Love"),
      // unless a conjunction leads them: "Rome and Paris and Paris" is a list's last item twice.
      if (copy.some((w) => w.shape === 'capitalized') && !CONJUNCTIONS.has(first.lower)) continue;
      if (n === 2 && (this.isSetPhrase(phrase) || this.isObjectAndComplement(i))) continue;
      const lastOfPhrase = phrase[n - 1] as Word;
      const text = this.text.slice(first.start, lastOfPhrase.end);
      this.ctx.flag({
        span: { start: first.start, end: (copy[n - 1] as Word).end },
        messageId: 'repeatedPhrase',
        data: { phrase: text },
        suggestions: [text],
      });
      return i + 2 * n;
    }
    return undefined;
  }

  /**
   * "exploitative and exploitative": an adjective joined to itself, the mark of a list whose last
   * item was typed twice. The suggestion keeps the conjunction, which a list's last item takes.
   */
  private selfCoordinated(i: number): number | undefined {
    const [item, conjunction, repeat] = [this.words[i], this.words[i + 1], this.words[i + 2]];
    if (!item || !conjunction || !repeat || item.lower !== repeat.lower) return undefined;
    if (!CONJUNCTIONS.has(conjunction.lower) || repeat.shape !== 'lower') return undefined;
    if (!this.adjacent(i, i + 1) || !this.adjacent(i + 1, i + 2)) return undefined;
    if (REDUPLICATING_WORDS.has(item.lower)) return undefined;
    if (!ADJECTIVE_SUFFIXES.some((suffix) => item.lower.endsWith(suffix))) return undefined;
    this.ctx.flag({
      span: { start: item.start, end: repeat.end },
      messageId: 'listedTwice',
      data: { word: repeat.text, conjunction: conjunction.text },
      suggestions: [this.text.slice(conjunction.start, repeat.end)],
    });
    return i + 3;
  }

  /** Same sentence, nothing but white space between: punctuation makes a repeat deliberate. */
  private adjacent(a: number, b: number): boolean {
    const left = this.words[a];
    const right = this.words[b];
    if (!left || !right || left.sentence !== right.sentence) return false;
    return /^\s+$/.test(this.text.slice(left.end, right.start));
  }

  /** Letters only, and not a lone initial or list letter ("B B"): only "a" and "I" stand alone. */
  private isCheckable(word: Word): boolean {
    if (word.isNumber || word.shape === 'other') return false;
    return word.lower.length > 1 || word.lower === 'a' || word.lower === 'i';
  }

  private gluedToPrevious(word: Word): boolean {
    return word.start > 0 && JOINERS.test(this.text[word.start - 1] as string);
  }

  private isPhraseRepeat(i: number, n: number): boolean {
    for (let k = 0; k < n; k++) if (this.words[i + k]?.lower !== this.words[i + n + k]?.lower) return false;
    const head = (this.words[i] as Word).lower;
    if (this.words.slice(i + 1, i + n).every((w) => w.lower === head)) return false;
    for (let k = 0; k < 2 * n - 1; k++) if (!this.adjacent(i + k, i + k + 1)) return false;
    return true;
  }

  /**
   * "on and on and on", "tick tock tick tock tick", "people burying, and burying and burying": a
   * chant, not a slip, when the period runs on (a comma may come before it).
   */
  private continuesPeriod(i: number, n: number): boolean {
    const before = this.previousInSentence(i);
    const after = this.words[i + 2 * n];
    return (
      (before !== undefined && before.lower === (this.words[i + n - 1] as Word).lower) ||
      (after !== undefined && this.adjacent(i + 2 * n - 1, i + 2 * n) && after.lower === (this.words[i] as Word).lower)
    );
  }

  /**
   * A two-word phrase that joins a word to itself: "back to back to", "to back to back", "for
   * Love for Love", "stronger and stronger and". The repeat is the set phrase "X to X", "X and
   * X", and the other copy of the linking word belongs to the next phrase. With "and" and "or" only
   * a comparative or a word of degree or direction repeats so ("and more and more"); "and dozens
   * and dozens" after a list is the list's last item typed twice.
   */
  private isSetPhrase(phrase: readonly Word[]): boolean {
    const [a, b] = phrase.map((w) => w.lower) as [string, string];
    const [link, word] = LINKING_WORDS.has(a) ? [a, b] : [b, a];
    if (!LINKING_WORDS.has(link) || FUNCTION_WORDS.has(word)) return false;
    return !CONJUNCTIONS.has(link) || isReduplicating(this.ctx.lexicon, word);
  }

  /** "what makes a gadget a gadget", "call a spade a spade": the same phrase as object and complement. */
  private isObjectAndComplement(i: number): boolean {
    const verb = this.previousInSentence(i);
    return ARTICLES.has((this.words[i] as Word).lower) && verb !== undefined && OBJECT_COMPLEMENT_VERBS.has(verb.lower);
  }

  /**
   * A capital mid-sentence marks a name, so a copy in another case is another word: "the law lord
   * Lord Mackay", "Rose rose to fame". Only at a sentence start does a capital say nothing ("The
   * the report").
   */
  private nameBesideWord(i: number): boolean {
    const [first, second] = [this.words[i] as Word, this.words[i + 1] as Word];
    // A capitalised pronoun or article is no name: "in the The Times", "Kenya He he" (a lost sentence end).
    if (FUNCTION_WORDS.has(first.lower)) return false;
    if (first.shape === 'lower') return second.shape === 'capitalized';
    return first.shape === 'capitalized' && !first.sentenceStart && second.shape === 'lower';
  }

  /**
   * Grammatical doubles stand as a pair, each copy with its own role; a third copy has none
   * ("had had had"). Reduplications ("ha ha ha") run on.
   */
  private isLegitimateDouble(i: number, copies: number): boolean {
    const first = this.words[i] as Word;
    const second = this.words[i + 1] as Word;
    // Capitalised doubles are names: Duran Duran, Walla Walla, Sirhan Sirhan, The The.
    if (first.shape === 'capitalized' && second.shape === 'capitalized') return true;
    const entry = LEGITIMATE_DOUBLES.get(first.lower);
    if (!entry) return false;
    if (entry.context === 'always') return true;
    if (copies > 2) return false;
    const previous = this.previousInSentence(i);
    const next = this.adjacent(i + 1, i + 2) ? this.words[i + 2] : undefined;
    switch (entry.context) {
      case 'perfect':
        return !(next && AFTER_PERFECT_SLIP.has(next.lower));
      case 'between-phrases': {
        if (next && DETERMINERS_AND_PRONOUNS.has(next.lower)) return false;
        // After a preposition the first copy is its object; the second must open a clause.
        return !(previous && PREPOSITIONS.has(previous.lower)) || (next !== undefined && this.isClauseVerb(next));
      }
      case 'after-subject-pronoun':
        return previous !== undefined && SUBJECT_PRONOUNS.has(previous.lower);
      case 'after-wh-clause':
        return this.wordsBefore(i, WH_CLAUSE_REACH).some((w) => WH_WORDS.has(w.lower));
      case 'in-quotation':
        return this.insideQuotation(first);
    }
  }

  private isClauseVerb(word: Word): boolean {
    return CLAUSE_VERBS.has(word.lower) || (word.shape === 'lower' && word.lower.endsWith('ed'));
  }

  private previousInSentence(i: number): Word | undefined {
    const previous = this.words[i - 1];
    return previous && previous.sentence === (this.words[i] as Word).sentence ? previous : undefined;
  }

  private wordsBefore(i: number, count: number): Word[] {
    const sentence = (this.words[i] as Word).sentence;
    return this.words.slice(Math.max(0, i - count), i).filter((w) => w.sentence === sentence);
  }

  private insideQuotation(word: Word): boolean {
    const block = this.ctx.article.blocks[word.block];
    return block !== undefined && isWithin(word, quotedSpans(this.text, block));
  }
}
