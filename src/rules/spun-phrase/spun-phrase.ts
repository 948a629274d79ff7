import type { Rule, RuleContext, Word } from '../../core/types.ts';
import { nounsOfBareAdjective } from './bare-adjectives.ts';
import { hasLookalikes, lookalikeBefore } from './collocations.ts';
import { CAPTION_COPULAS, CAPTION_DIRECTIONS, COORDINATORS, PHRASE_OPENERS, PHRASE_PREPOSITIONS, STANDALONE_AFTER_OF, VERDICT_NOUNS } from './slot-words.ts';
import { COMPOUND_ADJECTIVE_NOUNS, edForms, pluralSpellings } from './word-forms.ts';
import meta from './meta.ts';

/** Participles, gerunds and adverbs: spelt like this, a word is no head noun ("a teary eye looking"). */
const NOT_A_NOUN = /(?:ing|ed|ly)$/;
/**
 * Words that make "of" no preposition of a noun phrase: a degree word ("kind of brilliant", "sort
 * of odd", "nothing short of miraculous"), or "instead of", which sets like against like, so an
 * adjective answers an adjective ("proactive instead of reactive").
 */
const NOT_A_NOUN_OF = new Set(['kind', 'sort', 'short', 'instead']);
/**
 * Concessive words that open an aside inside a noun phrase: "a powerful, if depressing, film",
 * "an honest, though clumsy, effort". The phrase goes on after the aside's closing comma.
 */
