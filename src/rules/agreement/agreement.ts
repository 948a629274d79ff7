import { isWithin, quotationSpans } from '../../core/quotations.ts';
import type { BlockKind, Rule, RuleContext, Sentence, Span, Word } from '../../core/types.ts';
import {
  BEFORE_INVERTED_OR_COMPOUND,
  CLAUSE_LINKS,
  CLAUSE_OPENERS,
  CLAUSE_VERB_OBJECTS,
  CLAUSE_VERBS,
  COORDINATORS,
  DETERMINERS,
  IRREGULAR_PLURALS,
  MANDATIVE_CUES,
  MID_ADVERBS,
  NON_FINITE_CUES,
  NUMERALS,
  PLURAL_CLAUSE_STARTS,
  PLURAL_DETERMINERS,
  PLURAL_PRONOUNS,
  PLURAL_TO_SINGULAR,
  SINGULAR_CLAUSE_STARTS,
  SINGULAR_DETERMINERS,
  SINGULAR_PRONOUNS,
  SINGULAR_TO_PLURAL,
  SUBJUNCTIVE_CUES,
} from './agreement-words.ts';

/** Headlines drop and bend verbs by design ("Baldwin, crew deny…"); they are not prose. */
const SKIPPED_BLOCKS: ReadonlySet<BlockKind> = new Set(['title', 'heading']);
/** How many words a noun phrase may run between its determiner and its verb ("the film’s crew members say"). */
const MAX_NOUN_PHRASE_WORDS = 3;
type GrammaticalNumber = 'singular' | 'plural';

