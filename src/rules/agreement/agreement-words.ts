/**
 * The words the agreement rule reasons with. Lower case, apostrophes folded to '.
 */

/**
 * Verbs of saying, thinking and seeming, as they follow a subject in news copy, in the base
 * form. Only verbs whose -s form is never a noun are listed: "claims", "notes", "fears", "hopes",
 * "plans", "reports", "states", "calls", "replies", "remains" and "suspects" are plural nouns as
 * often as verbs ("rumours and claims that…"), so a phrase with them proves nothing.
 */
// prettier-ignore
export const CLAUSE_VERBS: readonly string[] = [
  'accept', 'accuse', 'acknowledge', 'add', 'admit', 'agree', 'allege', 'apologise', 'apologize', 'appear', 'argue', 'ask', 'assert', 'assume', 'believe',
  'blame', 'complain', 'conclude', 'concede', 'condemn', 'confirm', 'contend', 'continue', 'criticise', 'criticize', 'declare', 'defend', 'deny', 'describe',
  'disagree', 'emphasise', 'emphasize', 'expect', 'explain', 'feel', 'go', 'insist', 'intend', 'know', 'maintain', 'mention', 'observe', 'oppose', 'predict',
  'realise', 'realize', 'recognise', 'recognize', 'refuse', 'reject', 'respond', 'reveal', 'say', 'seem', 'speculate', 'suggest', 'tell', 'testify', 'think',
  'understand', 'warn', 'write',
];

/** The present tense of "be", "have" and "do" by number: singular form → plural form. */
export const SINGULAR_TO_PLURAL: ReadonlyMap<string, string> = new Map([
  ['is', 'are'],
  ['was', 'were'],
  ['has', 'have'],
  ['does', 'do'],
  ["isn't", "aren't"],
  ["wasn't", "weren't"],
  ["hasn't", "haven't"],
  ["doesn't", "don't"],
]);

/** Plural forms after "he" or "she", with their singular: "he were" → "he was". */
export const PLURAL_TO_SINGULAR: ReadonlyMap<string, string> = new Map([
  ['are', 'is'],
  ['were', 'was'],
  ['have', 'has'],
  ["aren't", "isn't"],
  ["weren't", "wasn't"],
  ["haven't", "hasn't"],
  ["don't", "doesn't"],
]);

/**
 * Subject pronouns by the verb forms they take: "I am", "you are", "it is". "You" and "it" are also
 * objects ("those who made it are"), so they are checked only where an object can't stand; "I" is
 * also a numeral ("World War I").
 */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'singular' | 'plural' | 'first'> = new Map([
  ['i', 'first'],
  ['you', 'plural'],
  ['we', 'plural'],
  ['they', 'plural'],
  ['he', 'singular'],
  ['she', 'singular'],
  ['it', 'singular'],
]);

/**
 * The pronouns that may be the subject shared by two joined verbs. "I", "you" and "it" are left
 * out: each is also an object or a numeral.
 */
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);
export const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
/** Pronouns that are also objects: an object after a verb or preposition is no subject. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['you', 'it']);

/**
 * Verbs that take a clause without "that", so a pronoun after them is a subject: "he said it
 * were…", "I think you is…".
 */
// prettier-ignore
export const ZERO_THAT_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'know', 'knows', 'knew', 'feel', 'feels', 'felt', 'hope', 'hopes',
  'hoped', 'fear', 'fears', 'feared', 'suspect', 'suspects', 'suspected', 'guess', 'reckon', 'reckons', 'reckoned', 'suppose', 'claim', 'claims', 'claimed',
  'argue', 'argues', 'argued', 'admit', 'admits', 'admitted', 'add', 'adds', 'added', 'warn', 'warns', 'warned', 'realise', 'realised', 'realize', 'realized',
  'insist', 'insists', 'insisted', 'mean', 'means', 'meant', 'noticed', 'found', 'finds', 'show', 'shows', 'showed', 'shown', 'suggest', 'suggests',
  'suggested', 'expect', 'expects', 'expected', 'seem', 'seems', 'seemed',
]);

/** Modals that also have a base-form verb use: "he need not", "she dare not". */
export const SEMI_MODALS: ReadonlySet<string> = new Set(['need', 'dare']);

/** Words before "he"/"she" that make the pronoun and its verb an inverted question or a compound subject. */
// prettier-ignore
export const BEFORE_INVERTED_OR_COMPOUND: ReadonlySet<string> = new Set([
  'and', 'or', 'nor', 'did', 'does', 'do', "didn't", "doesn't", 'would', 'could', 'should', 'will', 'can', 'might', 'must', 'may', 'shall', 'had', 'has',
  'have', 'is', 'was', 'were', 'are', "wouldn't", "couldn't", "shouldn't", "won't", "can't", 'lest',
]);

