import { isWithin, quotedSpans } from '../../core/quotations.ts';
import type { Rule, RuleContext, Word } from '../../core/types.ts';
import {
  ADJECTIVE_SUFFIXES,
  DETERMINERS_AND_PRONOUNS,
  LEGITIMATE_DOUBLES,
  PREPOSITIONS,
  REDUPLICATING_WORDS,
  SUBJECT_PRONOUNS,
  WH_WORDS,
} from './legitimate-doubles.ts';

/** Longest phrase checked for an immediate repeat ("in the in the", "and other and other"). */
const MAX_PHRASE_WORDS = 3;
/** How far back "what" may open the clause of "what it is is". */
const WH_CLAUSE_REACH = 6;
const CONJUNCTIONS = new Set(['and', 'or']);
/** A token glued to the one before by these is part of a compound ("5,000-word word count"). */
const JOINERS = /[-‐‑/@#_]/;

const rule: Rule = {
  meta: {
    id: 'repeated-word',
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
    if (this.isCheckable(first) && !this.gluedToPrevious(first) && !this.isLegitimateDouble(i)) {
      this.ctx.report({
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
      if (copy.every((w) => w.shape === 'capitalized')) continue;
      if (n === 2 && CONJUNCTIONS.has(first.lower) && REDUPLICATING_WORDS.has((phrase[1] as Word).lower)) continue;
      const lastOfPhrase = phrase[n - 1] as Word;
      const text = this.text.slice(first.start, lastOfPhrase.end);
      this.ctx.report({
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
    this.ctx.report({
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

  /** "on and on and on", "tick tock tick tock tick": a chant, not a slip, when the period runs on. */
  private continuesPeriod(i: number, n: number): boolean {
    const before = this.words[i - 1];
    const after = this.words[i + 2 * n];
    return (
      (before !== undefined && this.adjacent(i - 1, i) && before.lower === (this.words[i + n - 1] as Word).lower) ||
      (after !== undefined && this.adjacent(i + 2 * n - 1, i + 2 * n) && after.lower === (this.words[i] as Word).lower)
    );
  }

  private isLegitimateDouble(i: number): boolean {
    const first = this.words[i] as Word;
    const second = this.words[i + 1] as Word;
    // Capitalised doubles are names: Duran Duran, Walla Walla, Sirhan Sirhan, The The.
    if (first.shape === 'capitalized' && second.shape === 'capitalized') return true;
    const entry = LEGITIMATE_DOUBLES.get(first.lower);
    if (!entry) return false;
    const previous = this.previousInSentence(i);
    switch (entry.context) {
      case 'always':
        return true;
      case 'between-phrases': {
        const next = this.adjacent(i + 1, i + 2) ? this.words[i + 2] : undefined;
        return !(previous && PREPOSITIONS.has(previous.lower)) && !(next && DETERMINERS_AND_PRONOUNS.has(next.lower));
      }
      case 'after-subject-pronoun':
        return previous !== undefined && SUBJECT_PRONOUNS.has(previous.lower);
      case 'after-wh-clause':
        return this.wordsBefore(i, WH_CLAUSE_REACH).some((w) => WH_WORDS.has(w.lower));
      case 'in-quotation':
        return this.insideQuotation(first);
    }
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