/** The third-person singular of a base form: say → says, deny → denies, go → goes. */
function thirdPersonSingular(base: string): string {
  if (base === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

const BASE_OF: ReadonlyMap<string, string> = new Map(CLAUSE_VERBS.map((base) => [thirdPersonSingular(base), base]));
const BASE_FORMS: ReadonlySet<string> = new Set(CLAUSE_VERBS);

const rule: Rule = {
  meta: {
    id: 'agreement',
    languages: ['en'],
    description: 'A verb whose number does not agree with its subject: “they was”, “he were”, “They add … but asserts”.',
    messages: {
      pronounVerb: '“{verb}” does not agree with “{subject}”: use “{expected}”',
      nounVerb: '“{verb}” is singular but “{subject}” is plural: use “{expected}”',
      joinedVerb:
        '“{verb}” has the same subject as “{firstVerb}” (“{subject}”), which is {number}: use “{expected}”',
    },
  },
  check(ctx) {
    new AgreementChecker(ctx).check();
  },
};

export default rule;

/** A subject and the first verb that agrees with it. */
interface Clause {
  subject: Span;
  verb: Word;
  number: GrammaticalNumber;
  /** Index of the verb in the word list. */
  verbIndex: number;
}

class AgreementChecker {
  private readonly text: string;
  private readonly words: readonly Word[];
  private quoted: Span[] = [];

  constructor(private readonly ctx: RuleContext) {
    this.text = ctx.article.text;
    this.words = ctx.parse.words;
  }

  check(): void {
    let quotedBlock = -1;
    for (const sentence of this.ctx.parse.sentences) {
      const block = this.ctx.article.blocks[sentence.block];
      if (!block || SKIPPED_BLOCKS.has(block.kind) || !this.hasCandidate(sentence)) continue;
      if (quotedBlock !== sentence.block) {
        this.quoted = quotationSpans(this.text, block);
        quotedBlock = sentence.block;
      }
      for (let i = sentence.firstWord; i < sentence.endWord; i++) {
        if (this.isQuoted(i)) continue;
        this.pronounVerb(i) || this.determinerNounVerb(i) || this.joinedVerb(i, sentence);
      }
    }
  }

  /** A cheap first pass: most sentences hold none of the words any check starts from. */
  private hasCandidate(sentence: Sentence): boolean {
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      const lower = (this.words[i] as Word).lower;
      if (PLURAL_PRONOUNS.has(lower) || SINGULAR_PRONOUNS.has(lower) || COORDINATORS.has(lower)) return true;
      if (PLURAL_DETERMINERS.has(lower)) return true;
    }
    return false;
  }

  /** "they was", "we has", "they says"; "he were", "she don't", "he say". */
  private pronounVerb(i: number): boolean {
    const subject = this.words[i] as Word;
    const v = this.verbAfter(i);
    if (v === undefined) return false;
    const verb = this.words[v] as Word;
    if (verb.shape !== 'lower') return false;
    let expected: string | undefined;
    if (PLURAL_PRONOUNS.has(subject.lower)) {
      expected = SINGULAR_TO_PLURAL.get(verb.lower) ?? BASE_OF.get(verb.lower);
    } else if (SINGULAR_PRONOUNS.has(subject.lower) && !this.invertedOrCompound(i)) {
      expected = PLURAL_TO_SINGULAR.get(verb.lower);
      if (BASE_FORMS.has(verb.lower) && !this.cuedBefore(i, MANDATIVE_CUES)) expected = thirdPersonSingular(verb.lower);
      if ((verb.lower === 'were' || verb.lower === "weren't") && this.cuedBefore(i, SUBJUNCTIVE_CUES)) expected = undefined;
    }
    if (expected === undefined) return false;
    this.report('pronounVerb', subject, v, expected, { subject: subject.text });
    return true;
  }

  /** "these reports is", "those people was": a determiner that makes its noun plural, then a singular verb. */
  private determinerNounVerb(i: number): boolean {
    const determiner = this.words[i] as Word;
    if (!PLURAL_DETERMINERS.has(determiner.lower)) return false;
    const noun = this.words[i + 1];
    const verb = this.words[i + 2];
    if (!noun || !verb || !this.adjacent(i, i + 1) || !this.adjacent(i + 1, i + 2)) return false;
    // "my experience with these tools isn't", "each of those sublists has": the noun phrase must
    // open its clause, or it is a preposition's object and the subject stands before it.
    if (!this.opensClause(i)) return false;
    if (noun.shape !== 'lower' || !isPluralNoun(noun.lower)) return false;
    const expected = SINGULAR_TO_PLURAL.get(verb.lower);
    if (expected === undefined) return false;
    this.report('nounVerb', noun, i + 2, expected, { subject: this.text.slice(determiner.start, noun.end) });
    return true;
  }

  /**
   * "The crewmembers add that they stand firmly with their unions, but asserts that…": a verb
   * joined by "and"/"but" to the sentence's first verb takes that verb's subject, so it must
   * agree with it too. Only verbs of saying and thinking are checked, whose -s form is never a
   * noun, and only when no clause of the other number stands between, whose subject the verb
   * might belong to.
   */
  private joinedVerb(c: number, sentence: Sentence): boolean {
    const coordinator = this.words[c] as Word;
    if (!COORDINATORS.has(coordinator.lower)) return false;
    const v = this.verbAfter(c);
    if (v === undefined) return false;
    const verb = this.words[v] as Word;
    if (verb.shape !== 'lower') return false;
    const singularBase = BASE_OF.get(verb.lower);
    const needs: GrammaticalNumber | undefined =
      singularBase !== undefined ? 'plural' : BASE_FORMS.has(verb.lower) && this.takesClause(v) ? 'singular' : undefined;
    if (needs === undefined) return false;
    const clause = this.firstClause(sentence.firstWord, c);
    if (!clause || clause.number !== needs || this.otherClauseBetween(clause, c)) return false;
    const expected = singularBase ?? thirdPersonSingular(verb.lower);
    this.report('joinedVerb', coordinator, v, expected, {
      subject: this.text.slice(clause.subject.start, clause.subject.end),
      firstVerb: clause.verb.text,
      number: clause.number,
    });
    return true;
  }

  private opensClause(i: number): boolean {
    const word = this.words[i] as Word;
    const previous = this.words[i - 1];
    if (word.sentenceStart || !previous) return true;
    return CLAUSE_OPENERS.has(previous.lower) || /[,;:(—–]/.test(this.text.slice(previous.end, word.start));
  }

  /** A base form is a finite verb, not a noun, when a clause or an object follows ("and add that…"). */
  private takesClause(v: number): boolean {
    const next = this.words[v + 1];
    return next !== undefined && this.adjacent(v, v + 1) && CLAUSE_VERB_OBJECTS.has(next.lower);
  }

  /** The first subject in the range with a verb that plainly agrees with it. */
  private firstClause(from: number, to: number): Clause | undefined {
    for (let k = from; k < to; k++) {
      if (this.isQuoted(k)) continue;
      const clause = this.clauseAt(k, to);
      if (clause) return clause;
    }
    return undefined;
  }

  private clauseAt(k: number, limit: number): Clause | undefined {
    const first = this.words[k] as Word;
    if (PLURAL_PRONOUNS.has(first.lower) || SINGULAR_PRONOUNS.has(first.lower)) {
      const number: GrammaticalNumber = PLURAL_PRONOUNS.has(first.lower) ? 'plural' : 'singular';
      return this.agreeingVerb(first, k, number, limit);
    }
    const opensNounPhrase =
      DETERMINERS.has(first.lower) || SINGULAR_DETERMINERS.has(first.lower) || PLURAL_DETERMINERS.has(first.lower) || NUMERALS.has(first.lower);
    if (opensNounPhrase) {
      for (let j = k + 1; j <= k + MAX_NOUN_PHRASE_WORDS && j < limit; j++) {
        const word = this.words[j] as Word;
        if (word.shape !== 'lower' || !this.adjacent(j - 1, j)) return undefined;
        const plural = isPluralNoun(word.lower);
        if (plural && SINGULAR_DETERMINERS.has(first.lower)) return undefined;
        if (!plural && (PLURAL_DETERMINERS.has(first.lower) || NUMERALS.has(first.lower))) continue;
        const clause = this.agreeingVerb({ start: first.start, end: word.end }, j, plural ? 'plural' : 'singular', limit);
        if (clause) return clause;
      }
      return undefined;
    }
    // A name: "Baldwin says", "Halyna Hutchins was".
    if (first.shape === 'capitalized' && !first.sentenceStart) {
      let j = k;
      while (j + 1 < limit && (this.words[j + 1] as Word).shape === 'capitalized' && this.adjacent(j, j + 1)) j++;
      return this.agreeingVerb({ start: first.start, end: (this.words[j] as Word).end }, j, 'singular', limit);
    }
    return undefined;
  }

  /** The verb right after the subject ending at word `last`, if its form shows it agrees with `number`. */
  private agreeingVerb(subject: Span, last: number, number: GrammaticalNumber, limit: number): Clause | undefined {
    const v = this.verbAfter(last);
    if (v === undefined || v >= limit) return undefined;
    const verb = this.words[v] as Word;
    const agrees =
      number === 'plural'
        ? BASE_FORMS.has(verb.lower) || PLURAL_TO_SINGULAR.has(verb.lower) || verb.lower === 'do'
        : BASE_OF.has(verb.lower) || SINGULAR_TO_PLURAL.has(verb.lower);
    return agrees ? { subject, verb, number, verbIndex: v } : undefined;
  }

  /**
   * Whether a clause of the other number, or one whose number can't be told, may stand between the
   * first verb and the coordinator: then the joined verb may belong to it ("They say the letter
   * shows it, and adds…", "They say Baldwin lied and insists…").
   */
  private otherClauseBetween(clause: Clause, c: number): boolean {
    for (let j = clause.verbIndex + 1; j < c; j++) {
      const word = this.words[j] as Word;
      const lower = word.lower;
      if (clause.number === 'plural') {
        if (SINGULAR_CLAUSE_STARTS.has(lower) || SINGULAR_TO_PLURAL.has(lower) || BASE_OF.has(lower)) return true;
        if (word.shape !== 'lower' && !word.isNumber) return true;
        if (this.mayOpenSingularClause(j)) return true;
      } else if (
        NON_FINITE_CUES.has(lower) ||
        PLURAL_CLAUSE_STARTS.has(lower) ||
        PLURAL_TO_SINGULAR.has(lower) ||
        isPluralNoun(lower)
      ) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the set fell", "the letter shows", "the old set": a determiner, a singular word and a word
   * that is neither a preposition nor a conjunction may be the subject of a clause and its verb;
   * "the fight for…" and "the industry," are not.
   */
  private mayOpenSingularClause(j: number): boolean {
    const determiner = this.words[j] as Word;
    if (!DETERMINERS.has(determiner.lower) && !SINGULAR_DETERMINERS.has(determiner.lower)) return false;
    const noun = this.words[j + 1];
    const next = this.words[j + 2];
    if (!noun || !next || !this.adjacent(j, j + 1) || !this.adjacent(j + 1, j + 2)) return false;
    return !isPluralNoun(noun.lower) && !CLAUSE_LINKS.has(next.lower);
  }

  /** The next word after `i` past any adverbs, if joined to it by spaces only. */
  private verbAfter(i: number): number | undefined {
    let v = i + 1;
    while (this.words[v] && MID_ADVERBS.has((this.words[v] as Word).lower) && this.adjacent(v - 1, v)) v++;
    return this.words[v] && this.adjacent(v - 1, v) && !this.isQuoted(v) ? v : undefined;
  }

  /** "did he say", "should she have", "you and he are", "insisted that he resign". */
  private invertedOrCompound(i: number): boolean {
    const previous = this.words[i - 1];
    return previous !== undefined && previous.sentence === (this.words[i] as Word).sentence && BEFORE_INVERTED_OR_COMPOUND.has(previous.lower);
  }

  /**
   * A subjunctive cue earlier in the sentence: "if he were", "I wish she were"; "the board
   * demanded he explain".
   */
  private cuedBefore(i: number, cues: ReadonlySet<string>): boolean {
    const sentence = (this.words[i] as Word).sentence;
    for (let j = i - 1; j >= 0 && (this.words[j] as Word).sentence === sentence; j--) {
      if (cues.has((this.words[j] as Word).lower)) return true;
    }
    return false;
  }

  private report(messageId: string, from: Span, v: number, expected: string, data: Record<string, string>): void {
    const verb = this.words[v] as Word;
    const span = { start: from.start, end: verb.end };
    this.ctx.report({
      span,
      messageId,
      data: { ...data, verb: verb.text, expected },
      suggestions: [this.text.slice(span.start, verb.start) + expected],
    });
  }

  private adjacent(a: number, b: number): boolean {
    const left = this.words[a];
    const right = this.words[b];
    if (!left || !right || left.sentence !== right.sentence) return false;
    return /^\s+$/.test(this.text.slice(left.end, right.start));
  }

  private isQuoted(i: number): boolean {
    return isWithin(this.words[i] as Word, this.quoted);
  }
}

/** An -s plural by its ending: "members", "crewmembers", but not "business", "status", "this". */
function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 3 && /s$/.test(lower) && !/(?:ss|us|is|ics|'s)$/.test(lower);
}