/**
 * Words that put a clause in the subjunctive, where "he were" is right: "if he were", "as though
 * she were", "I wish he were", "as it were".
 */
// prettier-ignore
export const SUBJUNCTIVE_CUES: ReadonlySet<string> = new Set([
  'if', 'though', 'wish', 'wishes', 'wished', 'rather', 'suppose', 'supposing', 'imagine', 'unless', 'whether',
]);

/**
 * Verbs and adjectives that put the clause after them in the subjunctive, where a base form is
 * right: "the board demanded he explain", "it is vital that she resign".
 */
// prettier-ignore
export const MANDATIVE_CUES: ReadonlySet<string> = new Set([
  'demand', 'demanded', 'demands', 'insist', 'insisted', 'insists', 'ask', 'asked', 'asks', 'urge', 'urged', 'urges', 'recommend', 'recommended', 'recommends',
  'suggest', 'suggested', 'suggests', 'propose', 'proposed', 'proposes', 'require', 'required', 'requires', 'request', 'requested', 'order', 'ordered',
  'important', 'essential', 'vital', 'necessary', 'imperative', 'crucial',
]);

/** Words right before a subject that make its base form a subjunctive: "insisted that he resign". */
export const SUBJUNCTIVE_THAT: ReadonlySet<string> = new Set(['that', 'lest']);

/** Adverbs that may stand between a subject and its verb ("they also say", "but still insists"). */
// prettier-ignore
export const MID_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'still', 'always', 'never', 'often', 'now', 'just', 'even', 'then', 'only', 'later', 'already', 'sometimes', 'usually', 'further', 'nonetheless',
  'nevertheless', 'instead',
]);

/** Coordinators that join a second verb to a subject's first one. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'yet']);

/** Words that open a noun phrase without fixing its number ("the", "their") or that make it plural. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'their', 'our', 'your', 'his', 'her', 'its', 'my']);
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(['these', 'those', 'many', 'several', 'both', 'few', 'some', 'all', 'most', 'other']);
/**
 * Numbers make a noun plural too, but a measure phrase takes a singular verb ("Two weeks is a
 * long time"), so they only open a subject whose verb is plural already.
 */
// prettier-ignore
export const NUMERALS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands',
]);
export const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'a', 'an', 'each', 'every']);

/** Verbs that pass the subject of their clause on to an infinitive or a base form: a base verb after them is not finite. */
// prettier-ignore
export const NON_FINITE_CUES: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'did', 'do', 'does', "didn't", "don't", "doesn't", "won't", "wouldn't",
  "can't", "couldn't", "shouldn't", 'let', 'help', 'make', 'made',
]);

/** Plural nouns that do not end in -s. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'police']);

/** Words a clause of the other number may start with, between a subject's verb and a verb joined to it. */
export const SINGULAR_CLAUSE_STARTS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'who', 'which', 'this', 'there']);
export const PLURAL_CLAUSE_STARTS: ReadonlySet<string> = new Set(['they', 'we', 'who', 'which', 'these', 'those', 'there']);

/** What a finite base form is followed by when it is a verb ("and add that…", "but admit they…"). */
export const CLAUSE_VERB_OBJECTS: ReadonlySet<string> = new Set(['that', 'he', 'she', 'they', 'we', 'it', 'i', 'you']);

/** Words after which a new clause, and so a new subject, begins. */
// prettier-ignore
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'so', 'that', 'because', 'while', 'when', 'if', 'since', 'although', 'though', 'as', 'where', 'whereas', 'unless',
  // Sentence adverbs: "However, that budget…", "Perhaps the plan…".
  'however', 'therefore', 'meanwhile', 'moreover', 'furthermore', 'thus', 'hence', 'yet', 'perhaps', 'instead', 'indeed', 'now', 'then', 'today',
  // Verbs that take a clause without "that": "officials said those people were…".
  'said', 'says', 'say', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed',
]);

/**
 * Prepositions and conjunctions: after a noun phrase they show it is an object or a list item
 * ("the fight for…", "the set and…"), not the subject of a new clause.
 */
// prettier-ignore
export const CLAUSE_LINKS: ReadonlySet<string> = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'and', 'around', 'as', 'at', 'before', 'behind', 'below', 'beside', 'between', 'beyond',
  'but', 'by', 'despite', 'down', 'during', 'for', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'or', 'out', 'outside', 'over',
  'past', 'since', 'than', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'until', 'up', 'upon', 'with', 'within', 'without',
]);

