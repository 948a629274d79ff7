/**
 * Words around a capitalised token that say it names a person. Lower-case; titles without
 * their full stop ("Mr." is matched as "mr").
 */

/**
 * Titles, offices and kinship terms written directly before a name: "Mr. Obama", "Senator James
 * Lankford", "Aunt Miranda".
 */
// prettier-ignore
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'pastor', 'rabbi', 'imam',
  'bishop', 'cardinal', 'pope', 'sheikh', 'president', 'vice-president', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'gov',
  'governor', 'mayor', 'councillor', 'councilman', 'councilwoman', 'minister', 'premier', 'chancellor', 'secretary', 'ambassador', 'commissioner', 'justice',
  'judge', 'king', 'queen', 'prince', 'princess', 'emperor', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt',
  'major', 'admiral', 'officer', 'detective', 'inspector', 'constable', 'agent', 'coach', 'chairman', 'chairwoman', 'ceo', 'spokesman', 'spokeswoman',
  'spokesperson', 'aunt', 'auntie', 'uncle', 'cousin', 'brother', 'sister', 'grandma', 'grandpa', 'granny',
]);

/** Verbs of saying that follow a speaker ("Hutchins said") or precede one ("said Michaels"). */
// prettier-ignore
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'explained', 'explains', 'wrote', 'writes', 'noted', 'notes', 'argued', 'argues',
  'recalled', 'recalls', 'replied', 'insisted', 'insists', 'admitted', 'admits', 'acknowledged', 'warned', 'warns', 'tweeted', 'stated', 'claimed', 'claims',
  'continued', 'suggested', 'suggests', 'believes', 'thinks',
]);

/** Words after which a capitalised noun names a thing, not a person: "the Court", "a Ford". */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Words that introduce a place rather than a person: "in Northland", "eastern Tuva". */
// prettier-ignore
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'into', 'across', 'throughout', 'inside', 'outside', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east',
  'west',
]);

/**
 * Lower-case particles inside a surname: "Marco dal Ponte", "Ludwig van Beethoven". The given name
 * stands before the particle.
 */
// prettier-ignore
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'da', 'dal', 'dalla', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'dos', 'du', 'la', 'le', 'ter', 'van', 'von', 'zu', 'bin', 'ibn', 'al', 'el',
]);

/**
 * What comes before a name in a credit line, up to the name: "Photo: Jon Smith", "Pictures by Ann
 * Lee", "© Ann Lee".
 */
export const CREDIT_LINE = /(?:\b(?:photo(?:graph)?s?|pictures?|images?|credits?)\s*(?::|by\b)|©)[^.!?]*$/iu;
/** What follows a photographer's name in a credit: "Jon Smith/Reuters". */
export const CREDIT_AGENCY = /^\s*\/\s*\p{Lu}/u;
/** A mark that may belong to a credit line, to find the blocks worth checking. */
export const CREDIT_WORD = /\b(?:photo|picture|image|credit)|[©/]/iu;

/** Capitalised at the start of a sentence or in a headline, but never a given name: "The Lost City". */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'of',
  'to',
  'with',
  'and',
  'but',
  'or',
  'as',
  'if',
  'when',
  'while',
  'after',
  'before',
  'since',
  'so',
  'then',
  'his',
  'her',
  'their',
  'our',
  'my',
  'its',
  'your',
  'we',
  'he',
  'she',
  'they',
  'it',
  'i',
  'you',
  'is',
  'was',
  'are',
  'were',
  'not',
  'no',
  'how',
  'why',
  'what',
  'who',
  'where',
  'which',
  'about',
  'over',
  'under',
  'into',
  'like',
]);
