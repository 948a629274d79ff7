import { isWithin, quotationSpans } from '../../core/quoted-speech.ts';
import type { BlockKind, Rule, RuleContext, Sentence, Span, Word } from '../../core/types.ts';
import {
  BEFORE_INVERTED_OR_COMPOUND,
  EITHER_NUMBER_NOUNS,
  COMPOUNDING,
  ONE_OF,
  CONTRACTIONS,
  DISTRIBUTIVES,
  ELLIPTICAL_PARTITIVES,
  NOT_BEFORE_COMPOUND_SUBJECT,
  CONJUNCTION_PREPOSITIONS,
  MODALS,
  NOUN_PHRASE_OPENERS,
  OBJECT_PRONOUNS,
  PARTITIVE_NOUNS,
  PLURAL_QUANTIFIERS,
  PREDETERMINERS,
  QUANTIFIERS_LIKE_THEIR_NOUN,
  SEMI_MODALS,
  SUBJECT_PREPOSITIONS,
  SUBJUNCTIVE_THAT,
  ZERO_THAT_VERBS,
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
  SUBJECT_PRONOUNS,
  SINGULAR_CLAUSE_STARTS,
  SINGULAR_DETERMINERS,
  SINGULAR_PRONOUNS,
  SINGULAR_TO_PLURAL,
  SUBJUNCTIVE_CUES,
} from './agreement-words.ts';
import { baseOf, isA, singularOf, thirdPersonSingular } from './word-classes.ts';
import meta from './meta.ts';

/** Headlines drop and bend verbs by design ("Baldwin, crew deny…"); they are not prose. */
const SKIPPED_BLOCKS: ReadonlySet<BlockKind> = new Set(['title', 'heading']);
/** How many words a noun phrase may run between its determiner and its verb ("the film’s crew members say"). */
const MAX_NOUN_PHRASE_WORDS = 3;
/** How many words a subject's noun phrase may run to, from its determiner to its noun. */
const MAX_SUBJECT_WORDS = 5;
/** How many prepositional phrases may stand between a subject's noun and its verb ("the price of oil in Europe is"). */
const MAX_PREPOSITIONAL_PHRASES = 2;
type GrammaticalNumber = 'singular' | 'plural';

/** A finite verb's form for each person; `first` is missing where "I" has no form ("I'm not"). */
interface FiniteForms {
  singular: string;
  plural: string;
  first?: string;
}

/** "be", "have" and "do", by any of their present or past forms. */
const AUXILIARY_FORMS: ReadonlyMap<string, FiniteForms> = new Map(
  [
    { singular: 'is', plural: 'are', first: 'am' },
    { singular: 'was', plural: 'were', first: 'was' },
    { singular: 'has', plural: 'have', first: 'have' },
    { singular: 'does', plural: 'do', first: 'do' },
    { singular: "isn't", plural: "aren't" },
    { singular: "wasn't", plural: "weren't", first: "wasn't" },
    { singular: "hasn't", plural: "haven't", first: "haven't" },
    { singular: "doesn't", plural: "don't", first: "don't" },
  ].flatMap((forms: FiniteForms) => [forms.singular, forms.plural, forms.first ?? ''].filter(Boolean).map((form) => [form, forms] as const)),
);

const BASE_OF: ReadonlyMap<string, string> = new Map(CLAUSE_VERBS.map((base) => [thirdPersonSingular(base), base]));
const BASE_FORMS: ReadonlySet<string> = new Set(CLAUSE_VERBS);