/** Words that open a noun phrase as its subject: "the", "his", "these", "every". */
// prettier-ignore
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'each', 'every', 'another', 'many', 'several', 'both',
  'few', 'no',
]);

/** Words before a determiner that leave the number to the noun: "all the cities", "half their staff". */
export const PREDETERMINERS: ReadonlySet<string> = new Set(['all', 'both', 'half']);

/**
 * Nouns that name a part or an amount of what follows "of" (when "of" follows), where the verb agrees with that
 * ("a number of people are", "the rest of the money is", "a lot of things have"), or with either
 * ("a range of options is/are", "this kind of errors").
 */
// prettier-ignore
export const PARTITIVE_NOUNS: ReadonlySet<string> = new Set([
  'number', 'lot', 'lots', 'majority', 'minority', 'rest', 'remainder', 'bulk', 'couple', 'pair', 'host', 'range', 'handful', 'bunch', 'total', 'series',
  'variety', 'kind', 'sort', 'type', 'set', 'group', 'percentage', 'proportion', 'fraction', 'half', 'third', 'quarter', 'dozen', 'plenty', 'part', 'share',
  'portion', 'mix', 'array', 'selection', 'collection', 'combination', 'average', 'maximum', 'minimum', 'sum', 'body', 'crowd', 'swathe', 'raft', 'slew',
  'flurry',
]);

/**
 * Nouns English uses with a verb of either number: Latin plurals used as mass nouns ("the data
 * is/are"), nouns whose plural has no -s or whose singular has one ("the species is/are").
 */
// prettier-ignore
export const EITHER_NUMBER_NOUNS: ReadonlySet<string> = new Set([
  'data', 'media', 'criteria', 'agenda', 'series', 'species', 'means', 'headquarters', 'whereabouts', 'crossroads', 'barracks', 'offspring', 'aircraft',
  'sheep', 'fish', 'deer', 'personnel', 'police', 'staff', 'cattle', 'clergy', 'premises', 'odds', 'thanks',
]);

/** Quantifiers whose "of" phrase sets the number: "some of the cities are", "some of the money is". */
export const QUANTIFIERS_LIKE_THEIR_NOUN: ReadonlySet<string> = new Set(['some', 'most', 'all', 'half']);
/** Quantifiers that are plural whatever follows "of": "many of the staff are". */
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'several', 'both', 'few']);

/** Prepositions that attach a phrase to a subject noun: "the price of oil is", "the road to the mines is". */
// prettier-ignore
export const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'for', 'from', 'with', 'about', 'between', 'among', 'behind', 'inside', 'near', 'under', 'over', 'across', 'within', 'without',
  'around', 'against', 'to', 'by', 'beyond', 'outside', 'along',
]);

/** Partitive nouns that stand for their "of" phrase even without it: "the rest are", "the majority were". */
// prettier-ignore
export const ELLIPTICAL_PARTITIVES: ReadonlySet<string> = new Set([
  'rest', 'majority', 'minority', 'remainder', 'bulk', 'half', 'lot', 'lots', 'plenty', 'number', 'total', 'couple', 'pair', 'dozen', 'proportion',
  'percentage', 'fraction', 'third', 'quarter', 'handful', 'host',
]);

/**
 * Words after which two joined noun phrases are seldom a subject: "my respect for her as a person
 * and a writer is…", "from where a story and its sources come".
 */
export const NOT_BEFORE_COMPOUND_SUBJECT: ReadonlySet<string> = new Set(['as', 'where', 'than', 'like']);

/** Determiners that keep a compound subject singular: "each man and each woman has". */
export const DISTRIBUTIVES: ReadonlySet<string> = new Set(['each', 'every', 'no']);

/** Words ending in 's that are a word and "is" or "has", not a possessive: "It's", "There's". */
// prettier-ignore
export const CONTRACTIONS: ReadonlySet<string> = new Set([
  "it's", "he's", "she's", "that's", "there's", "here's", "what's", "who's", "where's", "when's", "how's", "why's", "let's", "this's", "one's",
]);

/** "one of the people who runs": after "one", usage of the verb's number is split. */
export const ONE_OF: ReadonlySet<string> = new Set(['one']);

/** Conjunctions that may join a noun phrase to an earlier one into a compound subject. */
export const COMPOUNDING: ReadonlySet<string> = new Set(['and', 'or', 'nor', '&']);

/** Prepositions that also open a clause, so a pronoun after them may be its subject: "except it has". */
export const CONJUNCTION_PREPOSITIONS: ReadonlySet<string> = new Set(['except', 'after', 'before', 'since', 'until', 'till', 'than', 'as', 'but', 'like']);

export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall']);