const CONCESSIVES = new Set(['if', 'though', 'although', 'albeit']);
/** How a sentence ends when it is one: a caption's fragment often has no full stop. */
const TERMINAL = /[.!?…]["'”’)\]]*$/;

const rule: Rule = {
  meta: {
    ...meta,
    languages: ['en'],
    description:
      'Traces of synonym-spinning software: a word in the wrong form for its slot, a compound adjective missing its "-ed", a mangled photo caption, an adjective swapped for a lookalike that no writer puts before its noun.',
    messages: {
      adjectiveAfterOf: '“{word}” is an adjective, but after “of” this slot needs a noun: did you mean “{noun}”?',
      compoundWithoutEd: '“{adjective} {noun}” describes the {head}: a compound adjective of this kind takes “-ed” and a hyphen, “{compound} {head}”',
      mangledCaption: '“{name} is {direction} {verb}” reads as a mangled photo caption: write “{name}, pictured {direction}, {verb}”',
      swappedCollocation: 'Writers put “{lookalike}” before “{noun}”, not “{adjective}”: a lookalike swapped in? Write “{suggestion}”',
    },
  },
  check(ctx) {
    new SpunPhraseScanner(ctx).scan();
  },
};

export default rule;

class SpunPhraseScanner {
  private readonly words: readonly Word[];
  private readonly text: string;

  constructor(private readonly ctx: RuleContext) {
    this.words = ctx.parse.words;
    this.text = ctx.article.text;
  }

  scan(): void {
    // Each check starts from a cheap test on one word's lower-case form; the dictionary is only
    // asked about the few places that pass it.
    for (let i = 0; i < this.words.length; i++) {
      const word = this.words[i] as Word;
      if (word.lower === 'of') this.adjectiveAfterOf(i);
      else if (CAPTION_COPULAS.has(word.lower)) this.mangledCaption(i);
      else if (word.lower.endsWith('y') && COMPOUND_ADJECTIVE_NOUNS.has(this.words[i + 1]?.lower ?? '')) {
        this.compoundWithoutEd(i);
      }
      if (word.shape === 'lower' && hasLookalikes(word.lower)) this.swappedCollocation(i);
    }
  }

  /**
   * "a more adequate account of our experience" (for "accurate account"): an adjective that the
   * reference corpora never put before this noun, while its lookalike — same first letter, ending
   * and syllable count, and the commoner word — stands there (see collocations.ts).
   */
  private swappedCollocation(i: number): void {
    const adjective = this.words[i] as Word;
    const noun = this.words[i + 1];
    if (!noun || noun.shape !== 'lower' || !this.adjacent(adjective, noun)) return;
    const lookalike = lookalikeBefore(adjective.lower, noun.lower);
    if (!lookalike) return;
    const suggestion = `${lookalike} ${noun.text}`;
    this.ctx.flag({
      span: { start: adjective.start, end: noun.end },
      messageId: 'swappedCollocation',
      data: { adjective: adjective.text, noun: noun.text, lookalike, suggestion },
      suggestions: [suggestion],
    });
  }

  /**
   * "Rust had its areas of brilliant and its areas …": the object of "of" is a noun phrase, so
   * when the phrase ends right after an adjective ("brilliant" then "and its …"), the adjective
   * stands where its noun should be. Which words are adjectives and nothing else, and their nouns,
   * come from compromise's tags (see bare-adjectives.ts).
   */
  private adjectiveAfterOf(i: number): void {
    const of = this.words[i] as Word;
    const word = this.words[i + 1];
    if (!word || word.shape !== 'lower' || !this.adjacent(of, word)) return;
    const nouns = nounsOfBareAdjective(word.lower);
    if (!nouns || STANDALONE_AFTER_OF.has(word.lower) || this.ctx.userWords.has(word.lower)) return;
    const before = this.words[i - 1];
    if (before && before.sentence === of.sentence && (NOT_A_NOUN_OF.has(before.lower) || VERDICT_NOUNS.has(before.lower))) return;
    if (!this.endsNounPhrase(word)) return;
    this.ctx.flag({
      span: { start: of.start, end: word.end },
      messageId: 'adjectiveAfterOf',
      data: { word: word.text, noun: nouns[0] as string },
      suggestions: nouns.map((noun) => `${of.text} ${noun}`),
    });
  }

  /**
   * The noun phrase ends after `word`: the sentence or clause stops, a preposition starts the next
   * phrase ("of confident in the team"), or a coordinator or comma is followed by a word that opens
   * a new phrase ("and its areas", ", which"). "of public and private money" goes on to a noun,
   * so "public" is only its modifier.
   */
  private endsNounPhrase(word: Word): boolean {
    const next = this.words[word.index + 1];
    if (!next || next.sentence !== word.sentence) return true;
    const gap = this.text.slice(word.end, next.start);
    if (/[;:.!?…]/.test(gap)) return true;
    if (!/^["'”’]?\s*[,–—]?\s+$/.test(gap)) return false;
    if (PHRASE_PREPOSITIONS.has(next.lower)) return true;
    if (COORDINATORS.has(next.lower)) {
      const after = this.words[next.index + 1];
      return after !== undefined && this.adjacent(next, after) && PHRASE_OPENERS.has(after.lower);
    }
    if (/,/.test(gap) && CONCESSIVES.has(next.lower) && this.opensAside(next)) return false;
    return /[,–—]/.test(gap) && PHRASE_OPENERS.has(next.lower);
  }

  /** ", if depressing, …": one word after the concessive, then a comma closes the aside. */
  private opensAside(concessive: Word): boolean {
    const word = this.words[concessive.index + 1];
    const after = word && this.words[word.index + 1];
    if (!word || !after || !this.adjacent(concessive, word) || after.sentence !== word.sentence) return false;
    return /^\s*,\s+$/.test(this.text.slice(word.end, after.start));
  }

  /**
   * "gave a teary eye interview": an adjective and a body-part noun before another noun describe
   * that noun the way "teary-eyed" does; without the "-ed" the phrase says the interview had an
   * eye. Only "-y" adjectives of a state ("teary", "rosy", "curly", "bushy") are taken: colour and
   * size words make real noun compounds ("blue eye shadow", "big head coach").
   */
  private compoundWithoutEd(i: number): void {
    const adjective = this.words[i] as Word;
    const noun = this.words[i + 1] as Word;
    const head = this.words[i + 2];
    const determiner = this.words[i - 1];
    if (!head || !determiner || !PHRASE_OPENERS.has(determiner.lower)) return;
    if (!this.adjacent(determiner, adjective) || !this.adjacent(adjective, noun) || !this.adjacent(noun, head)) return;
    if ([adjective, noun, head].some((w) => w.shape !== 'lower')) return;
    if (!this.isAdjectiveInY(adjective.lower) || !this.isSingularNoun(head.lower)) return;
    const ed = edForms(noun.lower).find(this.ctx.lexicon.isSuggestable);
    if (!ed) return;
    const compound = `${adjective.text}-${ed}`;
    this.ctx.flag({
      span: { start: adjective.start, end: head.end },
      messageId: 'compoundWithoutEd',
      data: { adjective: adjective.text, noun: noun.text, head: head.text, compound },
      suggestions: [`${compound} ${head.text}`],
    });
  }

  /** "teary" compares ("tearier") or names its state ("teariness"): an adjective, not "army". */
  private isAdjectiveInY(lower: string): boolean {
    if (lower.length < 4 || !/[^aeiou]y$/.test(lower)) return false;
    const stem = lower.slice(0, -1);
    return this.ctx.lexicon.isKnownForm(`${stem}ier`) || this.ctx.lexicon.isKnownForm(`${stem}iness`);
  }

  private isSingularNoun(lower: string): boolean {
    if (PHRASE_OPENERS.has(lower) || COORDINATORS.has(lower) || NOT_A_NOUN.test(lower)) return false;
    const { isSuggestable } = this.ctx.lexicon;
    return isSuggestable(lower) && pluralSpellings(lower).some(isSuggestable);
  }

  /**
   * "Baldwin is above stepping out with a friend in New York City on Wednesday": a caption
   * ("Baldwin, pictured above, stepping out …") whose commas a spinner turned into "is". Taken
   * only where the text reads as a caption — a caption block, or a fragment with no full stop —
   * since "is left wondering" and "is above taking bribes" are sound sentences.
   */
  private mangledCaption(i: number): void {
    const copula = this.words[i] as Word;
    const direction = this.words[i + 1];
    const verb = this.words[i + 2];
    const subjectEnd = this.words[i - 1];
    if (!direction || !verb || !subjectEnd) return;
    if (!CAPTION_DIRECTIONS.has(direction.lower) || !verb.lower.endsWith('ing') || verb.shape !== 'lower') return;
    if (!this.adjacent(subjectEnd, copula) || !this.adjacent(copula, direction) || !this.adjacent(direction, verb)) return;
    const name = this.nameEndingAt(subjectEnd);
    if (!name || !this.readsAsCaption(copula)) return;
    const nameText = this.text.slice(name.start, subjectEnd.end);
    this.ctx.flag({
      span: { start: name.start, end: verb.end },
      messageId: 'mangledCaption',
      data: { name: nameText, direction: direction.text, verb: verb.text },
      suggestions: [`${nameText}, pictured ${direction.text}, ${verb.text}`],
    });
  }

  /** The first word of the run of capitalised words ending at `last` ("Alec Baldwin"), if any. */
  private nameEndingAt(last: Word): Word | undefined {
    const isNamePart = (w: Word) => w.shape === 'capitalized' && !PHRASE_OPENERS.has(w.lower);
    if (!isNamePart(last)) return undefined;
    let first = last;
    for (let previous = this.words[first.index - 1]; previous && isNamePart(previous) && this.adjacent(previous, first);) {
      first = previous;
      previous = this.words[first.index - 1];
    }
    return first;
  }

  private readsAsCaption(word: Word): boolean {
    const block = this.ctx.article.blocks[word.block];
    if (block?.kind === 'caption') return true;
    const sentence = this.ctx.parse.sentences[word.sentence];
    return sentence !== undefined && !TERMINAL.test(this.text.slice(sentence.start, sentence.end));
  }

  /** Same sentence, nothing but white space between. */
  private adjacent(left: Word, right: Word): boolean {
    return left.sentence === right.sentence && /^\s+$/.test(this.text.slice(left.end, right.start));
  }
}