const rule: Rule = {
  meta: {
    ...meta,
    languages: ['en'],
    description: 'A verb whose number does not agree with its subject: “they was”, “he were”, “They add … but asserts”.',
    messages: {
      pronounVerb: '“{subject}” takes “{expected}”, not “{verb}”: the verb agrees with its subject',
      nounVerb: 'The subject “{subject}” is {number}, so its verb is “{expected}”, not “{verb}”',
      nounPrepositionVerb:
        'The subject is “{subject}”, which is {number}; “{nearest}” belongs to the phrase after it, so the verb is “{expected}”, not “{verb}”',
      compoundVerb: 'The subject “{subject}” names two things joined by “and”, so its verb is “{expected}”, not “{verb}”',
      relativeVerb: '“who” stands for “{noun}”, which is plural, so its verb is “{expected}”, not “{verb}”',
      quantifierVerb: 'The subject “{subject}” is {number}, so its verb is “{expected}”, not “{verb}”',
      joinedVerb: '“{verb}” has the same subject as “{firstVerb}” (“{subject}”), which is {number}: use “{expected}”',
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

/** A subject noun phrase: where it starts, its noun, and where it ends after any prepositional phrases. */
interface Subject {
  first: number;
  determiner: Word | undefined;
  head: number;
  number: GrammaticalNumber;
  hasNumeral: boolean;
  /** The last word before the verb: the noun there ("the price of these goods"). */
  last: number;
  /** Two noun phrases joined by "and". */
  compound: boolean;
}

/** A noun phrase: its last word, and its number when that word is a noun whose number is plain. */
interface NounPhrase {
  last: number;
  number: GrammaticalNumber | undefined;
  hasNumeral: boolean;
}

class AgreementChecker {
  private readonly text: string;
  private readonly words: readonly Word[];
  private quoted: Span[] = [];
  /** Words the article capitalises mid-sentence: names, never a bare plural subject. */
  private namesInText: Set<string> | undefined;

  constructor(private readonly ctx: RuleContext) {
    this.text = ctx.article.text;
    this.words = ctx.parse.words;
  }

  check(): void {
    let quotedBlock = -1;
    for (const sentence of this.ctx.parse.sentences) {
      const block = this.ctx.article.blocks[sentence.block];
      if (!block || SKIPPED_BLOCKS.has(block.kind)) continue;
      if (quotedBlock !== sentence.block) {
        this.quoted = quotationSpans(this.text, block);
        quotedBlock = sentence.block;
      }
      for (let i = sentence.firstWord; i < sentence.endWord; i++) {
        if (this.isQuoted(i)) continue;
        this.pronounVerb(i) || this.quantifierVerb(i) || this.nounPhraseVerb(i) || this.relativeVerb(i) || this.joinedVerb(i, sentence);
      }
    }
  }

  /** "they was", "we has", "they wants", "I has", "you is"; "he were", "it require", "she don't". */
  private pronounVerb(i: number): boolean {
    const subject = this.words[i] as Word;
    const person = SUBJECT_PRONOUNS.get(subject.lower);
    if (person === undefined || this.invertedOrCompound(i) || !this.maySubject(i)) return false;
    const v = this.verbAfter(i);
    if (v === undefined) return false;
    const verb = this.words[v] as Word;
    if (verb.shape !== 'lower') return false;
    const forms = finiteForms(verb.lower, 'pronoun');
    const expected = forms?.[person];
    if (!forms || expected === undefined || expected === verb.lower) return false;
    if (person !== 'plural' && this.subjunctive(i, v, forms)) return false;
    this.flag('pronounVerb', subject, v, expected, { subject: subject.text });
    return true;
  }

  /**
   * Whether the pronoun at `i` can be a subject: "I" after a name is a numeral ("World War I"),
   * "it" and "you" after a verb or a preposition are its object ("those who made it are", "what
   * I tell you is") — unless the verb takes a clause without "that" ("he said it were") or the
   * preposition is also a conjunction ("except it have").
   */
  private maySubject(i: number): boolean {
    const pronoun = this.words[i] as Word;
    const previous = this.words[i - 1];
    if (!previous || previous.sentence !== pronoun.sentence || !this.adjacent(i - 1, i)) return true;
    if (pronoun.lower === 'i') return previous.shape === 'lower' && !previous.isNumber;
    if (!OBJECT_PRONOUNS.has(pronoun.lower) || ZERO_THAT_VERBS.has(previous.lower)) return true;
    if (isA('prepositions', previous.lower)) return CONJUNCTION_PREPOSITIONS.has(previous.lower);
    return !isA('verbs', previous.lower) && !/..(?:ing|ed)$/.test(previous.lower);
  }

  /**
   * A singular subject with a plural form that is right in the subjunctive: "if he were", "as
   * it were", "the board insisted that he resign", "he need not".
   */
  private subjunctive(i: number, v: number, forms: FiniteForms): boolean {
    const verb = (this.words[v] as Word).lower;
    if (verb === 'were' || verb === "weren't") {
      const previous = this.words[i - 1];
      return this.cuedBefore(i, SUBJUNCTIVE_CUES) || previous?.lower === 'as';
    }
    // Only a base form is a subjunctive ("that he resign", "that she have"); "are" and "don't" never are.
    if (verb !== forms.plural || verb === 'are' || verb.endsWith("n't")) return false;
    const previous = this.words[i - 1];
    if (previous !== undefined && SUBJUNCTIVE_THAT.has(previous.lower)) return true;
    if (SEMI_MODALS.has(verb)) return true;
    return this.cuedBefore(i, MANDATIVE_CUES);
  }

  /**
   * "These cities is", "the cases appears", "His wife have", "the price of these goods are",
   * "Sales of the device has", "the bank and the insurer is": a noun phrase opening a clause,
   * any phrases after its noun that start with a preposition, and the verb. The noun sets the
   * number, not the nearest word.
   */
  private nounPhraseVerb(i: number): boolean {
    const subject = this.subjectAt(i);
    if (!subject) return false;
    const v = this.verbAfter(subject.last);
    if (v === undefined) return false;
    const forms = this.finiteAfterNoun(v);
    const verb = this.words[v] as Word;
    const expected = forms?.[subject.number];
    if (!forms || expected === undefined || expected === verb.lower) return false;
    const head = this.words[subject.head] as Word;
    if (subject.number === 'singular' && !this.singularSubjectTakesSingular(subject, v, forms)) return false;
    if (subject.number === 'plural' && !subject.compound && !this.pluralSubjectTakesPlural(subject)) return false;
    if (this.invertedComplement(v)) return false;
    const first = this.words[subject.first] as Word;
    const data = { subject: this.text.slice(first.start, head.end), number: subject.number, nearest: (this.words[subject.last] as Word).text };
    const messageId = subject.compound ? 'compoundVerb' : subject.last === subject.head ? 'nounVerb' : 'nounPrepositionVerb';
    this.flag(messageId, subject.compound ? first : head, v, expected, data);
    return true;
  }

  /** The subject opening a clause at `i`, if its noun's number is plain. */
  private subjectAt(i: number): Subject | undefined {
    const word = this.words[i] as Word;
    const mayOpen =
      NOUN_PHRASE_OPENERS.has(word.lower) || PREDETERMINERS.has(word.lower) || isNamePossessive(word) || (word.sentenceStart && word.shape === 'capitalized');
    if (!mayOpen || !this.opensClause(i)) return undefined;
    let d = i;
    const next = this.words[i + 1];
    if (PREDETERMINERS.has(word.lower) && next && NOUN_PHRASE_OPENERS.has(next.lower) && this.adjacent(i, i + 1)) d = i + 1;
    const determiner = this.words[d] as Word;
    let phrase: NounPhrase | undefined;
    if (isNamePossessive(determiner) || (NOUN_PHRASE_OPENERS.has(determiner.lower) && (determiner.shape === 'lower' || determiner.sentenceStart))) {
      if (this.adjacent(d, d + 1)) phrase = this.nounPhrase(d + 1, false);
    } else if (this.bareSentenceSubject(i)) {
      phrase = this.nounPhrase(i, false, true);
      if (phrase?.number !== 'plural') return undefined;
    }
    if (!phrase || phrase.number === undefined) return undefined;
    const head = this.words[phrase.last] as Word;
    const subject: Subject = {
      first: i,
      determiner: d === i && !NOUN_PHRASE_OPENERS.has(determiner.lower) ? undefined : determiner,
      head: phrase.last,
      number: phrase.number,
      hasNumeral: phrase.hasNumeral,
      last: phrase.last,
      compound: false,
    };
    const partitive = PARTITIVE_NOUNS.has(singularOf(head.lower) ?? head.lower);
    if (partitive && (this.words[phrase.last + 1]?.lower === 'of' || ELLIPTICAL_PARTITIVES.has(head.lower))) return undefined;
    const compound = this.compoundWith(subject);
    if (compound) return compound;
    for (let p = 0; p < MAX_PREPOSITIONAL_PHRASES; p++) {
      const last = subject.last;
      const preposition = this.words[last + 1];
      if (!preposition || !this.adjacent(last, last + 1) || !SUBJECT_PREPOSITIONS.has(preposition.lower)) break;
      const start = NOUN_PHRASE_OPENERS.has((this.words[last + 2] as Word | undefined)?.lower ?? '') ? last + 3 : last + 2;
      if (!this.adjacent(last + 1, last + 2) || !this.adjacent(start - 1, start)) return undefined;
      const object = this.nounPhrase(start, true);
      // "Another way to further reduce…": no noun, no prepositional phrase.
      if (!object || (object.number === undefined && (this.words[object.last] as Word).shape === 'lower')) return undefined;
      subject.last = object.last;
    }
    return subject;
  }

  /**
   * "The bank and the insurer": two noun phrases, each with its determiner, joined by "and" make a
   * plural subject. Without a second determiner it may be one thing ("the chairman and chief
   * executive is"); "each" and "every" keep it singular.
   */
  private compoundWith(first: Subject): Subject | undefined {
    const and = this.words[first.last + 1];
    const determiner = this.words[first.last + 2];
    if (!and || and.lower !== 'and' || !determiner || !this.adjacent(first.last, first.last + 1)) return undefined;
    if (!this.adjacent(first.last + 1, first.last + 2) || !this.adjacent(first.last + 2, first.last + 3)) return undefined;
    if (!first.determiner || !NOUN_PHRASE_OPENERS.has(determiner.lower)) return undefined;
    if (NOT_BEFORE_COMPOUND_SUBJECT.has(this.words[first.first - 1]?.lower ?? '')) return undefined;
    if (DISTRIBUTIVES.has(first.determiner.lower) || DISTRIBUTIVES.has(determiner.lower)) return undefined;
    const second = this.nounPhrase(first.last + 3, false);
    if (!second?.number) return undefined;
    return { ...first, head: second.last, last: second.last, number: 'plural', compound: true };
  }

  /**
   * A plural noun opening a sentence without a determiner ("Sales of the device has doubled",
   * "Local residents says") —
   * unless the article uses the word as a name elsewhere ("Gates said", "Bill Gates").
   */
  private bareSentenceSubject(i: number): boolean {
    const word = this.words[i] as Word;
    if (!word.sentenceStart || word.shape !== 'capitalized') return false;
    if (!isA('pluralNouns', word.lower) && !isA('adjectives', word.lower)) return false;
    if (!this.namesInText) {
      this.namesInText = new Set(this.words.filter((w) => !w.sentenceStart && w.shape === 'capitalized').map((w) => w.lower));
    }
    return !this.namesInText.has(word.lower);
  }

  /**
   * The forms of the verb at `v` after a noun. A word that is as often a plural noun as a verb
   * ("shows", "results") is a verb when a clause or an object follows it ("the figures shows that").
   */
  private finiteAfterNoun(v: number): FiniteForms | undefined {
    const verb = this.words[v] as Word;
    if (verb.shape !== 'lower') return undefined;
    const forms = finiteForms(verb.lower, 'noun');
    if (forms) return forms;
    const next = this.words[v + 1];
    const objectFollows = next !== undefined && this.adjacent(v, v + 1) && (CLAUSE_VERB_OBJECTS.has(next.lower) || NOUN_PHRASE_OPENERS.has(next.lower));
    return objectFollows && isA('thirdPersonForms', verb.lower) ? finiteForms(verb.lower, 'pronoun') : undefined;
  }

  /**
   * Where English allows a plural verb after a singular noun: a group in British copy ("the
   * government have"), a compound subject ("the president and his wife are"), a subjunctive ("if
   * the price were lower"), a determiner that disagrees with its noun ("these sheep"); and where
   * the "verb" is a noun ("the unit sell could…", "a web transform stream").
   */
  private singularSubjectTakesSingular(subject: Subject, v: number, forms: FiniteForms): boolean {
    const head = this.words[subject.head] as Word;
    const d = subject.first;
    if (isA('groupNouns', head.lower) || PLURAL_DETERMINERS.has(subject.determiner?.lower ?? '')) return false;
    if (this.subjunctive(d, v, forms)) return false;
    // "The failure to deliver or the supply of goods were…": after "and"/"or" the noun phrase may
    // be the last of a compound subject, whose start is hard to see without a parser.
    const conjunction = this.words[d - 1];
    if (conjunction && COMPOUNDING.has(conjunction.lower)) return false;
    // "the unit sell could fetch £350m", "a web transform stream": a base form followed by a modal
    // or a noun is itself a noun.
    const next = this.words[v + 1];
    if (forms.plural !== (this.words[v] as Word).lower || !next || !this.adjacent(v, v + 1) || AUXILIARY_FORMS.has(forms.plural)) return true;
    return !MODALS.has(next.lower) && (next.shape !== 'lower' || (nounNumber(next.lower) === undefined && !isA('adjectives', next.lower)));
  }

  /**
   * Where English allows a singular verb after a plural noun: a measure ("two years is a long
   * time", "the last five years has"), a determiner that disagrees with its noun ("a means").
   */
  private pluralSubjectTakesPlural({ determiner, head, hasNumeral }: Subject): boolean {
    const lower = determiner?.lower ?? '';
    if (hasNumeral || SINGULAR_DETERMINERS.has(lower) || lower === 'another') return false;
    const noun = (this.words[head] as Word).lower;
    return !isA('measureNouns', singularOf(noun) ?? noun);
  }

  /**
   * "Another bright spot are these comments": a complement put first, and the subject after the
   * verb. A form of "be" followed by a plural noun phrase may agree with that.
   */
  private invertedComplement(v: number): boolean {
    const verb = this.words[v] as Word;
    const next = this.words[v + 1];
    if (!next || !this.adjacent(v, v + 1) || (verb.lower !== 'are' && verb.lower !== 'were')) return false;
    return PLURAL_DETERMINERS.has(next.lower) || NUMERALS.has(next.lower) || next.isNumber;
  }

  /**
   * "Customers who buys online": "who" takes the number of the noun it follows. Only a plural
   * noun and a singular verb are checked; "one of the people who runs" is left alone (usage is
   * split), and so is a group noun ("the team who are").
   */
  private relativeVerb(i: number): boolean {
    const who = this.words[i] as Word;
    const noun = this.words[i - 1];
    if (who.lower !== 'who' || !noun || (noun.shape !== 'lower' && !noun.sentenceStart) || !this.adjacent(i - 1, i)) return false;
    if (nounNumber(noun.lower) !== 'plural' || this.cuedBefore(i, ONE_OF)) return false;
    const v = this.verbAfter(i);
    if (v === undefined) return false;
    const verb = this.words[v] as Word;
    const forms = this.finiteAfterNoun(v);
    if (!forms || verb.lower !== forms.singular || forms.plural === forms.singular) return false;
    this.flag('relativeVerb', noun, v, forms.plural, { noun: noun.text });
    return true;
  }

  /**
   * "Some of his positions was", "one of the reasons are": a quantifier and its "of" phrase.
   * "some", "most", "all" and "half" take the number of the noun after "of"; "many", "several",
   * "both" and "few" are plural, "one" singular.
   */
  private quantifierVerb(i: number): boolean {
    const quantifier = this.words[i] as Word;
    const lower = quantifier.lower;
    const likeNoun = QUANTIFIERS_LIKE_THEIR_NOUN.has(lower);
    if (!likeNoun && !PLURAL_QUANTIFIERS.has(lower) && lower !== 'one') return false;
    if ((this.words[i + 1] as Word | undefined)?.lower !== 'of' || !this.adjacent(i, i + 1) || !this.opensClause(i)) return false;
    const next = this.words[i + 2];
    if (!next || !this.adjacent(i + 1, i + 2)) return false;
    let object: NounPhrase | undefined;
    if (next.lower === 'them' || next.lower === 'us') object = { last: i + 2, number: 'plural', hasNumeral: false };
    else if (NOUN_PHRASE_OPENERS.has(next.lower)) object = this.nounPhrase(i + 3, false);
    if (!object?.number) return false;
    const number: GrammaticalNumber = likeNoun ? object.number : lower === 'one' ? 'singular' : 'plural';
    const v = this.verbAfter(object.last);
    if (v === undefined) return false;
    const verb = this.words[v] as Word;
    const forms = verb.shape === 'lower' ? finiteForms(verb.lower, 'noun') : undefined;
    const expected = forms?.[number];
    if (!forms || expected === undefined || expected === verb.lower) return false;
    const object_ = this.words[object.last] as Word;
    this.flag('quantifierVerb', quantifier, v, expected, {
      subject: this.text.slice(quantifier.start, object_.end),
      number,
    });
    return true;
  }

  /**
   * The noun phrase from `from` up to its noun, if a noun ends it: adjectives, nouns, numbers and
   * possessives ("the company’s two biggest shareholders"). Names stop a subject (its number is
   * the name's business: "the Beatles are") but may stand in the object of a preposition.
   */
  private nounPhrase(from: number, allowNames: boolean, opensSentence = false): NounPhrase | undefined {
    let hasNumeral = false;
    let nounAfterDeterminer = false;
    let last: number | undefined;
    for (let j = from; j < from + MAX_SUBJECT_WORDS && j < this.words.length; j++) {
      const word = this.words[j] as Word;
      if (j > from && !this.adjacent(j - 1, j)) break;
      if (this.isQuoted(j)) return undefined;
      const lower = word.lower;
      if (word.isNumber || NUMERALS.has(lower)) {
        hasNumeral = true;
        last = j;
        continue;
      }
      if (word.shape !== 'lower' && !(opensSentence && j === from && word.shape === 'capitalized')) {
        if (!allowNames) return undefined;
        last = j;
        continue;
      }
      if (AUXILIARY_FORMS.has(lower) || isA('thirdPersonVerbs', lower)) break;
      const core = lower.slice(lower.lastIndexOf('-') + 1);
      // Right after a determiner a verb's base form is a noun: "the fix", "a cut".
      if (j === from && isA('baseForms', core) && !isA('adjectives', core)) {
        last = j;
        nounAfterDeterminer = true;
        continue;
      }
      if (isA('pureBaseVerbs', lower)) break;
      if (/'s?$/.test(lower) || nounNumber(core) !== undefined || isA('adjectives', core)) {
        last = j;
        continue;
      }
      break;
    }
    if (last === undefined) return undefined;
    const lastWord = this.words[last] as Word;
    const core = lastWord.lower.slice(lastWord.lower.lastIndexOf('-') + 1);
    if (lastWord.shape !== 'lower' && !(opensSentence && last === from)) return { last, number: undefined, hasNumeral };
    return { last, number: last === from && nounAfterDeterminer ? 'singular' : nounNumber(core), hasNumeral };
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
    this.flag('joinedVerb', coordinator, v, expected, {
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
      } else if (NON_FINITE_CUES.has(lower) || PLURAL_CLAUSE_STARTS.has(lower) || PLURAL_TO_SINGULAR.has(lower) || isPluralNoun(lower)) {
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

  private flag(messageId: string, from: Span, v: number, expected: string, data: Record<string, string>): void {
    const verb = this.words[v] as Word;
    const span = { start: from.start, end: verb.end };
    // Keep the writer's apostrophe: "don’t" → "doesn’t".
    if (verb.text.includes('’')) expected = expected.replace(/'/g, '’');
    this.ctx.flag({
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

/**
 * The forms of a finite verb, if `word` is one whose number shows. After a pronoun, where nouns
 * seldom stand, any word used as a verb counts ("they plays"); after a noun only the words that
 * are seldom anything else ("the cases appears", but not "the company plans").
 */
function finiteForms(word: string, after: 'pronoun' | 'noun'): FiniteForms | undefined {
  const auxiliary = AUXILIARY_FORMS.get(word);
  if (auxiliary) return auxiliary;
  if (isA(after === 'pronoun' ? 'thirdPersonForms' : 'thirdPersonVerbs', word)) {
    const base = baseOf(word);
    return base === undefined ? undefined : { singular: word, plural: base, first: base };
  }
  if (isA(after === 'pronoun' ? 'baseForms' : 'pureBaseVerbs', word)) {
    return { singular: thirdPersonSingular(word), plural: word, first: word };
  }
  return undefined;
}

/** A name's possessive opens a noun phrase like a determiner: "Apple's profits"; "It's", "That's" are not. */
function isNamePossessive(word: Word): boolean {
  return word.shape === 'capitalized' && /'s$/.test(word.lower) && !CONTRACTIONS.has(word.lower);
}

/**
 * A noun's number when it is plain: "wife", "cities", "smartphones" (an -s form of a known noun).
 * Nouns English uses with either number ("data", "series", "politics") have none.
 */
function nounNumber(lower: string): GrammaticalNumber | undefined {
  if (EITHER_NUMBER_NOUNS.has(lower) || /ics$/.test(lower)) return undefined;
  if (isA('pluralNouns', lower)) return 'plural';
  if (isA('singularNouns', lower)) return 'singular';
  if (isA('adjectives', lower) || isA('thirdPersonForms', lower)) return undefined;
  // "rankings", "findings": nouns made from verbs, too recent or rare for the corpus.
  return singularOf(lower) !== undefined || /..ings$/.test(lower) ? 'plural' : undefined;
}

/** An -s plural by its ending: "members", "crewmembers", but not "business", "status", "this". */
function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 3 && /s$/.test(lower) && !/(?:ss|us|is|ics|'s)$/.test(lower);
}
