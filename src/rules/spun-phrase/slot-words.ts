/**
 * Closed-class words that tell where a noun phrase ends. After "of brilliant and" a determiner or
 * a pronoun ("and its areas", "and the rest") opens a new phrase, so "brilliant" had to be the head
 * of its own phrase; an adjective or a noun ("of public and private money") would mean it was
 * only a modifier waiting for its noun.
 */
// prettier-ignore
export const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  // determiners and possessives
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'some', 'any', 'each', 'every', 'no',
  // pronouns
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them',
  // relative and question words
  'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'while', 'because', 'although', 'though', 'if',
  // prepositions
  'at', 'by', 'for', 'from', 'in', 'into', 'on', 'to', 'with', 'without',
]);

/**
 * Prepositions that start a phrase of their own right after a noun phrase ("a lack of confident
 * in the team"). "of" and "to" are left out: "of capable of" and "of eligible to vote" read as
 * an adjective with its complement as often as a misplaced head.
 */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'by', 'for', 'from', 'in', 'into', 'on', 'with', 'without']);

export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but']);

/**
 * Adjectives that do stand alone after "of": fixed phrases ("of late", "of old", "of yore") and
 * quantifiers that head a phrase ("one of few", "of little use", "of more").
 */
// prettier-ignore
export const STANDALONE_AFTER_OF: ReadonlySet<string> = new Set([
  'late', 'old', 'yore', 'little', 'much', 'many', 'few', 'fewer', 'more', 'most', 'less', 'least', 'several', 'enough', 'plenty', 'all', 'both', 'each',
  'either', 'neither', 'own',
]);

/**
 * Nouns of a plea or a verdict: the "of" after them introduces what was pleaded or found, which
 * courts and court reporting give as the adjective itself ("a plea of guilty", "a verdict of not
 * guilty", "a finding of insane"), so the adjective stands there as it would after "pleaded".
 */
// prettier-ignore
export const VERDICT_NOUNS: ReadonlySet<string> = new Set([
  'plea', 'pleas', 'verdict', 'verdicts', 'finding', 'findings', 'judgment', 'judgement', 'judgments', 'judgements', 'ruling', 'rulings', 'declaration',
  'declarations',
]);

/** The places a caption points to: "Baldwin, pictured above, stepping out …". */
export const CAPTION_DIRECTIONS: ReadonlySet<string> = new Set(['above', 'below', 'left', 'right']);

export const CAPTION_COPULAS: ReadonlySet<string> = new Set(['is', 'are']);
