/**
 * Words a careful writer does put twice in a row, each with the context that makes the double
 * grammatical and a real example. Everything not listed here is a typing slip when doubled.
 *
 * Not listed on purpose: "can" ("You can can also…" is a slip far more often than it is about
 * canning), "he" ("he he" is laughter only in transcripts), and numbers, which the rule skips.
 */

export type DoubleContext =
  /** A reduplication, said twice or more on purpose: "bye bye", "ha ha ha". */
  | 'always'
  /** Past perfect of "have": the second copy is the participle, so nothing verbal may follow. */
  | 'perfect'
  /**
   * The first copy closes a phrase and the second opens the next ("said that | that was", "like
   * that | that made him"): not before a determiner or pronoun, which leaves the second copy with
   * no role, and not between a preposition and a noun ("of that that community’s work").
   */
  | 'between-phrases'
  /** The second copy is the main verb after a "what …" clause. */
  | 'after-wh-clause'
  /** Emphatic auxiliary after its subject. */
  | 'after-subject-pronoun'
  /** An intensifier doubled for effect: kept in quoted speech, a slip in the writer's own copy. */
  | 'in-quotation';

export interface LegitimateDouble {
  context: DoubleContext;
  example: string;
}

export const LEGITIMATE_DOUBLES: ReadonlyMap<string, LegitimateDouble> = new Map([
  ['had', { context: 'perfect', example: 'the best exhibition they had had since the war' }],
  ['bye', { context: 'always', example: 'She waved bye bye from the car.' }],
  ['so', { context: 'always', example: 'The reviews were so so at best.' }],
  ['no', { context: 'always', example: 'No no, that is not what I meant.' }],
  ['yeah', { context: 'always', example: 'Yeah yeah, we have heard it before.' }],
  ['ha', { context: 'always', example: 'Ha ha, very funny.' }],
  ['ho', { context: 'always', example: 'Ho ho ho, said the man in the red suit.' }],
  ['tut', { context: 'always', example: 'Tut tut, the minister said.' }],
  ['tsk', { context: 'always', example: 'Tsk tsk, said the referee.' }],
  ['knock', { context: 'always', example: 'Knock knock jokes never die.' }],
  ['chop', { context: 'always', example: 'Chop chop, the coach shouted.' }],
  ['blah', { context: 'always', example: 'taxes, budgets, blah blah blah' }],
  ['yadda', { context: 'always', example: 'the usual yadda yadda about synergy' }],
  ['bang', { context: 'always', example: 'the film Bang bang was released in 2014' }],
  ['now', { context: 'always', example: 'Now now, there is no need for that.' }],
  ['there', { context: 'always', example: 'There there, it will be fine.' }],
  ['well', { context: 'always', example: 'Well well, look who is back.' }],
  ['hear', { context: 'always', example: 'Members shouted hear hear.' }],
  ['aye', { context: 'always', example: 'Aye aye, captain.' }],
  ['that', { context: 'between-phrases', example: 'He said that that was the end of it.' }],
  ['her', { context: 'between-phrases', example: 'They gave her her first contract at 17.' }],
  ['you', { context: 'between-phrases', example: 'I told you you would win.' }],
  ['is', { context: 'after-wh-clause', example: 'What it is is a tax on the poor.' }],
  ['was', { context: 'after-wh-clause', example: 'What it was was a failure of nerve.' }],
  ['does', { context: 'after-wh-clause', example: 'What he does does matter.' }],
  ['did', { context: 'after-wh-clause', example: 'What she did did help.' }],
  ['do', { context: 'after-subject-pronoun', example: 'They do do their homework, mostly.' }],
  ['very', { context: 'in-quotation', example: '“It was very very hard,” she said.' }],
  ['really', { context: 'in-quotation', example: '“I really really wanted it,” he said.' }],
  ['much', { context: 'in-quotation', example: '“It is much much bigger,” he said.' }],
  ['many', { context: 'in-quotation', example: '“Many many people came,” she said.' }],
]);

/** Words before which "that that", "her her" and "you you" cannot be two different parts of speech. */
// prettier-ignore
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'about', 'against', 'among', 'at', 'between', 'by', 'for', 'from', 'in', 'into', 'like', 'of', 'on', 'onto', 'over', 'through', 'to', 'toward', 'towards',
  'under', 'upon', 'with', 'without',
]);

/** What cannot follow "had had": "they had had been told" has one "had" too many. */
export const AFTER_PERFECT_SLIP: ReadonlySet<string> = new Set(['been', 'had', 'have', 'has', 'be', 'being']);

/**
 * Words that show a clause's verb: after "like that that", a verb makes the second "that" a
 * relative pronoun ("things like that that made him"), where a noun would leave it a slip ("of that
 * that community’s work"). Auxiliaries and common irregular past forms; "-ed" forms are read by
 * their ending.
 */
// prettier-ignore
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'made', 'makes', 'gave',
  'took', 'got', 'went', 'came', 'kept', 'left', 'led', 'brought', 'meant', 'felt', 'told', 'said', 'saw', 'put', 'set', 'won', 'lost', 'built', 'sent', 'ran',
  'held', 'became', 'began', 'seems', 'seemed',
]);

/** Words that cannot follow "that that": "noted that that the jobs…" has one "that" too many. */
// prettier-ignore
export const DETERMINERS_AND_PRONOUNS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'my', 'your', 'his', 'its', 'our', 'their', 'i', 'he', 'she', 'we', 'they', 'it',
]);

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'who']);

/** Words that open the "what it is" clause of "what it is is …" within a few words. */
export const WH_WORDS: ReadonlySet<string> = new Set(['what', 'whatever', 'all']);

/**
 * Words coordinated with themselves for emphasis ("more and more", "again and again",
 * "on and on"): a list that ends "… and more and more" is not a repeated list ending.
 */
// prettier-ignore
export const REDUPLICATING_WORDS: ReadonlySet<string> = new Set([
  'again', 'around', 'back', 'better', 'by', 'down', 'far', 'fewer', 'further', 'less', 'more', 'on', 'out', 'over', 'round', 'through', 'up', 'worse',
]);

/**
 * Words that join a word to itself in a set phrase: "back to back", "side by side", "word for
 * word", "day after day", "stronger and stronger". "X to X to" is that phrase and the next one
 * starting, not a phrase typed twice.
 */
export const LINKING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'by', 'for', 'after', 'upon']);

/**
 * Verbs whose object and complement can be the same phrase: "what makes a city a city",
 * "call a spade a spade".
 */
// prettier-ignore
export const OBJECT_COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  'make', 'makes', 'made', 'making', 'call', 'calls', 'called', 'calling', 'consider', 'considers', 'considered', 'keep', 'keeps', 'kept',
]);

/**
 * Adjective endings. An adjective joined to itself ("dangerous and dangerous") has no emphatic
 * reading, unlike nouns and verbs ("songs or songs", "talked and talked"), so "X and X" is only
 * flagged for these.
 */
export const ADJECTIVE_SUFFIXES: readonly string[] = ['able', 'ible', 'al', 'ful', 'ic', 'ical', 'ish', 'ive', 'less', 'ous', 'ant', 'ent', 'ary'];
